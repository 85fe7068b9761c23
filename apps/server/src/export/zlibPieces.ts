import { once } from 'node:events';
import { constants, createDeflate } from 'node:zlib';

/**
 * A zlib stream cut into pieces that are compressed apart — on zlib's threads, at the same time —
 * and then joined into one stream, as pigz does: every piece but the last ends on a byte boundary
 * with no final block, and the checksum is combined from the pieces' own. Each piece starts with an
 * empty window, which costs a few bytes per piece.
 */
export interface ZlibPiece {
  /** The piece's zlib stream as zlib wrote it. */
  stream: Uint8Array;
  /** How many bytes the piece holds uncompressed. */
  length: number;
  last: boolean;
}

/** Bytes zlib writes after a sync flush and a finish with no more input: an empty final block. */
const EMPTY_FINAL_BLOCK = [0x03, 0x00];
const SYNC_FLUSH_MARK = [0x00, 0x00, 0xff, 0xff];
const ADLER_BASE = 65521;

/**
 * Compresses what `fill` writes as one piece, at zlib's fastest level. `fill` gets a `write` that
 * resolves once zlib has taken the bytes, so a caller can reuse its buffer.
 *
 * @example const piece = await deflatePiece(async (write) => { await write(rows); }, true);
 */
export async function deflatePiece(fill: (write: (bytes: Uint8Array) => Promise<void>) => Promise<void>, last: boolean): Promise<ZlibPiece> {
  const deflate = createDeflate({ level: 1, chunkSize: 1 << 18 });
  const out: Buffer[] = [];
  deflate.on('data', (data: Buffer) => out.push(data));
  const failed = once(deflate, 'error').then(([error]) => Promise.reject(error as Error));
  failed.catch(() => undefined);
  let length = 0;
  const write = (bytes: Uint8Array) =>
    Promise.race([failed, new Promise<void>((resolve) => deflate.write(bytes, () => resolve()))]).then(() => {
      length += bytes.length;
    });
  await fill(write);
  if (!last) await Promise.race([failed, new Promise<void>((resolve) => deflate.flush(constants.Z_SYNC_FLUSH, () => resolve()))]);
  deflate.end();
  await Promise.race([failed, once(deflate, 'end')]);
  return { stream: Buffer.concat(out), length, last };
}

/**
 * One zlib stream from pieces in order (the last one last).
 *
 * @example const idat = joinZlibPieces(await Promise.all([deflatePiece(top, false), deflatePiece(bottom, true)]));
 */
export function joinZlibPieces(pieces: readonly ZlibPiece[]): Buffer {
  if (pieces.length === 0 || !pieces.at(-1)!.last || pieces.slice(0, -1).some((p) => p.last)) throw new Error('zlib pieces must end with exactly one last piece');
  const parts: Uint8Array[] = [pieces[0]!.stream.subarray(0, 2)]; // the header
  let adler = 1;
  for (const piece of pieces) {
    const { stream } = piece;
    const trailer = stream.length - 4;
    // A piece before the last ends in a sync flush and then an empty final block, which is dropped.
    const end = piece.last ? trailer : trailer - EMPTY_FINAL_BLOCK.length;
    if (!piece.last && !endsWith(stream.subarray(0, trailer), [...SYNC_FLUSH_MARK, ...EMPTY_FINAL_BLOCK])) throw new Error('a zlib piece does not end in a sync flush');
    parts.push(stream.subarray(2, end));
    adler = adler32Combine(adler, new DataView(stream.buffer, stream.byteOffset + trailer, 4).getUint32(0), piece.length);
  }
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(adler, 0);
  parts.push(checksum);
  return Buffer.concat(parts);
}

/** The Adler-32 of A followed by B, from A's, B's and B's length (zlib's adler32_combine). */
export function adler32Combine(adlerA: number, adlerB: number, lengthB: number): number {
  const rem = lengthB % ADLER_BASE;
  let sum1 = adlerA & 0xffff;
  let sum2 = (rem * sum1) % ADLER_BASE;
  sum1 += (adlerB & 0xffff) + ADLER_BASE - 1;
  sum2 += ((adlerA >>> 16) & 0xffff) + ((adlerB >>> 16) & 0xffff) + ADLER_BASE - rem;
  if (sum1 >= ADLER_BASE) sum1 -= ADLER_BASE;
  if (sum1 >= ADLER_BASE) sum1 -= ADLER_BASE;
  if (sum2 >= 2 * ADLER_BASE) sum2 -= 2 * ADLER_BASE;
  if (sum2 >= ADLER_BASE) sum2 -= ADLER_BASE;
  return sum2 * 0x10000 + sum1;
}

function endsWith(bytes: Uint8Array, tail: readonly number[]): boolean {
  return bytes.length >= tail.length && tail.every((byte, i) => bytes[bytes.length - tail.length + i] === byte);
}
