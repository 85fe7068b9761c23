import type { TFunction } from 'i18next';
import { kindName, type BoardEdge, type Lang, type NodeKind } from '@scaleboard/rules';

/** Marks where the i-th value goes in a translated text; private-use characters no translation holds. */
const slot = (index: number) => `\uE000${index}\uE001`;
const SLOTS = /\uE000(\d+)\uE001/;

/**
 * A translated text with placeholders, as a function that fills them: `translate` is asked once,
 * with slot marks as the values, and each call joins the pieces around the values it is given.
 *
 * @example fillIn((slot) => t('edge.aria', { kind: 'sync', from: slot(0), to: slot(1) }))(['A', 'B'])
 */
export function fillIn(translate: (slot: (index: number) => string) => string): (values: readonly string[]) => string {
  const pieces = translate(slot).split(SLOTS);
  return (values) => {
    let text = pieces[0]!;
    for (let i = 1; i < pieces.length; i += 2) text += (values[Number(pieces[i])] ?? '') + pieces[i + 1]!;
    return text;
  };
}

/**
 * The canvas's translated labels for one language. Each text is translated once and then filled in
 * per node and edge: the canvas asks for them for every node and edge, and i18next's lookup for
 * each of the 10,000 labels of a big board cost a quarter of a second of its opening
 * (docs/canvas.md, "Opening a big board").
 */
export function cachedLabels(t: TFunction, lang: Lang) {
  const kinds = new Map<NodeKind, string>();
  const edgeTexts = new Map<string, (values: readonly string[]) => string>();
  const remember = <K, V>(map: Map<K, V>, key: K, make: () => V) => {
    let value = map.get(key);
    if (value === undefined) map.set(key, (value = make()));
    return value;
  };
  const nodeText = fillIn((slot) => t('node.aria', { label: slot(0), kind: slot(1) }));
  return {
    kindLabel: (kind: NodeKind) => remember(kinds, kind, () => kindName(kind, lang)),
    nodeAria: (label: string, kind: string) => nodeText([label, kind]),
    unknownAria: (label: string) => t('node.unknownAria', { label: label || t('node.unknown') }),
    edgeAria: (edge: BoardEdge, from: string, to: string) =>
      remember(edgeTexts, edge.kind, () => fillIn((slot) => t('edge.aria', { kind: t(`edge.kinds.${edge.kind}`), from: slot(0), to: slot(1) })))([from, to]),
  };
}
