import { useEffect, useState } from 'react';
import type { Role } from '@scaleboard/protocol';
import { ApiError, fetchBoardRole } from '../api/boardsApi';
import { takeEarlyRole } from '../api/earlyRole';
import { findRecentBoard, rememberBoard } from '../landing/recentBoards';
import { discardLocalCopy, findLocalCopy } from '../sync/localCopies';

export type Access =
  | { state: 'loading' }
  | { state: 'ready'; role: Role; title: string }
  | { state: 'error'; reason: 'no-key' | 'not-found' | 'failed'; message?: string };

/**
 * Asks the server what this link's key allows; remembers the board in the recent list. When the
 * server cannot be reached (offline) and this browser keeps a copy of the board written with the
 * same key, the board opens from that copy with the role the server gave last time: the edits
 * made meanwhile wait in IndexedDB, and the server checks the key again when the socket connects.
 */
export function useBoardAccess(boardId: string, key: string | null): Access {
  const [access, setAccess] = useState<Access>(() => (key ? { state: 'loading' } : { state: 'error', reason: 'no-key' }));
  useEffect(() => {
    if (!key) return;
    const abort = new AbortController();
    // The bootstrap may have asked already (api/earlyRole.ts); without its success, ask now.
    const early = takeEarlyRole(boardId, key) ?? Promise.resolve(null);
    early.then((role) => role ?? fetchBoardRole(boardId, key, abort.signal)).then(
      (info) => {
        if (abort.signal.aborted) return;
        // The title as last seen here, until the board screen has the live one (it remembers it).
        const title = findRecentBoard(boardId)?.title ?? '';
        rememberBoard({ id: boardId, title, key });
        setAccess({ state: 'ready', role: info.role, title });
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        const kept = findLocalCopy(boardId);
        if (error instanceof ApiError && [401, 403, 404].includes(error.status)) {
          // Deleted, or this key no longer opens it: the copy this key wrote must not bring it
          // back. Only this key's own copy: a wrong link must not delete another key's edits.
          if (kept?.key === key) discardLocalCopy(boardId);
          setAccess({ state: 'error', reason: 'not-found' });
        } else if (!(error instanceof ApiError) && kept?.key === key) setAccess({ state: 'ready', role: kept.role, title: kept.title });
        else setAccess({ state: 'error', reason: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => abort.abort();
  }, [boardId, key]);
  return access;
}
