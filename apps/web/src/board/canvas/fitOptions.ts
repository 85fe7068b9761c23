import type { FitViewOptions } from '@xyflow/react';

/**
 * Fit the board into the part of the window the floating chrome (palette, inspector) leaves free.
 * Hidden nodes count: a big board leaves the cards outside the viewport hidden (culling.ts), and
 * they carry their sizes, so the whole board is fitted.
 */
export function fitOptions(readOnly: boolean, duration = 0): FitViewOptions {
  return {
    maxZoom: 1,
    includeHiddenNodes: true,
    duration,
    padding: { top: '88px', bottom: '40px', right: '372px', left: readOnly ? '40px' : '272px' },
  };
}
