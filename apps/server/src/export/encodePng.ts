import { once } from 'node:events';
import { createDeflate, crc32 } from 'node:zlib';

/** Rows handed to zlib at a time. */
const BAND_BYTES = 1 << 21;

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Encodes premultiplied RGBA pixels (what resvg draws into) as an 8-bit RGBA PNG.
 *
 * Why not resvg's own `asPng()`: it filters every row and compresses at zlib's default level,
 * about 1.3 s for a 66 Mpx picture; an export is mostly flat background, which zlib's fastest
 * level on unfiltered rows packs nearly as small (about a quarter larger) in a tenth of the time
 * (docs/BENCHMARKS.md). The rows go to zlib a band at a time, so the picture is never copied
 * whole a second time. Note: un-premultiplies `pixels` in place.
 *
 * @example const png = await encodePng(rendered.pixels, rendered.width, rendered.height);
 */
export async function encodePng(pixels: Uint8Array, width: number, height: number): Promise<Buffer> {
  if (pixels.length !== width * height * 4) throw new Error(`expected ${width * height * 4} bytes of RGBA, got ${pixels.length}`);
  unpremultiply(pixels);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, adaptive filtering, no interlace
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', await compressRows(pixels, width * 4, height)), chunk('IEND', Buffer.alloc(0))]);
}

/** The image data: every row behind its filter type (0, none), deflated at zlib's fastest level. */
async function compressRows(pixels: Uint8Array, stride: number, height: number): Promise<Buffer> {
  const deflate = createDeflate({ level: 1 });
  const compressed: Buffer[] = [];
  deflate.on('data', (data: Buffer) => compressed.push(data));
  const rowsPerBand = Math.max(1, Math.floor(BAND_BYTES / (stride + 1)));
  for (let y0 = 0; y0 < height; y0 += rowsPerBand) {
    const rows = Math.min(rowsPerBand, height - y0);
    const band = Buffer.allocUnsafe(rows * (stride + 1));
    for (let r = 0; r < rows; r += 1) {
      band[r * (stride + 1)] = 0;
      band.set(pixels.subarray((y0 + r) * stride, (y0 + r + 1) * stride), r * (stride + 1) + 1);
    }
    if (!deflate.write(band)) await once(deflate, 'drain');
  }
  deflate.end();
  await once(deflate, 'end');
  return Buffer.concat(compressed);
}

/**
 * One PNG chunk. packages/board writes chunks too (`embedPngText`), but with a CRC-32 in plain
 * JavaScript for the browser: 25–40 ms over a 5 MB IDAT, against under 1 ms for zlib's.
 */
function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, tail]);
}

/** PNG stores straight alpha; only partly transparent pixels (edges on a transparent background) change. */
function unpremultiply(pixels: Uint8Array): void {
  for (let p = 3; p < pixels.length; p += 4) {
    const alpha = pixels[p]!;
    if (alpha === 0xff || alpha === 0) continue;
    for (let c = p - 3; c < p; c += 1) pixels[c] = Math.min(255, Math.round((pixels[c]! * 255) / alpha));
  }
}
