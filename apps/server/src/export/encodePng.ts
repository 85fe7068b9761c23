import { crc32 } from 'node:zlib';
import { pngChunk, PNG_SIGNATURE } from '@scaleboard/board';
import { deflatePiece, joinZlibPieces, type ZlibPiece } from './zlibPieces';

/** Premultiplied RGBA rows, as resvg draws them: one band of a picture. */
export interface PixelRows {
  pixels: Uint8Array;
  width: number;
  height: number;
}

export interface CompressOptions {
  /** Every pixel is opaque (the picture has a solid background), so there is no alpha to straighten. */
  opaque?: boolean;
  /** The picture's bottom band: its piece ends the zlib stream. */
  last: boolean;
}

/** A band's rows, compressed: one piece of the PNG's image data. */
export interface CompressedRows extends ZlibPiece {
  width: number;
  height: number;
}

/** Rows handed to zlib at a time. */
const CHUNK_BYTES = 1 << 21;

/**
 * The PNG image data of one band: every row behind its filter type (0, none), at zlib's fastest
 * level, as a piece of the picture's zlib stream (`zlibPieces`), so bands can be compressed apart,
 * at the same time, and joined by `assemblePng`.
 *
 * Why not resvg's own `asPng()`: it filters every row and compresses at zlib's default level,
 * about 1.3 s for a 66 Mpx picture; an export is mostly flat background, which zlib's fastest
 * level on unfiltered rows packs nearly as small (about a quarter larger) in a tenth of the time
 * (docs/BENCHMARKS.md). Note: unless `opaque`, straightens premultiplied alpha in place.
 *
 * @example const piece = await compressRows(image, { opaque: true, last: true });
 */
export async function compressRows(rows: PixelRows, { opaque = false, last }: CompressOptions): Promise<CompressedRows> {
  const { pixels, width, height } = rows;
  if (pixels.length !== width * height * 4) throw new Error(`expected ${width * height * 4} bytes of RGBA, got ${pixels.length}`);
  if (!opaque) unpremultiply(pixels);
  const piece = await deflatePiece((write) => writeRows(rows, write), last);
  return { ...piece, width, height };
}

/**
 * An 8-bit RGBA PNG from its bands' compressed rows, top to bottom.
 *
 * @example const png = assemblePng([await compressRows(top, { last: false }), await compressRows(bottom, { last: true })]);
 */
export function assemblePng(bands: readonly CompressedRows[]): Buffer {
  const widths = new Set(bands.map((band) => band.width));
  if (widths.size !== 1) throw new Error(`the bands are not one width: ${[...widths].join(', ')} px`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(bands[0]!.width, 0);
  header.writeUInt32BE(bands.reduce((sum, band) => sum + band.height, 0), 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, adaptive filtering, no interlace
  return Buffer.concat([PNG_SIGNATURE, chunk('IHDR', header), chunk('IDAT', joinZlibPieces(bands)), chunk('IEND', Buffer.alloc(0))]);
}

/** Every row behind its filter byte, a chunk of rows at a time through two buffers in turn. */
async function writeRows({ pixels, width, height }: PixelRows, write: (bytes: Uint8Array) => Promise<void>): Promise<void> {
  const stride = width * 4;
  const rowsPerChunk = Math.max(1, Math.min(height, Math.floor(CHUNK_BYTES / (stride + 1))));
  const buffers = [Buffer.allocUnsafe(rowsPerChunk * (stride + 1)), Buffer.allocUnsafe(rowsPerChunk * (stride + 1))];
  const taken: Array<Promise<void> | undefined> = [undefined, undefined];
  for (let y0 = 0, turn = 0; y0 < height; y0 += rowsPerChunk, turn ^= 1) {
    await taken[turn]; // zlib has this buffer's previous rows
    const buffer = buffers[turn]!;
    const rows = Math.min(rowsPerChunk, height - y0);
    for (let r = 0; r < rows; r += 1) {
      buffer[r * (stride + 1)] = 0;
      buffer.set(pixels.subarray((y0 + r) * stride, (y0 + r + 1) * stride), r * (stride + 1) + 1);
    }
    taken[turn] = write(buffer.subarray(0, rows * (stride + 1)));
  }
  await Promise.all(taken);
}

/** One PNG chunk by the shared writer, with zlib's CRC-32: the plain-JavaScript one takes 25–40 ms over a 5 MB IDAT. */
function chunk(type: string, data: Uint8Array): Uint8Array {
  return pngChunk(type, data, crc32);
}

/** PNG stores straight alpha; only partly transparent pixels (edges on a transparent background) change. */
function unpremultiply(pixels: Uint8Array): void {
  for (let p = 3; p < pixels.length; p += 4) {
    const alpha = pixels[p]!;
    if (alpha === 0xff || alpha === 0) continue;
    for (let c = p - 3; c < p; c += 1) pixels[c] = Math.min(255, Math.round((pixels[c]! * 255) / alpha));
  }
}
