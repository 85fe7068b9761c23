/**
 * What a board id may be: what `generateBoardId` makes (16 base64url characters) and what the
 * Yjs endpoint's path accepts (`SYNC_PATH` in sync/yjsTransport.ts spells the same rule).
 *
 * @example isBoardId('Jx3-_a9'); // true
 */
export function isBoardId(id: string): boolean {
  return BOARD_ID.test(id);
}

const BOARD_ID = /^[A-Za-z0-9_-]{1,64}$/;
