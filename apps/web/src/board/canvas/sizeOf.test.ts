import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { boardLayout, MONO_FONT_FAMILY } from '@scaleboard/board';
import { parseBoard, type NodeKind } from '@scaleboard/rules';
import { BOX_SIZE_VARIABLES, sizeOf } from './sizeOf';

/** The box the shared renderer (and so every export) draws for a fresh node of `kind`. */
function renderedSize(kind: NodeKind) {
  const parsed = parseBoard({ format: 'scaleboard/v1', nodes: [{ id: 'n', kind, label: '', x: 0, y: 0 }] });
  if (!parsed.ok) throw new Error(parsed.error.message);
  const [placed] = boardLayout(parsed.board).nodes;
  return { width: placed?.box.width, height: placed?.box.height };
}

describe('sizeOf', () => {
  it('places a component, a group and a note at the size the renderer draws them', () => {
    for (const kind of ['cache', 'region', 'note'] as const) expect(sizeOf({ kind })).toEqual(renderedSize(kind));
  });

  it('keeps a size the node was given', () => {
    expect(sizeOf({ kind: 'region', width: 600, height: 300 })).toEqual({ width: 600, height: 300 });
  });
});

describe('BOX_SIZE_VARIABLES', () => {
  it('gives canvas.css the renderer’s component and note boxes, which the stylesheet reads instead of its own sizes', () => {
    const component = renderedSize('cache');
    const note = renderedSize('note');
    expect(BOX_SIZE_VARIABLES).toEqual({
      '--component-width': `${component.width}px`,
      '--component-min-height': `${component.height}px`,
      '--note-width': `${note.width}px`,
      '--note-min-height': `${note.height}px`,
      '--mono-font': MONO_FONT_FAMILY,
    });
    const css = readFileSync(new URL('../../styles/canvas.css', import.meta.url), 'utf8');
    for (const name of Object.keys(BOX_SIZE_VARIABLES)) expect(css).toContain(`var(${name})`);
  });
});
