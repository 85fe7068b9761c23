import { useCallback, useEffect, useMemo, useState } from 'react';
import { ROOM_EVENTS, phaseRemainingMs, type DrillCommand, type EstimationAnswer, type EstimationAttempt, type InterviewCommand, type InterviewStateMessage, type Role } from '@scaleboard/protocol';
import type { BoardSession } from '../../sync/BoardSession';
import { interviewApi } from './interviewApi';

/** Most estimation attempts the owner's screen keeps (newest first); older ones fall off. */
export const MAX_SHOWN_ATTEMPTS = 20;

export interface InterviewView {
  state: InterviewStateMessage | null;
  /** Server clock minus this browser's clock, measured when the state arrived. */
  skewMs: number;
  /** This person's role on the board. */
  role: Role;
  send: (command: InterviewCommand) => void;
  /** The owner's: start or end a what-if drill. */
  sendDrill: (command: DrillCommand) => void;
  /** A candidate's answers to an estimation card: to the owner's screen only. */
  sendEstimation: (answer: EstimationAnswer) => void;
  /** The owner's only: estimation cards answered during this visit, newest first. */
  estimationAttempts: readonly EstimationAttempt[];
}

/**
 * The board's interview as the server says it is: every state the room broadcasts, and one
 * REST read at mount in case the socket's join-time state came before this hook listened.
 */
export function useInterview(session: BoardSession, role: Role): InterviewView {
  const [view, setView] = useState<{ state: InterviewStateMessage; skewMs: number } | null>(null);
  const [estimationAttempts, setAttempts] = useState<readonly EstimationAttempt[]>([]);
  useEffect(() => {
    const onAttempt = (attempt: EstimationAttempt) => setAttempts((before) => [attempt, ...before].slice(0, MAX_SHOWN_ATTEMPTS));
    session.socket.on(ROOM_EVENTS.estimationAttempt, onAttempt);
    return () => {
      session.socket.off(ROOM_EVENTS.estimationAttempt, onAttempt);
    };
  }, [session]);
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
  const sendDrill = useCallback((command: DrillCommand) => session.socket.emit(ROOM_EVENTS.drillCommand, command), [session]);
  const sendEstimation = useCallback((answer: EstimationAnswer) => session.socket.emit(ROOM_EVENTS.estimationAnswer, answer), [session]);
  // One value per change: the board screen shares it through a context.
  return useMemo(
    () => ({ state: view?.state ?? null, skewMs: view?.skewMs ?? 0, role, send, sendDrill, sendEstimation, estimationAttempts }),
    [view, role, send, sendDrill, sendEstimation, estimationAttempts],
  );
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
