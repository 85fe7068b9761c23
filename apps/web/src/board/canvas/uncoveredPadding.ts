import type { FitViewOptions } from '@xyflow/react';

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The floating chrome drawn over the canvas: what framing keeps the shown components out from under. */
const COVERING_CHROME = ['.topbar-group', '.palette', '.inspector', '.history-panel', '.analysis-toolbar', '.bottom-controls', '.follow-bar', '.react-flow__minimap'].join(', ');

/** Space kept between framed components and the panels around them, in screen pixels. */
const MARGIN = 24;

/**
 * How far in from each edge of the canvas the panels over it reach. Each panel gives up the one
 * side that costs the least canvas — the palette the left, the inspector the right, the top bar
 * the top. On an axis where the panels would leave less than a quarter of the canvas (a narrow
 * window), the insets of that axis are dropped: framing under a panel beats framing into nothing.
 *
 * @example coveredInsets({ left: 0, top: 0, right: 1000, bottom: 800 }, [{ left: 650, top: 60, right: 990, bottom: 790 }]) // { top: 0, right: 350, bottom: 0, left: 0 }
 */
export function coveredInsets(canvas: Rect, panels: readonly Rect[]): Insets {
  const insets: Insets = { top: 0, right: 0, bottom: 0, left: 0 };
  for (const panel of panels) {
    const overlaps = panel.left < canvas.right && panel.right > canvas.left && panel.top < canvas.bottom && panel.bottom > canvas.top;
    if (!overlaps) continue;
    const cost: Insets = { top: panel.bottom - canvas.top, right: canvas.right - panel.left, bottom: canvas.bottom - panel.top, left: panel.right - canvas.left };
    const side = (Object.keys(cost) as Array<keyof Insets>).reduce((best, s) => (cost[s] < cost[best] ? s : best));
    insets[side] = Math.max(insets[side], cost[side]);
  }
  const width = canvas.right - canvas.left;
  const height = canvas.bottom - canvas.top;
  if (width - insets.left - insets.right < width / 4) insets.left = insets.right = 0;
  if (height - insets.top - insets.bottom < height / 4) insets.top = insets.bottom = 0;
  return insets;
}

/**
 * fitView padding that frames inside the part of the canvas no panel covers, measured now (the
 * inspector and palette collapse, the history panel comes and goes).
 *
 * @example flow.fitView({ nodes, padding: uncoveredPadding(domNode) })
 */
export function uncoveredPadding(canvas: HTMLElement): NonNullable<FitViewOptions['padding']> {
  const screen = canvas.closest('.board-screen') ?? document.body;
  const panels = [...screen.querySelectorAll(COVERING_CHROME)].map((element) => element.getBoundingClientRect());
  const insets = coveredInsets(canvas.getBoundingClientRect(), panels);
  const px = (n: number) => `${Math.round(n + MARGIN)}px` as const;
  return { top: px(insets.top), right: px(insets.right), bottom: px(insets.bottom), left: px(insets.left) };
}
