import type { NodeKind } from '../kinds';
import type { Lang } from './lang';
import { translate } from './translate';

/** What naming a component needs: the fields every board node and graph node have. */
export interface Nameable {
  id: string;
  kind: NodeKind;
  label: string;
}

/** Names components the way people call them on the board; see `componentNames`. */
export interface ComponentNames {
  /** One component: its label, with its kind when another component has the same label. */
  one(node: Nameable): string;
  /** Several, joined as the language joins a list (`"a", "b" and "c"` / `"a", "b" 및 "c"`). */
  list(nodes: readonly Nameable[]): string;
  /** A component by id; a node the board does not have is named by its id, the only name there is. */
  byId(id: string): string;
}

/** One list formatter per language: building one costs more than naming a whole board. */
const LIST_FORMATS = new Map<Lang, Intl.ListFormat>();
function listFormatOf(lang: Lang): Intl.ListFormat {
  let format = LIST_FORMATS.get(lang);
  if (!format) LIST_FORMATS.set(lang, (format = new Intl.ListFormat(lang, { type: 'conjunction' })));
  return format;
}

/**
 * Names for the components of one board in one language: by label, never by internal id (a
 * finding says `"LB"`, not `load-balancer-9x205q20`); when labels repeat, the kind tells them
 * apart (`"web" (Web server)`); an unlabelled component is called by its kind. Counting labels
 * is one pass over the board.
 *
 * @example componentNames(board.nodes, 'ko').one(node) // '"LB"'
 */
export function componentNames(nodes: Iterable<Nameable>, lang: Lang): ComponentNames {
  const byId = new Map<string, Nameable>();
  const uses = new Map<string, number>();
  for (const node of nodes) {
    byId.set(node.id, node);
    const label = node.label.trim();
    if (label) uses.set(label, (uses.get(label) ?? 0) + 1);
  }
  return namesOver(byId, (label) => uses.get(label) ?? 0, lang);
}

/**
 * `componentNames` over indexes the caller keeps up to date (the live analysis changes one label
 * without recounting the board): the components by id, and how many use a trimmed label.
 *
 * @example namesOver(graph.nodes, (label) => labels.get(label)?.size ?? 0, 'en').byId('lb') // '"LB"'
 */
export function namesOver(byId: ReadonlyMap<string, Nameable>, usesOf: (label: string) => number, lang: Lang): ComponentNames {
  const one = (node: Nameable): string => {
    const label = node.label.trim();
    const kind = translate(lang, `kinds.${node.kind}.name`);
    if (!label) return translate(lang, 'names.unlabelled', { kind });
    return translate(lang, usesOf(label) > 1 ? 'names.labelWithKind' : 'names.label', { label, kind });
  };
  return {
    one,
    list: (list) => listFormatOf(lang).format(list.map(one)),
    byId: (id) => {
      const node = byId.get(id);
      return node ? one(node) : translate(lang, 'names.label', { label: id });
    },
  };
}
