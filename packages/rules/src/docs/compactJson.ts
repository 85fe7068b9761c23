/**
 * JSON with one array item per line: board examples stay short enough to read in a doc, and
 * still paste straight into `scaleboard check`.
 *
 * @example compactJson({ nodes: [{ id: 'a' }] }) // '{\n  "nodes": [\n    {"id":"a"}\n  ]\n}'
 */
export function compactJson(value: Record<string, unknown>): string {
  const lines = Object.entries(value).map(([key, item]) => {
    if (Array.isArray(item) && item.length > 0) {
      return `  ${JSON.stringify(key)}: [\n${item.map((x) => `    ${JSON.stringify(x)}`).join(',\n')}\n  ]`;
    }
    return `  ${JSON.stringify(key)}: ${JSON.stringify(item)}`;
  });
  return `{\n${lines.join(',\n')}\n}`;
}
