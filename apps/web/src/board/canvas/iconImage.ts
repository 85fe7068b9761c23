import { iconSvg, KIND_ACCENT, paletteOf, type RenderTheme } from '@scaleboard/board';
import type { NodeKind } from '@scaleboard/rules';

const cache = new Map<string, string>();

/**
 * A kind's icon as an image URL, in its tile colour for the theme: the export's own icon
 * (packages/board's `iconSvg`), coloured from the same palette.
 *
 * Why an image and not lucide's inline `<svg>`: each inline SVG is a transform and a clip for
 * Chromium's compositor, and on a 1,000-component board every repaint (a caret blinking in the
 * inspector) spent 6 ms more putting them in layers (docs/BENCHMARKS.md). An image is one paint.
 *
 * @example <img src={iconImage('cache', 'dark')} alt="" />
 */
export function iconImage(kind: NodeKind, theme: RenderTheme): string {
  const key = `${kind} ${theme}`;
  let url = cache.get(key);
  if (!url) {
    url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(iconSvg(kind, paletteOf(theme).tiles[KIND_ACCENT[kind]].fg))}`;
    cache.set(key, url);
  }
  return url;
}
