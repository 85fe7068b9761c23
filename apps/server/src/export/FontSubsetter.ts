import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** One face of a font file; collections (`.ttc`) hold several. */
export interface FontFace {
  file: string;
  /** Index of the face in a collection; 0 for a plain font file. */
  index: number;
}

// Node runs WebAssembly, but our libraries (ES2023, no DOM) do not declare it.
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: object };
};

/** The part of HarfBuzz's subsetter (harfbuzzjs's WebAssembly build) this file calls. */
interface HarfBuzzSubset {
  memory: { buffer: ArrayBuffer };
  _initialize(): void;
  malloc(size: number): number;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_get_flags(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_READONLY = 1;
const HB_SUBSET_FLAGS_NO_HINTING = 0x1;
const HB_SUBSET_SETS_NAME_ID = 4;
/** Typographic family and subfamily: how "Noto Sans CJK KR" names its Bold face. Kept beside the default 0–6. */
const KEEP_NAME_IDS = [16, 17];

/**
 * Cuts fonts down to the characters one picture uses, with HarfBuzz's subsetter.
 *
 * Why: resvg re-reads a font file from disk for every run of text it shapes, so a 20 MB CJK
 * collection costs milliseconds per label (5 s for 500 Korean labels) and even DejaVu Sans
 * (0.7 MB) is most of the time of building the picture. A subset of a few kilobytes makes both
 * nearly free (docs/BENCHMARKS.md). Faces stay loaded in the WebAssembly memory between pictures.
 *
 * @example const small = new FontSubsetter().subset({ file: 'DejaVuSans.ttf', index: 0 }, new Set([0x41]));
 */
export class FontSubsetter {
  private hb: HarfBuzzSubset | undefined;
  private readonly faces = new Map<string, number>();

  /** A standalone font (sfnt bytes) with the face's glyphs for `codePoints`; undefined when HarfBuzz refuses the face. */
  subset(face: FontFace, codePoints: Iterable<number>): Uint8Array | undefined {
    const hb = this.harfBuzz();
    const source = this.face(hb, face);
    const input = hb.hb_subset_input_create_or_fail();
    if (input === 0) return undefined;
    try {
      hb.hb_subset_input_set_flags(input, hb.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_NO_HINTING);
      const names = hb.hb_subset_input_set(input, HB_SUBSET_SETS_NAME_ID);
      for (const id of KEEP_NAME_IDS) hb.hb_set_add(names, id);
      const unicodes = hb.hb_subset_input_unicode_set(input);
      for (const codePoint of codePoints) hb.hb_set_add(unicodes, codePoint);
      const result = hb.hb_subset_or_fail(source, input);
      if (result === 0) return undefined;
      const blob = hb.hb_face_reference_blob(result);
      const data = hb.hb_blob_get_data(blob, 0);
      // A copy: the WebAssembly memory is reused (and may grow) by the next subset.
      const bytes = new Uint8Array(hb.memory.buffer, data, hb.hb_blob_get_length(blob)).slice();
      hb.hb_blob_destroy(blob);
      hb.hb_face_destroy(result);
      return bytes;
    } finally {
      hb.hb_subset_input_destroy(input);
    }
  }

  private harfBuzz(): HarfBuzzSubset {
    if (!this.hb) {
      const wasm = readFileSync(createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
      const instance = new WebAssembly.Instance(new WebAssembly.Module(wasm), {});
      this.hb = instance.exports as unknown as HarfBuzzSubset;
      this.hb._initialize();
    }
    return this.hb;
  }

  /** The face, loaded into HarfBuzz once per file: its bytes live in the WebAssembly memory from then on. */
  private face(hb: HarfBuzzSubset, { file, index }: FontFace): number {
    const key = `${file}#${index}`;
    let face = this.faces.get(key);
    if (face === undefined) {
      const bytes = readFileSync(file);
      const data = hb.malloc(bytes.length);
      new Uint8Array(hb.memory.buffer).set(bytes, data);
      const blob = hb.hb_blob_create(data, bytes.length, HB_MEMORY_MODE_READONLY, 0, 0);
      face = hb.hb_face_create(blob, index);
      hb.hb_blob_destroy(blob); // the face holds its own reference
      this.faces.set(key, face);
    }
    return face;
  }
}
