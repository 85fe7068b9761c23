/** Peak requests per second, split because reads and writes take different routes. */
export interface Traffic {
  read: number;
  write: number;
}

/**
 * @example addTraffic({ read: 1, write: 2 }, { read: 3, write: 0 }, 0.5) // { read: 2.5, write: 2 }
 */
export function addTraffic(into: Traffic, add: Traffic, share = 1): Traffic {
  into.read += add.read * share;
  into.write += add.write * share;
  return into;
}

/**
 * Splits an amount over nodes in proportion to their weight (instances), equally if all weigh 0.
 *
 * @example shares([2, 1, 1]) // [0.5, 0.25, 0.25]
 */
export function shares(weights: readonly number[]): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  return weights.map((w) => (total > 0 ? w / total : 1 / weights.length));
}
