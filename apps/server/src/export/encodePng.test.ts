import { crc32 } from '@scaleboard/board';
import { describe, expect, it } from 'vitest';
import { decodePng } from '../../test/decodePng';
import { assemblePng, compressRows, type PixelRows } from './encodePng';

/** A PNG of bands, top to bottom, compressed at the same time as the export process does. */
async function encodePng(bands: ReadonlyArray<PixelRows | Promise<PixelRows>>, options: { opaque?: boolean } = {}): Promise<Buffer> {
  return assemblePng(await Promise.all(bands.map(async (band, i) => compressRows(await band, { ...options, last: i === bands.length - 1 }))));
}

describe('encodePng', () => {
  it('writes an RGBA PNG that decodes to the pixels, with premultiplied alpha made straight', async () => {
    // Opaque, transparent, half-transparent (premultiplied 128,64,32 = straight 255,128,64) and a tall picture
    // so the rows cross several chunks.
    const width = 3;
    const height = 2000;
    const pixels = new Uint8Array(width * height * 4);
    for (let y = 0; y < height; y += 1) {
      pixels.set([y % 256, 10, 20, 255, 0, 0, 0, 0, 128, 64, 32, 128], y * width * 4);
    }
    const png = await encodePng([{ pixels: pixels.slice(), width, height }]);
    const decoded = decodePng(png);
    expect([decoded.width, decoded.height]).toEqual([width, height]);
    expect([...decoded.data.subarray(0, 12)]).toEqual([0, 10, 20, 255, 0, 0, 0, 0, 255, 128, 64, 128]);
    expect([...decoded.data.subarray(1999 * 12, 1999 * 12 + 4)]).toEqual([1999 % 256, 10, 20, 255]);
  });

  it('writes IHDR, IDAT and IEND, each with the right CRC-32', async () => {
    const png = await encodePng([{ pixels: new Uint8Array(4 * 3 * 4).fill(7), width: 4, height: 3 }]);
    const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
    const chunks: string[] = [];
    for (let at = 8; at < png.length; ) {
      const length = view.getUint32(at);
      const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
      expect(view.getUint32(at + 8 + length), type).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
      chunks.push(type);
      at += 12 + length;
    }
    expect(chunks).toEqual(['IHDR', 'IDAT', 'IEND']);
  });

  it('stacks bands top to bottom, in their order whichever is drawn first', async () => {
    const band = (value: number, height: number) => ({ pixels: new Uint8Array(2 * height * 4).fill(value), width: 2, height });
    const slow = new Promise<ReturnType<typeof band>>((resolve) => setImmediate(() => resolve(band(10, 3))));
    const decoded = decodePng(await encodePng([slow, band(20, 1), Promise.resolve(band(30, 2))], { opaque: true }));
    expect([decoded.width, decoded.height]).toEqual([2, 6]);
    expect([0, 1, 2, 3, 4, 5].map((row) => decoded.data[row * 8])).toEqual([10, 10, 10, 20, 30, 30]);
  });

  it('leaves premultiplied pixels alone when told the picture is opaque', async () => {
    const decoded = decodePng(await encodePng([{ pixels: new Uint8Array([128, 64, 32, 255]), width: 1, height: 1 }], { opaque: true }));
    expect([...decoded.data]).toEqual([128, 64, 32, 255]);
  });

  it('compresses a flat picture to a small fraction of its size', async () => {
    const pixels = new Uint8Array(1000 * 1000 * 4).fill(0xff);
    expect((await encodePng([{ pixels, width: 1000, height: 1000 }])).length).toBeLessThan(pixels.length / 100);
  });

  it('refuses pixels that do not match the size, and bands of different widths', async () => {
    await expect(encodePng([{ pixels: new Uint8Array(10), width: 2, height: 2 }])).rejects.toThrow('expected 16 bytes of RGBA, got 10');
    const band = (width: number) => ({ pixels: new Uint8Array(width * 4), width, height: 1 });
    await expect(encodePng([band(2), band(3)])).rejects.toThrow('the bands are not one width: 2, 3 px');
  });
});
