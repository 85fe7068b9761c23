import { useReactFlow, useStore } from '@xyflow/react';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { BoardSession } from '../../sync/BoardSession';
import { followStoreFor } from './followStore';

/** How long a laser stroke stays visible while it fades. */
const FADE_MS = 1400;
const PUBLISH_EVERY_MS = 30;

interface Point {
  x: number;
  y: number;
  t: number;
}

interface Trail {
  color: string;
  points: Point[];
}

/**
 * The fading laser pointer: with the laser on, this person's pointer over the canvas goes out
 * in awareness (`laser: { x, y }` in board coordinates); every browser draws each pointer's
 * recent path, fading out by local arrival time so clocks of different machines never matter.
 */
export function LaserLayer({ session, color }: { session: BoardSession; color: string }) {
  const flow = useReactFlow();
  const store = followStoreFor(session.awareness);
  const { laser } = useSyncExternalStore(store.subscribe, store.get);
  const [x, y, zoom] = useStore((s) => s.transform);
  const trails = useRef(new Map<number, Trail>());
  const [, redraw] = useState(0);
  const sent = useRef(0);

  const push = (id: number, trailColor: string, point: { x: number; y: number }) => {
    const trail = trails.current.get(id) ?? { color: trailColor, points: [] };
    trail.points.push({ ...point, t: performance.now() });
    trails.current.set(id, trail);
    redraw((n) => n + 1);
  };

  // Our own pointer, while the laser is on.
  useEffect(() => {
    const pane = document.querySelector<HTMLElement>('.react-flow');
    if (!laser || !pane) return;
    const move = (event: PointerEvent) => {
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      push(session.awareness.clientID, color, point);
      if (performance.now() - sent.current >= PUBLISH_EVERY_MS) {
        sent.current = performance.now();
        session.awareness.setLocalStateField('laser', point);
      }
    };
    pane.addEventListener('pointermove', move);
    pane.classList.add('laser-on');
    return () => {
      pane.removeEventListener('pointermove', move);
      pane.classList.remove('laser-on');
      session.awareness.setLocalStateField('laser', null);
    };
  }, [laser, flow, session, color]);

  // Everyone else's laser points, as they arrive.
  useEffect(() => {
    const seen = new Map<number, string>();
    const onChange = () => {
      for (const [clientId, raw] of session.awareness.getStates()) {
        if (clientId === session.awareness.clientID) continue;
        const state = raw as { laser?: { x?: unknown; y?: unknown } | null; user?: { color?: unknown } };
        const point = state.laser;
        if (!point || typeof point.x !== 'number' || typeof point.y !== 'number') continue;
        const key = `${point.x},${point.y}`;
        if (seen.get(clientId) === key) continue;
        seen.set(clientId, key);
        push(clientId, typeof state.user?.color === 'string' ? state.user.color : '#e03131', { x: point.x, y: point.y });
      }
    };
    session.awareness.on('change', onChange);
    return () => session.awareness.off('change', onChange);
  }, [session]);

  // Fade: redraw every frame while any stroke is still visible.
  const now = performance.now();
  let visible = false;
  for (const [id, trail] of trails.current) {
    trail.points = trail.points.filter((p) => now - p.t < FADE_MS);
    if (trail.points.length) visible = true;
    else trails.current.delete(id);
  }
  useEffect(() => {
    if (!visible) return;
    const frame = requestAnimationFrame(() => redraw((n) => n + 1));
    return () => cancelAnimationFrame(frame);
  });

  if (!visible) return null;
  const screen = (p: Point) => [p.x * zoom + x, p.y * zoom + y] as const;
  return (
    <svg className="laser-layer" aria-hidden>
      {[...trails.current].map(([id, trail]) => (
        <g key={id} stroke={trail.color} fill={trail.color}>
          {trail.points.slice(1).map((p, i) => {
            const [x1, y1] = screen(trail.points[i]!);
            const [x2, y2] = screen(p);
            const life = 1 - (now - p.t) / FADE_MS;
            return <line key={p.t} x1={x1} y1={y1} x2={x2} y2={y2} strokeWidth={2 + 4 * life} strokeLinecap="round" opacity={life} />;
          })}
          {(() => {
            const head = trail.points.at(-1)!;
            const [hx, hy] = screen(head);
            return <circle cx={hx} cy={hy} r={5} opacity={1 - (now - head.t) / FADE_MS} />;
          })()}
        </g>
      ))}
    </svg>
  );
}
