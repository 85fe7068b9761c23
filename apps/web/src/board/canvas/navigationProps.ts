import type { ReactFlowProps } from '@xyflow/react';
import type { NavigationScheme } from '../../profile/navigationStore';

type NavigationProps = Pick<ReactFlowProps, 'panOnDrag' | 'selectionOnDrag' | 'panOnScroll' | 'panOnScrollSpeed' | 'zoomOnScroll' | 'zoomOnPinch'>;

/** The mouse button numbers of a pointer event. */
const MIDDLE_BUTTON = 1;

/**
 * What each navigation scheme (profile/navigationStore.ts) asks of xyflow. In both, Space+drag pans
 * (xyflow's pan key, which turns any drag into a pan while held), Shift+drag selects with a box and
 * a trackpad pinch zooms at the pointer (the browser sends it as a wheel with Ctrl).
 * Module constants: a new object per render would be a pass over xyflow's store.
 */
export const NAVIGATION_PROPS: Record<NavigationScheme, NavigationProps> = {
  'drag-selects': {
    // The left button selects with a box on empty canvas; the middle button pans.
    panOnDrag: [MIDDLE_BUTTON],
    selectionOnDrag: true,
    // The wheel scrolls (Shift+wheel sideways, outside macOS where the system already does it),
    // one wheel pixel per screen pixel as a page scrolls; with Ctrl/⌘ held it zooms at the pointer.
    panOnScroll: true,
    panOnScrollSpeed: 1,
    zoomOnScroll: true,
    zoomOnPinch: true,
  },
  'drag-pans': {
    panOnDrag: true,
    selectionOnDrag: false,
    panOnScroll: false,
    zoomOnScroll: true,
    zoomOnPinch: true,
  },
};
