import { DEFAULT_LANG, isGroupKind, type Board, type Finding, type Lang, type LoadMap } from '@scaleboard/rules';
import { boardLayout, type BoardLayout } from './boardLayout';
import { canonicalJson } from './canonicalJson';
import { svgMetadata } from './embeddedBoard';
import { edgeExtent, renderEdge } from './renderEdges';
import { renderNode, type NodeChange } from './renderNodes';
import { paletteOf, type RenderTheme } from './renderTheme';
import { renderSketch } from './renderSketches';
import { selectionBoard } from './selectionBoard';
import { sketchBounds } from './sketchGeometry';
import { escapeXml, num } from './xml';

export interface RenderOptions {
  theme?: RenderTheme;
  background?: 'solid' | 'transparent';
  /** Space around the drawing, in board pixels. Default 32. */
  padding?: number;
  /** Draw only these node and sketch ids (and what selected groups contain); edges between drawn nodes. */
  selection?: Iterable<string>;
  /** Findings badges on the components involved (`report(board).findings`). */
  findings?: readonly Finding[];
  /** Border colours by utilisation (`report(board).load`). */
  load?: LoadMap;
  /** Embed the `scaleboard/v1` document in `<metadata>` (default true), so the picture can be imported. */
  embedBoard?: boolean;
  /**
   * Draw only this horizontal band of the picture: `top` and `height` in picture pixels at scale 1,
   * whole numbers. The SVG is the band's rows, with only what reaches into them; bands drawn one
   * below the other give the picture (the server rasterises big pictures band by band, in parallel).
   */
  band?: { top: number; height: number };
  /**
   * Marks what a later board changed, when this board is an older version of it (the history
   * preview: `diffBoards(version, live).nodes`): node ids `removed` since get a dashed outline
   * and a "−" badge, ids `changed` since a solid outline and a "Δ" badge, in the theme's `change`
   * colours; each marked node's `<g>` gets `data-change="removed|changed"`. Components added
   * since are not on this board, so they have no mark. Unknown ids are ignored; absent, the
   * picture is exactly as without it.
   */
  highlight?: { removed?: Iterable<string>; changed?: Iterable<string> };
  /** Language of the words the picture adds (kind names under labels, "load", badge titles); default English. */
  lang?: Lang;
}

/** Fonts named in the picture: the web's Inter when present, then what the server rasterises with. */
export const FONT_FAMILY = "Inter, 'DejaVu Sans', 'Noto Sans CJK KR', 'Noto Sans CJK SC', sans-serif";

export interface RenderedBoard {
  svg: string;
  /** Size of the picture in CSS pixels at scale 1 (integers). */
  width: number;
  height: number;
  /** The layout the picture was drawn from; boxes are in picture pixels after `origin` is subtracted. */
  layout: BoardLayout;
  /** Board coordinates of the picture's top-left corner. */
  origin: { x: number; y: number };
  /**
   * The `scaleboard/v1` JSON in the SVG's `<metadata>`: the board the picture shows (the
   * selection when there is one). Absent with `embedBoard: false`. See `exportPicture`.
   */
  boardJson?: string;
}

/**
 * Draws a board as a standalone SVG document: the one renderer behind the browser's and the
 * server's exports, so the same board and options give the same bytes everywhere. Pure and
 * deterministic (no clock, no randomness, sorted output).
 *
 * @example
 * const { svg, width, height } = renderBoard(board, { theme: 'dark', background: 'transparent' });
 */
