import { describe, expect, it } from 'vitest';
import { decodePng } from '../../test/decodePng';
import { encodePng } from './encodePng';

describe('encodePng', () => {
  it('writes an RGBA PNG that decodes to the pixels, with premultiplied alpha made straight', async () => {
    // Opaque, transparent, half-transparent (premultiplied 128,64,32 = straight 255,128,64) and a tall picture
    // so the rows cross several bands.
    const width = 3;
    const height = 2000;
    const pixels = new Uint8Array(width * height * 4);
    for (let y = 0; y < height; y += 1) {
      pixels.set([y % 256, 10, 20, 255, 0, 0, 0, 0, 128, 64, 32, 128], y * width * 4);
    }
    const png = await encodePng(pixels.slice(), width, height);
    const decoded = decodePng(png);
    expect([decoded.width, decoded.height]).toEqual([width, height]);
    expect([...decoded.data.subarray(0, 12)]).toEqual([0, 10, 20, 255, 0, 0, 0, 0, 255, 128, 64, 128]);
    expect([...decoded.data.subarray(1999 * 12, 1999 * 12 + 4)]).toEqual([1999 % 256, 10, 20, 255]);
  });

  it('compresses a flat picture to a small fraction of its size', async () => {
    const pixels = new Uint8Array(1000 * 1000 * 4).fill(0xff);
    expect((await encodePng(pixels, 1000, 1000)).length).toBeLessThan(pixels.length / 100);
  });

  it('refuses pixels that do not match the size', async () => {
    await expect(encodePng(new Uint8Array(10), 2, 2)).rejects.toThrow('expected 16 bytes of RGBA, got 10');
  });
});
