import { COMPONENT_KINDS, GROUP_KINDS, type ComponentKind, type GroupKind, type NodeKind } from '../kinds';
import { KIND_ALIASES } from './kindAliases';

/** Labels longer than this are read only up to it: a name that says its kind says it early enough. */
const MAX_INFERRED_LABEL = 200;

/** Words of a text as compared: compatibility-folded, lower case, split on anything not a letter or digit. */
function wordsOf(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const HANGUL = /[\uac00-\ud7a3]/;

/** Every alias of the kinds as words, computed once from the one alias table. */
function aliasTable<K extends NodeKind>(kinds: readonly K[]): Array<{ kind: K; words: string[]; compact: string; hangul: boolean }> {
  return kinds.flatMap((kind) => {
    const { en, ko, products } = KIND_ALIASES[kind];
    return [kind, ...en, ...ko, ...products].map((name) => {
      const words = wordsOf(name);
      return { kind, words, compact: words.join(''), hangul: HANGUL.test(name) };
    });
  });
}

const COMPONENT_ALIASES = aliasTable(COMPONENT_KINDS);
const GROUP_ALIASES = aliasTable(GROUP_KINDS);

/** Does `alias` occur in `words` ending at word `end` (a plural "s" on its last word allowed)? */
function endsAt(words: readonly string[], alias: readonly string[], end: number): boolean {
  const start = end - alias.length + 1;
  if (start < 0) return false;
  return alias.every((word, i) => {
    const seen = words[start + i]!;
    return seen === word || (i === alias.length - 1 && seen === `${word}s`);
  });
}

/**
 * The kind a label names, from the one alias table (KIND_ALIASES): its names in English and
 * Korean, and the products that are one ("Redis" is a cache, "nginx" a load balancer). When a
 * label names several, the one named last wins, as English puts the head noun last ("User DB" is a
 * database, "Redis cache" a cache); at the same place the longer name wins. Null when it names none.
 *
 * @example inferKind('Load balancer (nginx)') // 'load-balancer'
 * @example inferKind('User DB') // 'database'
 * @example inferKind('Start') // null
 */
export function inferKind(label: string): ComponentKind | null {
  return bestMatch(label, COMPONENT_ALIASES);
}

/**
 * The group kind a group's label names ("VPC" a private network, "Internet" the public one), a
 * region otherwise: any group of components is at least somewhere.
 *
 * @example inferGroupKind('Private subnet') // 'private-network'
 * @example inferGroupKind('Backend') // 'region'
 */
export function inferGroupKind(label: string): GroupKind {
  return bestMatch(label, GROUP_ALIASES) ?? 'region';
}

function bestMatch<K extends NodeKind>(label: string, aliases: ReturnType<typeof aliasTable<K>>): K | null {
  const text = label.slice(0, MAX_INFERRED_LABEL);
  const words = wordsOf(text);
  const compact = words.join('');
  let best: { kind: K; end: number; length: number } | null = null;
  for (const alias of aliases) {
    if (alias.words.length === 0) continue;
    // Korean writes compounds without spaces ("로드밸런서", "캐시서버"): its names match inside words.
    if (alias.hangul) {
      const at = compact.lastIndexOf(alias.compact);
      if (at >= 0) best = better(best, { kind: alias.kind, end: at + alias.compact.length, length: alias.compact.length });
      continue;
    }
    for (let end = words.length - 1; end >= 0; end--) {
      if (!endsAt(words, alias.words, end)) continue;
      // Where the match ends, in characters of the compact text, so Hangul and word matches compare.
      const endChar = words.slice(0, end + 1).join('').length;
      best = better(best, { kind: alias.kind, end: endChar, length: alias.compact.length });
      break;
    }
  }
  return best?.kind ?? null;
}

function better<K>(current: { kind: K; end: number; length: number } | null, next: { kind: K; end: number; length: number }) {
  if (!current) return next;
  if (next.end !== current.end) return next.end > current.end ? next : current;
  return next.length > current.length ? next : current;
}
