import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Profile } from '../profile/profileStore';
import { BoardSession, type SessionAccess, type SessionState } from './BoardSession';

const idle: SessionState = { status: 'connecting', synced: false, roster: [], error: null, pendingEdits: 0 };
const noop = () => () => undefined;

/**
 * Opens a board session for the lifetime of the component; closes it on unmount. It opens as
 * soon as there is a key — without waiting for what the key allows (`access`, from
 * `GET /api/boards/:id`), nor for a new person's name (`profile`, given to the session when
 * known): the board arrives meanwhile. `access` reaches the session when known;
 * `refused` (the server said no to the key, or the board is gone) closes it.
 */
export function useBoardSession(
  boardId: string,
  key: string | null,
  profile: Profile | null,
  access: SessionAccess | null,
  refused: boolean,
): { session: BoardSession | null; state: SessionState } {
  const [session, setSession] = useState<BoardSession | null>(null);
  const ready = key !== null && !refused;
  useEffect(() => {
    if (!ready || !key) return;
    const opened = new BoardSession(boardId, key, profile);
    setSession(opened);
    return () => {
      opened.destroy();
      setSession(null);
    };
    // The profile can come or change while the board is open; that is an update, not a new session.
  }, [boardId, key, ready]);
  useEffect(() => {
    if (session && access) session.setAccess(access);
  }, [session, access]);
  useEffect(() => {
    if (session && profile) session.updateProfile(profile);
  }, [session, profile]);
  const state = useSyncExternalStore(session?.subscribe ?? noop, session?.getState ?? (() => idle));
  return { session, state };
}
