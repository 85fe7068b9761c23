import { ICON_SHAPES, paletteOf, type RenderTheme, type TileAccent } from '@scaleboard/board';
import type { NodeKind } from '@scaleboard/rules';

const cache = new Map<string, string>();

/**
 * A kind's icon as an image URL, drawn in its tile colour for the theme: the lucide shapes the
 * export draws (packages/board's ICON_SHAPES), coloured from the same palette.
 *
 * Why an image and not lucide's inline `<svg>`: each inline SVG is a transform and a clip for
 * Chromium's compositor, and on a 1,000-component board every repaint (a caret blinking in the
 * inspector) spent 6 ms more putting them in layers (docs/BENCHMARKS.md). An image is one paint.
 *
 * @example <img src={iconImage('cache', 'amber', 'dark')} alt="" />
 */
export function iconImage(kind: NodeKind, accent: TileAccent, theme: RenderTheme): string {
  const key = `${kind} ${accent} ${theme}`;
  let url = cache.get(key);
  if (!url) {
    const colour = paletteOf(theme).tiles[accent].fg;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="${colour}" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${ICON_SHAPES[kind].replaceAll('currentColor', colour)}</svg>`;
    url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    cache.set(key, url);
  }
  return url;
}