export function renderBoard(board: Board, options: RenderOptions = {}): RenderedBoard {
  const palette = paletteOf(options.theme ?? 'light');
  const padding = Math.max(0, Math.min(options.padding ?? 32, 1000));
  const layout = boardLayout(board, options.selection);
  const width = Math.max(1, Math.ceil(layout.bounds.width + 2 * padding));
  const height = Math.max(1, Math.ceil(layout.bounds.height + 2 * padding));
  const origin = { x: layout.bounds.x - padding, y: layout.bounds.y - padding };
  const boardJson = options.embedBoard === false ? undefined : canonicalJson(selectionBoard(board, layout));

  const findingsByNode = new Map<string, Finding[]>();
  for (const finding of options.findings ?? []) {
    for (const id of new Set(finding.nodes)) findingsByNode.set(id, [...(findingsByNode.get(id) ?? []), finding]);
  }
  const changes = changesOf(options.highlight);
  const lang = options.lang ?? DEFAULT_LANG;
  const boxes = new Map(layout.nodes.map((p) => [p.node.id, p.box]));
  const view = viewOf(options.band, height);
  // Reaches into the band: what a node draws stays within BAND_MARGIN of its box (badges, strokes).
  const shown = (top: number, bottom: number) => !options.band || (bottom + BAND_MARGIN > origin.y + view.top && top - BAND_MARGIN < origin.y + view.top + view.height);
  const nodesShown = layout.nodes.filter((p) => shown(p.box.y, p.box.y + p.box.height));
  const groups = nodesShown.filter((p) => isGroupKind(p.node.kind));
  const others = nodesShown.filter((p) => !isGroupKind(p.node.kind));
  const edges = layout.edges.filter((edge) => {
    const extent = edgeExtent(boxes.get(edge.from)!, boxes.get(edge.to)!);
    return shown(extent.top, extent.bottom);
  });
  const sketches = layout.sketches.filter((sketch) => {
    const box = sketchBounds(sketch, layout.boxOf);
    return shown(box.y, box.y + box.height);
  });

  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${view.height}" viewBox="${num(origin.x)} ${num(origin.y + view.top)} ${width} ${view.height}" font-family="${escapeXml(FONT_FAMILY)}" role="img" aria-label="${escapeXml(board.title)}">`,
    `<title>${escapeXml(board.title)}</title>`,
    boardJson === undefined ? '' : svgMetadata(boardJson),
    options.background === 'transparent' ? '' : `<rect x="${num(origin.x)}" y="${num(origin.y + view.top)}" width="${width}" height="${view.height}" fill="${palette.background}"/>`,
    ...groups.map((p) => renderNode(p, palette, { findings: findingsByNode.get(p.node.id), change: changes.get(p.node.id), lang })),
    // Edges above the areas they cross, below the cards they join.
    ...edges.map((edge) => renderEdge(edge, boxes.get(edge.from)!, boxes.get(edge.to)!, palette)),
    ...others.map((p) => renderNode(p, palette, { findings: findingsByNode.get(p.node.id), load: options.load?.[p.node.id], change: changes.get(p.node.id), lang })),
    // Sketches on top, as ink over the diagram.
    ...sketches.map((sketch) => renderSketch(sketch, layout.boxOf, palette)),
    '</svg>',
  ];
  return { svg: parts.join(''), width, height, layout, origin, boardJson };
}

/** How far a node's or edge's drawing can reach beyond its box or line, in picture pixels. */
const BAND_MARGIN = 16;

/** The mark of each highlighted id; an id in both lists is marked removed, the stronger news. */
function changesOf(highlight: RenderOptions['highlight']): Map<string, NodeChange> {
  const changes = new Map<string, NodeChange>();
  for (const id of highlight?.changed ?? []) changes.set(id, 'changed');
  for (const id of highlight?.removed ?? []) changes.set(id, 'removed');
  return changes;
}

function viewOf(band: RenderOptions['band'], height: number): { top: number; height: number } {
  if (!band) return { top: 0, height };
  if (!Number.isInteger(band.top) || !Number.isInteger(band.height) || band.top < 0 || band.height < 1 || band.top + band.height > height) {
    throw new RangeError(`band ${band.top}+${band.height} is not whole rows of a ${height} px tall picture`);
  }
  return band;
}

/**
 * The SVG text alone; see `renderBoard` for the size and layout too.
 *
 * @example const svg = renderBoardSvg(board, { theme: 'light', padding: 24 });
 */
export function renderBoardSvg(board: Board, options: RenderOptions = {}): string {
  return renderBoard(board, options).svg;
}
