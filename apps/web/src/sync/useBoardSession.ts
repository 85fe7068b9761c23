import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Profile } from '../profile/profileStore';
import { BoardSession, type SessionAccess, type SessionState } from './BoardSession';

const idle: SessionState = { status: 'connecting', synced: false, roster: [], error: null, pendingEdits: 0 };
const noop = () => () => undefined;

/** Opens a board session for the lifetime of the component; closes it on unmount. */
export function useBoardSession(
  boardId: string,
  key: string | null,
  profile: Profile | null,
  access: SessionAccess | null,
): { session: BoardSession | null; state: SessionState } {
  const [session, setSession] = useState<BoardSession | null>(null);
  const ready = key !== null && profile !== null && access !== null;
  useEffect(() => {
    if (!ready || !key || !profile || !access) return;
    const opened = new BoardSession(boardId, key, profile, access);
    setSession(opened);
    return () => {
      opened.destroy();
      setSession(null);
    };
    // The profile can change while the board is open; that is an update, not a new session.
  }, [boardId, key, ready]);
  useEffect(() => {
    if (session && profile) session.updateProfile(profile);
  }, [session, profile]);
  const state = useSyncExternalStore(session?.subscribe ?? noop, session?.getState ?? (() => idle));
  return { session, state };
}
