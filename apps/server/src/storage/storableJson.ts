/**
 * `value` as JSON the database can keep: every NUL character left out of its strings and keys.
 * PostgreSQL refuses `\u0000` in json and jsonb, and a board read from an old log may hold one
 * (the live document refuses it only since issue 13), so the phase snapshot of such a board
 * keeps the text without it instead of failing. One pass over the serialised text: JSON writes
 * a NUL as `\u0000`, and a written backslash as `\\`, which the pattern steps over whole.
 *
 * @example storableJson({ label: 'a\u0000b' }) // { label: 'ab' }
 */
export function storableJson(value: unknown): unknown {
  const json = JSON.stringify(value);
  if (json === undefined || !json.includes('\\u0000')) return value;
  return JSON.parse(json.replace(/\\(?:\\|u0000)/g, (escape) => (escape === '\\\\' ? escape : ''))) as unknown;
}
