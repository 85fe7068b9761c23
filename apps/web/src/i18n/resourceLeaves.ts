/** A resource as i18next reads it: nested objects of strings. */
export type ResourceTree = { readonly [key: string]: string | ResourceTree };

/**
 * Every string of a resource by its key path, for the checks that compare languages (the key
 * parity test and the e2e walk's English matchers).
 *
 * @example resourceLeaves({ a: { b: 'x' } }) // Map { 'a.b' => 'x' }
 */
export function resourceLeaves(tree: ResourceTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, v] of resourceLeaves(value, path)) out.set(p, v);
  }
  return out;
}
