import { isGroupKind, kindName, NODE_KINDS, ruleText, translate, type Finding, type Lang, type NodeKind, type NodeLoad, type Severity } from '@scaleboard/rules';
import { NOTE_BOX, type PlacedNode } from './boardLayout';
import { MONO_FONT_FAMILY, noteStyleOf } from './noteStyle';
import { iconShapesIn, KIND_ACCENT } from './iconShapes';
import type { RenderPalette } from './renderTheme';
import { fitText, textWidth as textWidthOf } from './textMetrics';
import { familyFor } from './textFamily';
import { escapeXml, num } from './xml';

/** How a component differs later on (`RenderOptions.highlight`). */
export type NodeChange = 'removed' | 'changed';

export interface NodeOverlay {
  findings?: readonly Finding[];
  load?: NodeLoad;
  change?: NodeChange;
  /** The language of the words the picture adds (kind names, "load"); board text stays as typed. */
  lang: Lang;
}

/** A node in its kind's look: a group area, a sticky note or a component card. */
export function renderNode(placed: PlacedNode, palette: RenderPalette, overlay: NodeOverlay): string {
  const { node } = placed;
  const { lang } = overlay;
  const body = isGroupKind(node.kind) ? group(placed, palette, lang) : node.kind === 'note' ? note(placed, palette) : component(placed, palette, overlay.load, lang);
  const badge = overlay.findings && overlay.findings.length > 0 ? findingsBadge(placed, palette, overlay.findings, lang) : '';
  const change = overlay.change ? `data-change="${overlay.change}"` : '';
  const mark = overlay.change ? changeMark(placed, palette, overlay.change, lang) : '';
  return `<g class="sb-node" data-id="${escapeXml(node.id)}" data-kind="${escapeXml(node.kind)}"${change ? ` ${change}` : ''}>${body}${mark}${badge}</g>`;
}

function icon(kind: NodeKind, x: number, y: number, size: number, colour: string, strokeWidth: number): string {
  return `<g transform="translate(${num(x)} ${num(y)}) scale(${num(size / 24)})" fill="none" stroke="${colour}" stroke-width="${strokeWidth}" stroke-linecap="round" stroke-linejoin="round">${iconShapesIn(kind, colour)}</g>`;
}

function component({ node, box }: PlacedNode, palette: RenderPalette, load: NodeLoad | undefined, lang: Lang): string {
  // The live document does not check kinds: an unknown one is drawn as a plain card named by its kind.
  const tile = palette.tiles[KIND_ACCENT[node.kind] ?? 'slate'];
  const border = load ? loadColour(load.utilization, palette) : palette.border;
  const textX = box.x + 55;
  const textWidth = box.width - 55 - 12;
  const kind = kindLabel(node.kind, lang);
  const percent = load ? `${Math.round(load.utilization * 100)}%` : '';
  // With load shown, the figure matters more than the kind: keep the figure whole when space is short.
  const caption = !load ? kind : textWidthOf(`${kind} · ${percent}`, 11.5) <= textWidth ? `${kind} · ${percent}` : translate(lang, 'picture.load', { percent });
  const midY = box.y + box.height / 2;
  return [
    `<rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}" rx="12" fill="${palette.surface}" stroke="${border}" stroke-width="${load ? 2 : 1}"/>`,
    `<rect x="${num(box.x + 9)}" y="${num(midY - 18)}" width="36" height="36" rx="9" fill="${tile.bg}"/>`,
    icon(node.kind, box.x + 18, midY - 9, 18, tile.fg, 2),
    `<text x="${num(textX)}" y="${num(midY - 2)}"${familyFor(node.label)} font-size="13.5" font-weight="600" fill="${palette.text}">${escapeXml(fitText(node.label, textWidth, 13.5))}</text>`,
    `<text x="${num(textX)}" y="${num(midY + 14)}"${familyFor(caption)} font-size="11.5" fill="${load ? border : palette.textMuted}">${escapeXml(fitText(caption, textWidth, 11.5))}</text>`,
  ].join('');
}

function group({ node, box }: PlacedNode, palette: RenderPalette, lang: Lang): string {
  const colour = palette.groups[node.kind as keyof RenderPalette['groups']] ?? palette.groups.region;
  const dash = node.kind === 'public-network' ? ' stroke-dasharray="6 5"' : '';
  const kind = kindLabel(node.kind, lang);
  const labelWidth = Math.max(0, box.width - 24 - 21 - 90);
  return [
    `<rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}" rx="16" fill="${colour}" fill-opacity="0.05" stroke="${colour}" stroke-opacity="0.7" stroke-width="${node.kind === 'region' ? 2 : 1.5}"${dash}/>`,
    icon(node.kind, box.x + 12, box.y + 11, 14, colour, 2.2),
    // 700, not 650: resvg reads only the weights in hundreds and draws any other as regular.
    `<text x="${num(box.x + 33)}" y="${num(box.y + 22.5)}"${familyFor(node.label)} font-size="12.5" font-weight="700" fill="${colour}">${escapeXml(fitText(node.label, labelWidth, 12.5))}</text>`,
    `<text x="${num(box.x + box.width - 12)}" y="${num(box.y + 22.5)}"${familyFor(kind)} text-anchor="end" font-size="11" fill="${colour}" fill-opacity="0.8">${escapeXml(kind)}</text>`,
  ].join('');
}

