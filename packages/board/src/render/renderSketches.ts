import type { BoardSketch } from '@scaleboard/rules';
import type { RenderPalette } from './renderTheme';
import { SKETCH_LINE_WIDTH, sketchPaths, type BoxOf } from './sketchGeometry';
import { escapeXml } from './xml';

/**
 * One pen stroke or sketch shape as an SVG group, in the board's text colour (ink on either
 * theme). `data-sketch` names it, so a test or a tool can find it in the picture.
 *
 * @example renderSketch(sketch, layout.boxOf, paletteOf('light'))
 */
export function renderSketch(sketch: BoardSketch, boxOf: BoxOf, palette: RenderPalette): string {
  const paths = sketchPaths(sketch, boxOf);
  return [
    `<g data-sketch="${escapeXml(sketch.shape)}">`,
    paths.line ? `<path d="${paths.line}" fill="none" stroke="${palette.text}" stroke-width="${SKETCH_LINE_WIDTH}" stroke-linecap="round" stroke-linejoin="round"/>` : '',
    paths.fill ? `<path d="${paths.fill}" fill="${palette.text}"/>` : '',
    '</g>',
  ].join('');
}
