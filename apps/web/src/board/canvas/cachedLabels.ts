import type { TFunction } from 'i18next';
import { kindName, type BoardEdge, type Lang, type NodeKind } from '@scaleboard/rules';

/**
 * The canvas's translated labels, remembered per language: the canvas asks for them for every
 * node and edge on every edit, and on a 1,000-component board the lookups alone cost more than a
 * frame (docs/BENCHMARKS.md).
 */
export function cachedLabels(t: TFunction, lang: Lang) {
  const kinds = new Map<NodeKind, string>();
  const nodes = new Map<string, string>();
  const edges = new Map<string, string>();
  const remember = <K>(map: Map<K, string>, key: K, make: () => string) => {
    let value = map.get(key);
    if (value === undefined) map.set(key, (value = make()));
    return value;
  };
  return {
    kindLabel: (kind: NodeKind) => remember(kinds, kind, () => kindName(kind, lang)),
    nodeAria: (label: string, kind: string) => remember(nodes, `${label}\u0000${kind}`, () => t('node.aria', { label, kind })),
    unknownAria: (label: string) => t('node.unknownAria', { label: label || t('node.unknown') }),
    edgeAria: (edge: BoardEdge, from: string, to: string) =>
      remember(edges, `${edge.kind}\u0000${from}\u0000${to}`, () => t('edge.aria', { kind: t(`edge.kinds.${edge.kind}`), from, to })),
  };
}
