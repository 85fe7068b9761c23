import type { SketchShape } from '@scaleboard/rules';

/** What a press on the empty canvas does. `select` is xyflow's own: pan or box-select, as the navigation scheme says. */
export type SketchTool = 'select' | 'pen' | 'rectangle' | 'ellipse' | 'arrow' | 'text';

/** The tool bar's entries in order, each with its key (listed in the shortcuts sheet). */
export const SKETCH_TOOLS: ReadonlyArray<{ tool: SketchTool; key: string }> = [
  { tool: 'select', key: 'V' },
  { tool: 'pen', key: 'P' },
  { tool: 'rectangle', key: 'R' },
  { tool: 'ellipse', key: 'O' },
  { tool: 'arrow', key: 'A' },
  { tool: 'text', key: 'T' },
];

/** The sketch shape a drawing tool makes; `select` and `text` make none. */
export function shapeOfTool(tool: SketchTool): SketchShape | null {
  switch (tool) {
    case 'pen':
      return 'stroke';
    case 'rectangle':
    case 'ellipse':
    case 'arrow':
      return tool;
    default:
      return null;
  }
}

/**
 * The tool a key picks (case-insensitive), or undefined. The physical key (`code`) counts too, so
 * the letters work while a Korean input method turns `p` into `ㅔ`.
 *
 * @example toolOfKey('p') // 'pen'
 * @example toolOfKey('ㅔ', 'KeyP') // 'pen'
 */
export function toolOfKey(key: string, code?: string): SketchTool | undefined {
  return SKETCH_TOOLS.find((entry) => entry.key.toLowerCase() === key.toLowerCase() || code === `Key${entry.key}`)?.tool;
}
