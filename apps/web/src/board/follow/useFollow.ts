import { useReactFlow, useStore, useStoreApi } from '@xyflow/react';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { ROOM_EVENTS, type Member } from '@scaleboard/protocol';
import type { BoardSession } from '../../sync/BoardSession';
import { followStoreFor, type FollowState } from './followStore';
import { followViewport, readViewport } from './followViewport';
import { leaderToFollow } from './leaderToFollow';

/** Viewport changes go out at most this often; following looks smooth at ~20 updates a second. */
const PUBLISH_EVERY_MS = 50;

/** Finds the awareness state of a member (Socket.IO id), or of a bare awareness client id. */
function stateOf(session: BoardSession, member: string): Record<string, unknown> | null {
  for (const [clientId, state] of session.awareness.getStates()) {
    if (clientId === session.awareness.clientID) continue;
    const s = state as Record<string, unknown>;
    if (s.member === member || String(clientId) === member) return s;
  }
  return null;
}

/**
 * Follow mode, inside the flow provider: publishes this person's viewport (and Socket.IO id)
 * in awareness, mirrors the followed person's viewport, stops following as soon as this person
 * pans or zooms themselves, and obeys the owner's "follow me" (the owner as `roster` says).
 */
export function useFollow(session: BoardSession, roster: readonly Member[]): FollowState {
  const flow = useReactFlow();
  const store = followStoreFor(session.awareness);
  const state = useSyncExternalStore(store.subscribe, store.get);
  const flowStore = useStoreApi();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);

  // Who we are, so others can match the roster to our awareness state.
  useEffect(() => {
    const announce = () => session.awareness.setLocalStateField('member', session.socket.id ?? null);
    announce();
    session.socket.on('connect', announce);
    return () => {
      session.socket.off('connect', announce);
    };
  }, [session]);

  // Our viewport, throttled; the trailing call makes sure the final position goes out. Read from
  // xyflow's store in a subscription: a pan re-renders nothing here.
  useEffect(() => {
    let timer: number | undefined;
    let last = 0;
    const publish = () => {
      timer = undefined;
      last = Date.now();
      const { transform, width, height } = flowStore.getState();
      const [x, y, zoom] = transform;
      if (width && height) session.awareness.setLocalStateField('viewport', { x, y, zoom, width, height });
    };
    const schedule = () => {
      if (timer !== undefined) return;
      const wait = PUBLISH_EVERY_MS - (Date.now() - last);
      if (wait <= 0) publish();
      else timer = window.setTimeout(publish, wait);
    };
    schedule();
    const unsubscribe = flowStore.subscribe((next, previous) => {
      if (next.transform !== previous.transform || next.width !== previous.width || next.height !== previous.height) schedule();
    });
    return () => {
      unsubscribe();
      window.clearTimeout(timer);
    };
  }, [session, flowStore]);

  // Mirror the target's viewport whenever their awareness changes.
  useEffect(() => {
    const target = state.target;
    if (!target || !width || !height) return;
    const apply = () => {
      const viewport = readViewport(stateOf(session, target)?.viewport);
      if (viewport) void flow.setViewport(followViewport(viewport, width, height));
    };
    apply();
    session.awareness.on('change', apply);
    return () => session.awareness.off('change', apply);
  }, [session, flow, state.target, width, height]);

  // Panning or zooming by hand ends following (programmatic moves above do not fire these).
  useEffect(() => {
    if (!state.target) return;
    const pane = document.querySelector('.react-flow');
    if (!pane) return;
    const stop = () => store.follow(null);
    pane.addEventListener('pointerdown', stop, { capture: true });
    pane.addEventListener('wheel', stop, { capture: true, passive: true });
    return () => {
      pane.removeEventListener('pointerdown', stop, { capture: true });
      pane.removeEventListener('wheel', stop, { capture: true });
    };
  }, [store, state.target]);

  // The leader marks itself in awareness too, so people who join later find it.
  const leading = state.leader !== null && state.leader === session.socket.id;
  useEffect(() => {
    session.awareness.setLocalStateField('leading', leading);
  }, [session, leading]);

  // Joining while the owner leads: follow them, once (panning away afterwards is respected).
  // Decided once both everyone's presence and the roster have arrived, in whichever order.
  const joinChecked = useRef(false);
  useEffect(() => {
    const check = () => {
      if (joinChecked.current || session.awareness.getStates().size < 2 || roster.length < 2) return;
      joinChecked.current = true;
      const leader = leaderToFollow(session.awareness.getStates(), session.awareness.clientID, roster);
      if (!leader) return;
      store.setLeader(leader);
      store.follow(leader);
    };
    check();
    session.awareness.on('change', check);
    return () => session.awareness.off('change', check);
  }, [session, store, roster]);

  // The owner's "follow me" reaches everyone in the room, on every instance.
  useEffect(() => {
    const onLeader = (leader: { memberId: string } | null) => {
      const previous = store.get().leader;
      store.setLeader(leader?.memberId ?? null);
      if (leader && leader.memberId !== session.socket.id) store.follow(leader.memberId);
      if (!leader && previous && store.get().target === previous) store.follow(null);
    };
    session.socket.on(ROOM_EVENTS.followLeader, onLeader);
    return () => {
      session.socket.off(ROOM_EVENTS.followLeader, onLeader);
    };
  }, [session, store]);

  return state;
}
