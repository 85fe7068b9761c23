const FIRST = ['format', 'title', 'assumptions', 'nodes', 'edges', 'id', 'kind', 'label', 'from', 'to', 'x', 'y', 'width', 'height', 'parent', 'props'];
const rank = (key: string) => (FIRST.includes(key) ? FIRST.indexOf(key) : FIRST.length);

/**
 * JSON with keys in one fixed order (the board file's usual fields first, the rest alphabetical),
 * so the same board gives the same text whichever replica's Y.Doc it was read from.
 *
 * @example canonicalJson({ y: 1, id: 'a', x: 0 }) // '{"id":"a","x":0,"y":1}'
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (typeof inner !== 'object' || inner === null || Array.isArray(inner)) return inner;
    const entries = Object.entries(inner as Record<string, unknown>);
    entries.sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries);
  });
}
