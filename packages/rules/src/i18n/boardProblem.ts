import type { BoardError } from '../parseBoard';
import type { Lang } from './lang';
import { translate, type MessageParams } from './translate';
import type { MessageKey } from './resources';

const TYPES = ['number', 'string', 'boolean', 'object', 'array'] as const;

function typeWord(lang: Lang, type: unknown): string {
  return (TYPES as readonly unknown[]).includes(type) ? translate(lang, `boardErrors.types.${type as (typeof TYPES)[number]}`) : String(type);
}

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  return value === null ? 'null' : typeof value;
}

/** The value at `keys` in untrusted input, without trusting its shape. */
function valueAt(input: unknown, keys: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of keys) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Where the problem is, as a person finds it: "component 3 ("LB"), field "x"". */
function whereOf(input: unknown, keys: readonly PropertyKey[], lang: Lang): string {
  const say = (key: MessageKey, params?: MessageParams) => translate(lang, key, params);
  const [top, index, field, ...rest] = keys;
  if (top === undefined) return say('boardErrors.where.root');
  if (top === 'title') return say('boardErrors.where.title');
  if (top === 'format') return say('boardErrors.where.format');
  if (top === 'assumptions' && index !== undefined) return say('boardErrors.where.assumption', { field: String(index) });
  if ((top === 'nodes' || top === 'edges') && typeof index === 'number') {
    const label = valueAt(input, [top, index, 'label']);
    const n = index + 1;
    const where = top === 'edges'
      ? say('boardErrors.where.edge', { n })
      : typeof label === 'string' && label.trim() ? say('boardErrors.where.nodeNamed', { n, name: `"${label.trim().slice(0, 60)}"` }) : say('boardErrors.where.node', { n });
    if (field === undefined) return where;
    return say('boardErrors.where.field', { where, field: [field, ...rest].map(String).join('.') });
  }
  return keys.map(String).join('.');
}

/**
 * A refused board file in plain words, in `lang`: what is wrong and where, with the technical
 * path and the validator's message kept as a detail at the end.
 *
 * @example boardProblem(input, parsed.error, 'en') // 'Component 1 ("C"), field "x": should be a number, not text (at nodes[0].x: Invalid input: expected number, received string)'
 */
export function boardProblem(input: unknown, error: BoardError, lang: Lang): string {
  const keys = error.keys ?? [];
  const value = valueAt(input, keys);
  let what: string;
  switch (error.code) {
    case 'invalid_type':
      what = value === undefined
        ? translate(lang, 'boardErrors.what.missing')
        : translate(lang, 'boardErrors.what.type', { expected: typeWord(lang, error.expected), received: typeWord(lang, typeOf(value)) });
      break;
    case 'too_small': what = translate(lang, 'boardErrors.what.tooSmall'); break;
    case 'too_big': what = translate(lang, 'boardErrors.what.tooBig'); break;
    case 'invalid_value': case 'invalid_union': what = translate(lang, 'boardErrors.what.choice'); break;
    default: what = translate(lang, 'boardErrors.what.other');
  }
  return translate(lang, 'boardErrors.problem', { where: whereOf(input, keys, lang), what, path: error.path, detail: error.message });
}
