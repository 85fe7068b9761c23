/** A short random id with a readable prefix, e.g. `web-server-k3f9a2xq`. */
export function newId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  const suffix = Array.from(bytes, (b) => (b % 36).toString(36)).join('');
  return `${prefix}-${suffix}`;
}

/** The next free label for a kind: "Web", then "Web 2", "Web 3"… */
export function nextLabel(base: string, existing: Iterable<string>): string {
  const taken = new Set(existing);
  if (!taken.has(base)) return base;
  for (let i = 2; ; i += 1) if (!taken.has(`${base} ${i}`)) return `${base} ${i}`;
}

/**
 * A copy's label: the next free name of the original's family, so copies of "Web" and of
 * "Web 2" both become "Web 3" when "Web" and "Web 2" exist. A trailing number counts as a copy's
 * only when its base is on the board too: "Route 53" alone copies to "Route 53 2".
 */
export function copyLabel(label: string, existing: Iterable<string>): string {
  const taken = new Set(existing);
  const base = /^(.*\S) \d+$/.exec(label)?.[1];
  return nextLabel(base !== undefined && taken.has(base) ? base : label, taken);
}
