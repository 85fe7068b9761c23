import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { adler32Combine, deflatePiece, joinZlibPieces } from './zlibPieces';

async function piecesOf(data: Uint8Array, cuts: number[]): Promise<Buffer> {
  const bounds = [0, ...[...new Set(cuts.map((c) => c % (data.length + 1)))].sort((a, b) => a - b).filter((c) => c > 0 && c < data.length), data.length];
  const pieces = await Promise.all(
    bounds.slice(0, -1).map((start, i) => deflatePiece(async (write) => write(data.subarray(start, bounds[i + 1])), i === bounds.length - 2)),
  );
  return joinZlibPieces(pieces);
}

describe('zlib pieces', () => {
  it('join into one zlib stream of the whole, checksum included, however the data is cut', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 0, maxLength: 5000 }), fc.array(fc.nat(), { maxLength: 6 }), async (data, cuts) => {
        // inflateSync checks the Adler-32 at the end of the stream.
        expect(new Uint8Array(inflateSync(await piecesOf(data, cuts)))).toEqual(data);
      }),
      { numRuns: 150 },
    );
  });

  it('join big flat pieces compressed at the same time', async () => {
    const data = new Uint8Array(3_000_000).map((_, i) => (i % 4 === 3 ? 255 : (i >> 12) & 0xff));
    const joined = await piecesOf(data, [1_000_001, 2_000_003]);
    expect(joined.length).toBeLessThan(data.length / 20);
    expect(inflateSync(joined).equals(data)).toBe(true);
  });

  it('combine checksums as zlib does', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 300 }), (a, b) => {
        const whole = new Uint8Array([...a, ...b]);
        expect(adler32Combine(adlerOf(a), adlerOf(b), b.length)).toBe(adlerOf(whole));
      }),
    );
  });

  it('refuses pieces without exactly one last piece at the end', async () => {
    const last = await deflatePiece(async (write) => write(new Uint8Array([1, 2, 3])), true);
    const first = await deflatePiece(async (write) => write(new Uint8Array([4])), false);
    expect(() => joinZlibPieces([last, first])).toThrow('exactly one last piece');
    expect(() => joinZlibPieces([first])).toThrow('exactly one last piece');
    expect(() => joinZlibPieces([])).toThrow('exactly one last piece');
  });
});

/** Adler-32 by its definition, to check the combination against. */
function adlerOf(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return b * 65536 + a;
}
