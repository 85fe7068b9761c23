import { MAX_BOARD_FILE_BYTES } from '@scaleboard/rules';

/**
 * What a design written as text may hold, so reading one is bounded work whatever it says. The
 * text itself is a board file (MAX_BOARD_FILE_BYTES); the other limits keep every later step
 * (the schema, the layout, the live document) on the sizes a board has.
 */
export const DESIGN_LIMITS = {
  /** Characters of text; a UTF-8 file of MAX_BOARD_FILE_BYTES bytes has at most this many. */
  maxChars: MAX_BOARD_FILE_BYTES,
  maxLines: 100_000,
  /** Components, groups and connections together: twice a live board's default (MAX_BOARD_ELEMENTS). */
  maxElements: 10_000,
  /** Groups inside groups (subgraphs inside subgraphs). */
  maxDepth: 32,
  /** One word or quoted string, before any escape is read: a note's text with room for escapes. */
  maxToken: 30_000,
  /**
   * Characters of text the live text panel takes (designChanges): about twice what a board of
   * MAX_BOARD_ELEMENTS (5,000) components and connections writes, so every board the server keeps
   * fits, while a parse on each pause of typing stays a few milliseconds.
   */
  maxLiveChars: 500_000,
} as const;
