import { useCallback, useEffect, useState } from 'react';
import { ROOM_EVENTS, phaseRemainingMs, type InterviewCommand, type InterviewStateMessage } from '@scaleboard/protocol';
import type { BoardSession } from '../../sync/BoardSession';
import { interviewApi } from './interviewApi';

export interface InterviewView {
  state: InterviewStateMessage | null;
  /** Server clock minus this browser's clock, measured when the state arrived. */
  skewMs: number;
  send: (command: InterviewCommand) => void;
}

/**
 * The board's interview as the server says it is: every state the room broadcasts, and one
 * REST read at mount in case the socket's join-time state came before this hook listened.
 */
export function useInterview(session: BoardSession): InterviewView {
  const [view, setView] = useState<{ state: InterviewStateMessage; skewMs: number } | null>(null);
  useEffect(() => {
    let live = false;
    const accept = (state: InterviewStateMessage) => setView({ state, skewMs: state.serverNow - Date.now() });
    const onLive = (state: InterviewStateMessage) => {
      live = true;
      accept(state);
    };
    session.socket.on(ROOM_EVENTS.interviewState, onLive);
    interviewApi.state(session.boardId, session.key).then(
      (state) => {
        // A broadcast is always at least as new as this read; never let the read overwrite one.
        if (!live) accept(state);
      },
      () => undefined,
    );
    return () => {
      session.socket.off(ROOM_EVENTS.interviewState, onLive);
    };
  }, [session]);
  const send = useCallback((command: InterviewCommand) => session.socket.emit(ROOM_EVENTS.interviewCommand, command), [session]);
  return { state: view?.state ?? null, skewMs: view?.skewMs ?? 0, send };
}

/** Milliseconds left in the current phase, re-rendered four times a second while running. */
export function useRemainingMs(state: InterviewStateMessage | null, skewMs: number): number {
  const running = state?.status === 'running';
  const [, tick] = useState(0);
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => tick((n) => n + 1), 250);
    return () => window.clearInterval(timer);
  }, [running]);
  return state ? phaseRemainingMs(state, Date.now() + skewMs) : 0;
}
