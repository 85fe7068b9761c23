import { useEffect, useState } from 'react';
import { ApiError } from '../api/boardsApi';
import { checkHistoryAccess } from '../api/historyApi';

/** How often the replay page asks whether its link still opens the history: a revoked link stops the page within this. */
export const ACCESS_CHECK_MS = 5000;

export type HistoryAccess = { state: 'checking' } | { state: 'open' } | { state: 'refused'; code: string; message: string };

/**
 * Whether `key` opens the board's history: asked at once and every ACCESS_CHECK_MS, so a page
 * whose replay link the owner revoked stops (`refused`) instead of playing on from its cache. A
 * failure that is not a refusal (the network, the server restarting) leaves the state as it was.
 */
export function useHistoryAccess(boardId: string, key: string | null): HistoryAccess {
  const [access, setAccess] = useState<HistoryAccess>({ state: 'checking' });
  useEffect(() => {
    if (key === null) return;
    const abort = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      checkHistoryAccess(boardId, key, abort.signal).then(
        () => {
          setAccess((now) => (now.state === 'open' ? now : { state: 'open' }));
          timer = setTimeout(check, ACCESS_CHECK_MS);
        },
        (error: unknown) => {
          if (abort.signal.aborted) return;
          if (error instanceof ApiError && [401, 403, 404].includes(error.status)) {
            setAccess({ state: 'refused', code: error.code, message: error.message });
            return;
          }
          timer = setTimeout(check, ACCESS_CHECK_MS);
        },
      );
    };
    check();
    return () => {
      abort.abort();
      clearTimeout(timer);
    };
  }, [boardId, key]);
  return access;
}
