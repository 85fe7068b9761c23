import type { BoardNode } from '@scaleboard/rules';

/** How a note is drawn: a sticky note or free text, in a proportional or monospace face. */
export interface NoteStyle {
  text: boolean;
  mono: boolean;
}

/**
 * A note's look from its props (`style: 'text'`, `mono: true`); anything else — an old file
 * without them, a value a newer client wrote — is a plain sticky note. The canvas and the
 * exports both read it here.
 *
 * @example noteStyleOf({ style: 'text', mono: true }) // { text: true, mono: true }
 */
export function noteStyleOf(props: BoardNode['props'] | undefined): NoteStyle {
  return { text: props?.style === 'text', mono: props?.mono === true };
}

/** The monospace face of text blocks, on the canvas and in exports. */
export const MONO_FONT_FAMILY = "'DejaVu Sans Mono', ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace";
