import { useEffect, useState } from 'react';
import type { Role } from '@scaleboard/protocol';
import { ApiError, fetchBoardInfo } from '../api/boardsApi';
import { rememberBoard } from '../landing/recentBoards';

export type Access =
  | { state: 'loading' }
  | { state: 'ready'; role: Role; title: string }
  | { state: 'error'; reason: 'no-key' | 'not-found' | 'failed'; message?: string };

/** Asks the server what this link's key allows; remembers the board in the recent list. */
export function useBoardAccess(boardId: string, key: string | null): Access {
  const [access, setAccess] = useState<Access>(() => (key ? { state: 'loading' } : { state: 'error', reason: 'no-key' }));
  useEffect(() => {
    if (!key) return;
    const abort = new AbortController();
    fetchBoardInfo(boardId, key, abort.signal).then(
      (info) => {
        rememberBoard({ id: boardId, title: info.title, key });
        setAccess({ state: 'ready', role: info.role, title: info.title });
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        if (error instanceof ApiError && [401, 403, 404].includes(error.status)) setAccess({ state: 'error', reason: 'not-found' });
        else setAccess({ state: 'error', reason: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => abort.abort();
  }, [boardId, key]);
  return access;
}
