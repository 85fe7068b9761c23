/** English strings of the canvas navigation schemes in the shortcuts sheet (the `navigation` section of en.ts). */
export const navigationEn = {
  title: 'Mouse and trackpad',
  schemes: {
    'drag-selects': { name: 'Drag selects, wheel scrolls', hint: 'As in Excalidraw and tldraw' },
    'drag-pans': { name: 'Drag pans, wheel zooms', hint: 'The classic canvas' },
  },
  gestures: {
    boxSelect: 'Select with a box',
    pan: 'Pan the canvas',
    scroll: 'Scroll',
    scrollSideways: 'Scroll sideways',
    zoom: 'Zoom at the pointer',
    addNote: 'Add a note',
  },
  keys: {
    drag: 'drag',
    space: 'Space',
    middleDrag: 'middle-button drag',
    wheel: 'wheel',
    pinch: 'pinch',
    doubleClick: 'double-click',
    or: 'or',
  },
} as const;
