import { z } from 'zod';

/**
 * Most replay links one board has at a time (one per hiring committee is plenty); minting
 * another past it answers 409 until the owner revokes one.
 */
export const MAX_REPLAY_LINKS_PER_BOARD = 10;

/**
 * Every replay link's token starts with this: it tells a replay link from a board key (a board
 * key is base64url and never holds a "."), so a server can say "a replay link opens only the
 * history" instead of "wrong key".
 */
export const REPLAY_TOKEN_PREFIX = 'replay.';

/** `POST /api/boards/:id/replay-links` body (owner key). */
export const createReplayLinkRequestSchema = z.strictObject({
  /** Whether the link's replay shows the owner's private notes and rubric as they were. */
  includeNotes: z.boolean().default(false),
});
export type CreateReplayLinkRequest = z.input<typeof createReplayLinkRequestSchema>;

/** A replay link as its owner lists it: never its token, which only the answer to its minting holds. */
export interface ReplayLinkInfo {
  id: string;
  includeNotes: boolean;
  /** ISO time. */
  createdAt: string;
}

/** `POST /api/boards/:id/replay-links` → 201 (docs/history.md#replay-links). */
export interface CreateReplayLinkResponse extends ReplayLinkInfo {
  /** The secret: shown once, stored only as its hash. */
  token: string;
  /** The replay page with the token in its fragment, relative to the web app's origin. */
  path: string;
}

/** `GET /api/boards/:id/replay-links` → 200, oldest first. */
export interface ReplayLinksResponse {
  links: ReplayLinkInfo[];
}

/**
 * The web app's replay page for a board, with the key (a replay link's token or any board key)
 * in the fragment so it never reaches a server log, and optionally the moment to start at.
 *
 * @example replayPagePath('abc', { key: 'replay.x' }) // '/b/abc/replay#key=replay.x'
 */
export function replayPagePath(boardId: string, { key, at }: { key?: string; at?: string }): string {
  const fragment = new URLSearchParams({ ...(key === undefined ? {} : { key }), ...(at === undefined ? {} : { at }) }).toString();
  return `/b/${encodeURIComponent(boardId)}/replay${fragment ? `#${fragment}` : ''}`;
}
