import { useCallback, useEffect, useRef, useState } from 'react';
import { fetchHistory, labelVersion } from '../../api/historyApi';
import type { HistoryVersion } from '@scaleboard/protocol';
import { appendOlder, mergeVersions } from './sessionsOf';

export interface HistoryList {
  versions: HistoryVersion[];
  /** `before` of the next older page; null once the first version is listed. */
  next: number | null;
  loading: boolean;
  error: string | null;
  /** Reads the newest page again and adds what is new (after a restore, say). */
  refresh: () => void;
  loadOlder: () => void;
  /** Names a version on the server, then in the list; rejects with the server's message. */
  rename: (version: number, label: string) => Promise<void>;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The board's versions as the history panel lists them: the newest page first, older ones on demand. */
export function useHistoryList(boardId: string, key: string): HistoryList {
  const [list, setList] = useState<{ versions: HistoryVersion[]; next: number | null }>({ versions: [], next: null });
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  // One request at a time: a second click on "Load older" must not ask for the same page twice.
  const busy = useRef(false);
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const load = useCallback(
    (before: number | undefined) => {
      if (busy.current) return;
      busy.current = true;
      setLoading(true);
      setError(null);
      fetchHistory(boardId, key, before)
        .then(
          (page) => alive.current && setList((listed) => (before === undefined ? mergeVersions(listed, page) : appendOlder(listed, page))),
          (failure: unknown) => alive.current && setError(messageOf(failure)),
        )
        .finally(() => {
          busy.current = false;
          if (alive.current) setLoading(false);
        });
    },
    [boardId, key],
  );

  useEffect(() => load(undefined), [load]);
  const refresh = useCallback(() => load(undefined), [load]);
  const loadOlder = useCallback(() => {
    if (list.next !== null) load(list.next);
  }, [load, list.next]);
  const rename = useCallback(
    async (version: number, label: string) => {
      await labelVersion(boardId, key, version, label);
      if (alive.current) setList((listed) => ({ ...listed, versions: listed.versions.map((v) => (v.version === version ? { ...v, label } : v)) }));
    },
    [boardId, key],
  );
  return { ...list, loading, error, refresh, loadOlder, rename };
}