function note({ node, box, lines }: PlacedNode, palette: RenderPalette): string {
  const style = noteStyleOf(node.props);
  const all = (lines ?? []).join(' ');
  // Hangul keeps its own face (resvg has no Hangul in the monospace one).
  const family = familyFor(all) || (style.mono ? ` font-family="${escapeXml(MONO_FONT_FAMILY)}"` : '');
  const text = (lines ?? [])
    .map((line, i) => `<tspan x="${num(box.x + NOTE_BOX.padding)}" y="${num(box.y + 12 + 14 + i * NOTE_BOX.lineHeight)}">${escapeXml(line)}</tspan>`)
    .join('');
  // Free text has no paper: only its words, in the board's text colour.
  if (style.text) return `<text${family} font-size="${NOTE_BOX.fontSize}" fill="${palette.text}">${text}</text>`;
  return [
    `<path d="M${num(box.x + 4)} ${num(box.y)}H${num(box.x + box.width - 4)}Q${num(box.x + box.width)} ${num(box.y)} ${num(box.x + box.width)} ${num(box.y + 4)}V${num(box.y + box.height - 14)}Q${num(box.x + box.width)} ${num(box.y + box.height)} ${num(box.x + box.width - 14)} ${num(box.y + box.height)}H${num(box.x + 4)}Q${num(box.x)} ${num(box.y + box.height)} ${num(box.x)} ${num(box.y + box.height - 4)}V${num(box.y + 4)}Q${num(box.x)} ${num(box.y)} ${num(box.x + 4)} ${num(box.y)}Z" fill="${palette.noteBg}" stroke="${palette.noteBorder}"/>`,
    `<text${family} font-size="${NOTE_BOX.fontSize}" fill="${palette.noteText}">${text}</text>`,
  ].join('');
}

function kindLabel(kind: NodeKind, lang: Lang): string {
  // The live document does not check kinds: an unknown one is named by itself.
  return NODE_KINDS.includes(kind) ? kindName(kind, lang) : kind;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function findingsBadge({ box }: PlacedNode, palette: RenderPalette, findings: readonly Finding[], lang: Lang): string {
  const worst = findings.reduce<Severity>((acc, f) => (RANK[f.severity] < RANK[acc] ? f.severity : acc), 'info');
  const cx = box.x + box.width - 2;
  const cy = box.y + 2;
  const rules = [...new Set(findings.map((f) => ruleText(f.rule, lang).title))].join('; ');
  return `<g class="sb-finding" data-severity="${escapeXml(worst)}"><title>${escapeXml(rules)}</title><circle cx="${num(cx)}" cy="${num(cy)}" r="10" fill="${palette.severity[worst]}" stroke="${palette.surface}" stroke-width="2"/><text x="${num(cx)}" y="${num(cy + 4)}" text-anchor="middle" font-size="11" font-weight="700" fill="#ffffff">${findings.length}</text></g>`;
}

/** The sign in a change mark's corner badge, so the mark reads without its colour too. */
const CHANGE_SIGN: Record<NodeChange, string> = { removed: '\u2212', changed: '\u0394' };

/**
 * An outline around the node, dashed for one later removed (it is gone) and solid for one later
 * changed, and a badge in its top-left corner (the findings' badge is top-right). It stays within
 * BAND_MARGIN of the box, as everything a node draws.
 */
function changeMark({ box }: PlacedNode, palette: RenderPalette, change: NodeChange, lang: Lang): string {
  const colour = palette.change[change];
  const dash = change === 'removed' ? ' stroke-dasharray="7 4"' : '';
  const cx = box.x + 2;
  const cy = box.y + 2;
  return [
    `<g class="sb-change" data-change="${change}"><title>${escapeXml(translate(lang, `picture.${change}`))}</title>`,
    `<rect x="${num(box.x - 4)}" y="${num(box.y - 4)}" width="${num(box.width + 8)}" height="${num(box.height + 8)}" rx="15" fill="none" stroke="${colour}" stroke-width="2.5"${dash}/>`,
    `<circle cx="${num(cx)}" cy="${num(cy)}" r="9" fill="${colour}" stroke="${palette.surface}" stroke-width="2"/>`,
    `<text x="${num(cx)}" y="${num(cy + 4)}" text-anchor="middle" font-size="11" font-weight="700" fill="${palette.surface}">${CHANGE_SIGN[change]}</text>`,
    '</g>',
  ].join('');
}

function loadColour(utilization: number, palette: RenderPalette): string {
  if (utilization >= 1) return palette.load.over;
  return utilization >= 0.7 ? palette.load.busy : palette.load.ok;
}
