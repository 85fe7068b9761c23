import type { Role } from '@scaleboard/protocol';
import { keyHashForRole, roleForKey } from '../keys';
import type { BoardRecord, BoardStore } from '../storage/BoardStore';

/** What a replay link grants (docs/history.md#replay-links): the history and replay, the notes only when minted with them. */
export interface ReplayLinkGrant {
  id: string;
  includeNotes: boolean;
}

export type AccessResult =
  /** `replayLink`: admitted by a replay link, as a viewer of the history only (see http/requireBoardKey). */
  | { ok: true; board: BoardRecord; role: Role; keyHash: string; replayLink?: ReplayLinkGrant }
  | { ok: false; reason: 'missing-key' | 'forbidden' };

/**
 * The one place every channel (REST, Yjs socket, Socket.IO) asks "may this key open this board?".
 * An unknown board and a wrong key give the same answer, so a key-less probe learns nothing.
 */
export async function checkAccess(store: BoardStore, boardId: string, key: string | undefined): Promise<AccessResult> {
  if (!key) return { ok: false, reason: 'missing-key' };
  const board = await store.getBoard(boardId);
  const role = board ? roleForKey(board.keyHashes, key) : null;
  if (!board || !role) return { ok: false, reason: 'forbidden' };
  return { ok: true, board, role, keyHash: keyHashForRole(board.keyHashes, role) };
}
