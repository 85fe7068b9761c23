import type { BoardRoleResponse } from '@scaleboard/protocol';
import { boardRolePath } from './boardRolePath';

let early: { boardId: string; key: string; answer: Promise<BoardRoleResponse | null> } | null = null;

/**
 * Asks the server for the key's role from the bootstrap (main.tsx), before the app chunk has
 * loaded: the first REST call the board page makes, answered while the app downloads. Only a
 * success is kept; anything else (refused, offline, not JSON) is null, and the page asks again as
 * it always did, so its error handling (messages in the chosen language, the offline copy) is unchanged.
 */
export function askRoleEarly(boardId: string, key: string): void {
  try {
    const answer = fetch(boardRolePath(boardId), { headers: { Authorization: `Bearer ${key}` } })
      .then((response) => (response.ok ? (response.json() as Promise<BoardRoleResponse>) : null))
      .catch(() => null);
    early = { boardId, key, answer };
  } catch {
    early = null;
  }
}

/** The early answer for this board and key (once), null when there is none: ask as usual. */
export function takeEarlyRole(boardId: string, key: string): Promise<BoardRoleResponse | null> | null {
  const asked = early;
  early = null;
  return asked && asked.boardId === boardId && asked.key === key ? asked.answer : null;
}
