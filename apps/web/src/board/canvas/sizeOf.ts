import type { CSSProperties } from 'react';
import { COMPONENT_BOX, GROUP_BOX, MONO_FONT_FAMILY, NOTE_BOX } from '@scaleboard/board';
import { isGroupKind, type BoardNode } from '@scaleboard/rules';

/**
 * Size used to place a node before the browser has measured it: the box the shared renderer
 * draws (packages/board), so a drop is centred and a free spot found as the export shows it.
 *
 * @example sizeOf({ kind: 'cache' }) // { width: 176, height: 56 }
 */
export function sizeOf(node: Pick<BoardNode, 'kind' | 'width' | 'height'>) {
  if (isGroupKind(node.kind)) return { width: node.width ?? GROUP_BOX.width, height: node.height ?? GROUP_BOX.height };
  if (node.kind === 'note') return { width: node.width ?? NOTE_BOX.width, height: node.height ?? NOTE_BOX.minHeight };
  return { width: node.width ?? COMPONENT_BOX.width, height: node.height ?? COMPONENT_BOX.height };
}

/**
 * The same boxes as CSS custom properties, set on the canvas so canvas.css draws components and
 * notes at the renderer's sizes instead of repeating them.
 *
 * @example <div className="canvas" style={BOX_SIZE_VARIABLES} />
 */
export const BOX_SIZE_VARIABLES = {
  '--component-width': `${COMPONENT_BOX.width}px`,
  '--component-min-height': `${COMPONENT_BOX.height}px`,
  '--note-width': `${NOTE_BOX.width}px`,
  '--note-min-height': `${NOTE_BOX.minHeight}px`,
  // A monospace text block's face, the one the exports draw it in.
  '--mono-font': MONO_FONT_FAMILY,
} as CSSProperties;
