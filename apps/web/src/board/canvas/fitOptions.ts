import type { FitViewOptions } from '@xyflow/react';

/** Fit the board into the part of the window the floating chrome leaves free. */
export function fitOptions(readOnly: boolean, duration = 0): FitViewOptions {
  return {
    maxZoom: 1,
    duration,
    padding: { top: '88px', bottom: '40px', right: '40px', left: readOnly ? '40px' : '272px' },
  };
}
