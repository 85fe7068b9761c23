/**
 * Deepest nesting of arrays and objects a board file or request body may have. A board needs 5
 * (`{ nodes: [ { props: { … } } ] }`); the rest is room for unknown fields, which are kept. Deeper
 * input overflowed the stack of the recursive code that reads it (zod, Yjs's encoder): a 500.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * Whether JSON text nests arrays and objects deeper than `maxDepth`, found before `JSON.parse`
 * builds anything: one pass over the characters, strings skipped. Malformed text is left for
 * the parser to refuse.
 *
 * @example jsonDeeperThan('[[[]]]', 2) // true
 */
export function jsonDeeperThan(text: string, maxDepth: number = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c) i++; // a backslash escapes the next character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) {
      if (++depth > maxDepth) return true;
    } else if (code === 0x5d || code === 0x7d) depth--;
  }
  return false;
}

/**
 * The message for JSON over the depth limit, naming the limit.
 *
 * @example tooDeep() // 'nested deeper than 64 levels of arrays and objects (MAX_JSON_DEPTH)'
 */
export function tooDeep(): string {
  return `nested deeper than ${MAX_JSON_DEPTH} levels of arrays and objects (MAX_JSON_DEPTH)`;
}

/**
 * Whether a value read from somewhere other than JSON text (a live Yjs document) is plain JSON
 * nested at most `maxDepth` levels: what `JSON.stringify` writes back unchanged and a board file
 * reader accepts. A BigInt makes `JSON.stringify` throw, a typed array or NaN comes back as
 * something else, and deeper nesting is refused on import (MAX_JSON_DEPTH). Stops at `maxDepth`,
 * so a cycle or a deep value costs at most that many levels.
 *
 * @example isJsonValue({ a: [1, 'x', null] }, 2) // true
 */
export function isJsonValue(value: unknown, maxDepth: number = MAX_JSON_DEPTH): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object': {
      if (value === null) return true;
      if (maxDepth < 1) return false;
      if (Array.isArray(value)) return value.every((item) => isJsonValue(item, maxDepth - 1));
      const prototype = Object.getPrototypeOf(value) as unknown;
      if (prototype !== Object.prototype && prototype !== null) return false;
      return Object.values(value).every((item) => isJsonValue(item, maxDepth - 1));
    }
    default:
      return false;
  }
}
