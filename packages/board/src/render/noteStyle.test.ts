import { describe, expect, it } from 'vitest';
import { noteStyleOf } from './noteStyle';
import { renderBoardSvg } from './renderBoardSvg';

describe('noteStyleOf', () => {
  it('reads the text style and the monospace option', () => {
    expect(noteStyleOf({ style: 'text', mono: true })).toEqual({ text: true, mono: true });
    expect(noteStyleOf({ style: 'note', mono: false })).toEqual({ text: false, mono: false });
  });

  it('draws an old note, or one with values it does not know, as a sticky note', () => {
    expect(noteStyleOf({})).toEqual({ text: false, mono: false });
    expect(noteStyleOf(undefined)).toEqual({ text: false, mono: false });
    expect(noteStyleOf({ style: 'poster', mono: 'yes' })).toEqual({ text: false, mono: false });
  });
});

describe('a text block in the picture', () => {
  it('draws free text without the note paper, monospace when asked', () => {
    const board = (props: Record<string, unknown>) => ({
      format: 'scaleboard/v1' as const,
      title: 'T',
      assumptions: {},
      nodes: [{ id: 't', kind: 'note' as const, label: 'POST /tweet', x: 0, y: 0, props }],
      edges: [],
    });
    const sticky = renderBoardSvg(board({}));
    const text = renderBoardSvg(board({ style: 'text', mono: true }));
    expect(sticky).toContain('POST /tweet');
    expect(text).toContain('POST /tweet');
    expect(sticky.match(/<path [^>]*fill="#fff7c2"/)).not.toBeNull();
    expect(text.match(/<path [^>]*fill="#fff7c2"/)).toBeNull();
    expect(text).toContain('DejaVu Sans Mono');
    expect(sticky).not.toContain('DejaVu Sans Mono');
  });
});
