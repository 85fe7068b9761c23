/**
 * mulberry32: a small seeded generator of numbers in [0, 1). The same seed gives the same sequence
 * everywhere — an estimation card is the same for everyone who types its number, and a fuzz stream
 * or benchmark is the same on every run. Not for secrets.
 *
 * @example const random = seededRandom(7); random() // 0.…, the same on every machine
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
