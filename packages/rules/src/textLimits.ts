import type { NodeKind } from './kinds';

// How long the text a person types into a board may be, in UTF-16 code units (JavaScript's
// `length`). One table read by the board file schema, the live document's guard, the server's
// REST schemas and the web app's inputs. The limits keep every reader of a board (renderer,
// rules, Markdown reports) working on short strings: the probe of issue 13 froze exports with one
// 80,000-character word.

/** Each limit by the name errors and docs give it. */
export const TEXT_LIMITS = {
  /** A board's title (`title`, the live document's `meta.title`). */
  MAX_TITLE_LENGTH: 200,
  /** The label of a component, a group or an edge. */
  MAX_LABEL_LENGTH: 200,
  /** The text of a note (a node of kind `note` keeps its text in `label`). */
  MAX_NOTE_LENGTH: 5_000,
} as const;

export type TextLimit = keyof typeof TEXT_LIMITS;

export const MAX_TITLE_LENGTH = TEXT_LIMITS.MAX_TITLE_LENGTH;
export const MAX_LABEL_LENGTH = TEXT_LIMITS.MAX_LABEL_LENGTH;
export const MAX_NOTE_LENGTH = TEXT_LIMITS.MAX_NOTE_LENGTH;

/**
 * Which limit a node's label has: a note holds free text, every other kind a short name.
 *
 * @example TEXT_LIMITS[labelLimitOf('note')] // 5000
 */
export function labelLimitOf(kind: NodeKind | (string & {})): TextLimit {
  return kind === 'note' ? 'MAX_NOTE_LENGTH' : 'MAX_LABEL_LENGTH';
}

/**
 * The problem with text the database cannot keep, or null: PostgreSQL refuses a NUL in text and
 * JSON (a 500 before issue 13), so every text a person types is refused with one.
 *
 * @example storableTextProblem('a\u0000b') // 'must not contain NUL characters'
 */
export function storableTextProblem(text: string): string | null {
  return text.includes('\0') ? 'must not contain NUL characters' : null;
}

/**
 * `text` as the board can keep it: without NUL characters (a paste can carry one). Editors write
 * through this, so a person's paste is cleaned instead of refused by the server.
 *
 * @example storableTextOf('a\u0000b') // 'ab'
 */
export function storableTextOf(text: string): string {
  return text.includes('\0') ? text.replaceAll('\0', '') : text;
}

/**
 * Everything wrong with a typed `text` under `limit` — a NUL, then the length — or null. The
 * board file schema and the live document's guard both check text with it.
 *
 * @example textProblem('a\u0000b', 'MAX_LABEL_LENGTH') // 'must not contain NUL characters'
 */
export function textProblem(text: string, limit: TextLimit): string | null {
  return storableTextProblem(text) ?? textLimitProblem(text, limit);
}

/**
 * The problem with `text` under `limit`, or null when it fits; the message names the limit.
 *
 * @example textLimitProblem('x'.repeat(201), 'MAX_TITLE_LENGTH') // 'must be at most 200 characters (MAX_TITLE_LENGTH)'
 */
export function textLimitProblem(text: string, limit: TextLimit): string | null {
  return text.length > TEXT_LIMITS[limit] ? `must be at most ${TEXT_LIMITS[limit]} characters (${limit})` : null;
}
