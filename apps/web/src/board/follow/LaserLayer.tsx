import { useReactFlow, useStore } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { BoardSession } from '../../sync/BoardSession';
import { glideDone, glidePosition, glideTo, type Glide } from '../presence/glide';
import { POINTER_SEND_INTERVAL_MS, toWire } from '../presence/pointerWire';
import { throttleLatest } from '../presence/throttleLatest';
import { followStoreFor } from './followStore';

/** The transform read while no stroke shows (and none is drawn). */
const NO_TRANSFORM = [0, 0, 1] as const;
/** How long a laser stroke stays visible while it fades. */
const FADE_MS = 1400;

interface Point {
  x: number;
  y: number;
  t: number;
}

interface Trail {
  color: string;
  points: Point[];
}

function trailOf(trails: Map<number, Trail>, id: number, color: string): Trail {
  let trail = trails.get(id);
  if (!trail) trails.set(id, (trail = { color, points: [] }));
  return trail;
}

/**
 * The fading laser pointer: with the laser on, this person's pointer over the canvas goes out
 * in awareness (`laser: { x, y }` in board coordinates, off the grid, the newest at most every
 * POINTER_SEND_INTERVAL_MS); every browser draws each pointer's recent path, a received one gliding
 * from point to point (glide.ts), fading out by local arrival time so clocks of different machines
 * never matter. Frames are drawn only while a stroke is visible; each trail holds at most a
 * frame's point per frame of FADE_MS.
 */
export function LaserLayer({ session, color }: { session: BoardSession; color: string }) {
  const flow = useReactFlow();
  const store = followStoreFor(session.awareness);
  const { laser } = useSyncExternalStore(store.subscribe, store.get);
  const trails = useRef(new Map<number, Trail>());
  // The viewport only while a stroke shows: otherwise a pan would render this layer on every frame for nothing.
  const [x, y, zoom] = useStore((s) => (trails.current.size ? s.transform : NO_TRANSFORM));
  /** Everyone else's laser, gliding to the newest point they sent. */
  const glides = useRef(new Map<number, Glide>());
  const frame = useRef(0);
  const [, redraw] = useState(0);

  /** One frame: the gliding lasers advance, old points fade out; runs again while anything shows. */
  const tick = useCallback(() => {
    frame.current = 0;
    const now = performance.now();
    let moving = false;
    for (const [id, glide] of glides.current) {
      const trail = trails.current.get(id);
      if (!trail) continue;
      const at = glidePosition(glide, now);
      const last = trail.points.at(-1);
      if (!last || last.x !== at.x || last.y !== at.y) trail.points.push({ ...at, t: now });
      if (!glideDone(glide, now)) moving = true;
    }
    for (const [id, trail] of trails.current) {
      trail.points = trail.points.filter((p) => now - p.t < FADE_MS);
      if (!trail.points.length) trails.current.delete(id);
    }
    redraw((n) => n + 1);
    if (moving || trails.current.size) frame.current = requestAnimationFrame(tick);
  }, []);
  const wake = useCallback(() => {
    if (!frame.current) frame.current = requestAnimationFrame(tick);
  }, [tick]);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  // Our own pointer, while the laser is on.
  useEffect(() => {
    const pane = document.querySelector<HTMLElement>('.react-flow');
    if (!laser || !pane) return;
    const publish = throttleLatest(POINTER_SEND_INTERVAL_MS, (point: { x: number; y: number }) => session.awareness.setLocalStateField('laser', point));
    const move = (event: PointerEvent) => {
      const point = toWire(flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }, { snapToGrid: false }));
      trailOf(trails.current, session.awareness.clientID, color).points.push({ ...point, t: performance.now() });
      publish.push(point);
      wake();
    };
    pane.addEventListener('pointermove', move);
    pane.classList.add('laser-on');
    return () => {
      pane.removeEventListener('pointermove', move);
      pane.classList.remove('laser-on');
      publish.cancel();
      session.awareness.setLocalStateField('laser', null);
    };
  }, [laser, flow, session, color, wake]);

  // Everyone else's laser points, as they arrive.
  useEffect(() => {
    const onChange = () => {
      const now = performance.now();
      for (const [clientId, raw] of session.awareness.getStates()) {
        if (clientId === session.awareness.clientID) continue;
        const state = raw as { laser?: { x?: unknown; y?: unknown } | null; user?: { color?: unknown } };
        const point = state.laser;
        if (!point || typeof point.x !== 'number' || typeof point.y !== 'number' || !Number.isFinite(point.x) || !Number.isFinite(point.y)) {
          // Laser off: the stroke fades where it is; turned on again, it starts where it is.
          glides.current.delete(clientId);
          continue;
        }
        const glide = glides.current.get(clientId);
        if (glide && glide.to.x === point.x && glide.to.y === point.y) continue;
        trailOf(trails.current, clientId, typeof state.user?.color === 'string' ? state.user.color : '#e03131');
        glides.current.set(clientId, glideTo(glide, { x: point.x, y: point.y }, now));
        wake();
      }
    };
    session.awareness.on('change', onChange);
    return () => session.awareness.off('change', onChange);
  }, [session, wake]);

  if (!trails.current.size) return null;
  const now = performance.now();
  const screen = (p: Point) => [p.x * zoom + x, p.y * zoom + y] as const;
  return (
    <svg className="laser-layer" aria-hidden>
      {[...trails.current].map(([id, trail]) => {
        const head = trail.points.at(-1);
        if (!head) return null;
        const [hx, hy] = screen(head);
        return (
          <g key={id} stroke={trail.color} fill={trail.color}>
            {trail.points.slice(1).map((p, i) => {
              const [x1, y1] = screen(trail.points[i]!);
              const [x2, y2] = screen(p);
              const life = Math.max(0, 1 - (now - p.t) / FADE_MS);
              return <line key={p.t} x1={x1} y1={y1} x2={x2} y2={y2} strokeWidth={2 + 4 * life} strokeLinecap="round" opacity={life} />;
            })}
            <circle cx={hx} cy={hy} r={5} opacity={Math.max(0, 1 - (now - head.t) / FADE_MS)} />
          </g>
        );
      })}
    </svg>
  );
}
