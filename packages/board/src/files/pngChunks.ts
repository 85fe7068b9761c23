// PNG is a signature and a list of chunks (length, type, data, CRC-32). The board rides in an
// iTXt chunk (UTF-8 text, uncompressed) right after IHDR, so readers that ignore it draw the
// picture as before. Plain bytes in, plain bytes out: no zlib, no Buffer, usable in the browser.
// The one PNG chunk writer: the server's PNG encoder writes its chunks with it too.

/** Keyword of the iTXt chunk that carries the `scaleboard/v1` JSON. */
export const PNG_BOARD_KEYWORD = 'scaleboard';

/** The eight bytes every PNG file starts with. */
export const PNG_SIGNATURE: Readonly<Uint8Array> = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

/** @example isPng(bytes) */
export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

/**
 * Width and height from the IHDR chunk.
 *
 * @example pngSize(bytes) // { width: 704, height: 256 }
 */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  if (!isPng(bytes) || bytes.length < 24) throw new Error('Not a PNG file.');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * A copy of `png` with `text` in an iTXt chunk under `keyword`, placed after IHDR.
 *
 * @example const withBoard = embedPngText(png, PNG_BOARD_KEYWORD, exportPicture(board).boardJson);
 */
export function embedPngText(png: Uint8Array, keyword: string, text: string): Uint8Array {
  if (!isPng(png)) throw new Error('Not a PNG file.');
  const encoder = new TextEncoder();
  // keyword, NUL, compression flag 0, method 0, empty language tag NUL, empty translated keyword NUL, text
  const data = concat([encoder.encode(keyword), new Uint8Array([0, 0, 0, 0, 0]), encoder.encode(text)]);
  const chunk = pngChunk('iTXt', data);
  const ihdrEnd = 8 + 4 + 4 + 13 + 4;
  return concat([png.subarray(0, ihdrEnd), chunk, png.subarray(ihdrEnd)]);
}

/**
 * The text of the first uncompressed iTXt or tEXt chunk under `keyword`, or `undefined`.
 * Walks the chunks with bounds checks, so truncated or hostile files end the walk, never throw.
 *
 * @example const json = readPngText(bytes, PNG_BOARD_KEYWORD);
 */
export function readPngText(png: Uint8Array, keyword: string): string | undefined {
  if (!isPng(png)) return undefined;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let offset = 8;
  while (offset + 8 <= png.length) {
    const length = view.getUint32(offset);
    const type = decoder.decode(png.subarray(offset + 4, offset + 8));
    const start = offset + 8;
    const end = start + length;
    if (end + 4 > png.length) return undefined;
    if (type === 'iTXt' || type === 'tEXt') {
      const data = png.subarray(start, end);
      const nul = data.indexOf(0);
      if (nul > 0 && decoder.decode(data.subarray(0, nul)) === keyword) {
        if (type === 'tEXt') return new TextDecoder('latin1').decode(data.subarray(nul + 1));
        const compressed = data[nul + 1] !== 0;
        const lang = data.indexOf(0, nul + 3);
        const translated = lang < 0 ? -1 : data.indexOf(0, lang + 1);
        if (!compressed && translated >= 0) return decoder.decode(data.subarray(translated + 1));
      }
    }
    if (type === 'IEND') return undefined;
    offset = end + 4;
  }
  return undefined;
}

/** A CRC-32 of some bytes, as `crc32` here or node:zlib's `crc32` compute it. */
export type Crc32 = (bytes: Uint8Array) => number;

/**
 * One PNG chunk: the data's length, the four-letter type, the data, and the CRC-32 of type and
 * data. `crc` is this file's plain-JavaScript CRC unless the caller has a faster one: the server
 * passes node:zlib's, under 1 ms over a 5 MB IDAT against 25–40 ms for this one.
 *
 * @example const end = pngChunk('IEND', new Uint8Array(0)); // 00 00 00 00 'IEND' ae 42 60 82
 */
export function pngChunk(type: string, data: Uint8Array, crc: Crc32 = crc32): Uint8Array {
  if (!/^[A-Za-z]{4}$/.test(type)) throw new Error(`A PNG chunk type is four ASCII letters, not '${type}'.`);
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i += 1) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc(out.subarray(4, 8 + data.length)));
  return out;
}

let table: Uint32Array | undefined;

/** @example crc32(new TextEncoder().encode('IEND')) // 0xae426082 */
export function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n += 1) {
      let c = n;
      for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) crc = table[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
