import { useStoreApi } from '@xyflow/react';
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RemotePeer } from '../../sync/awarenessState';
import { glideDone, glidePosition, glideTo, type Glide } from '../presence/glide';

/**
 * Everyone else's pointer with their name, drawn in screen space so it never scales with zoom.
 * Peers send their pointer 20 times a second (useCursorBroadcast); each cursor glides from where it
 * is shown to the newest position (glide.ts). The positions are written straight to the cursors'
 * styles on animation frames, and only while a cursor moves or the view does: the work of a frame
 * is one style per remote cursor, whatever the size of the board.
 */
export function RemoteCursors({ peers }: { peers: RemotePeer[] }) {
  const { t } = useTranslation();
  const store = useStoreApi();
  const elements = useRef(new Map<number, HTMLDivElement>());
  const glides = useRef(new Map<number, Glide>());
  const frame = useRef(0);

  /** Places every cursor where its glide is now; true while any is still on its way. */
  const paint = useCallback(() => {
    const [x, y, zoom] = store.getState().transform;
    const now = performance.now();
    let moving = false;
    for (const [clientId, glide] of glides.current) {
      const element = elements.current.get(clientId);
      if (!element) continue;
      const at = glidePosition(glide, now);
      element.style.transform = `translate(${at.x * zoom + x}px, ${at.y * zoom + y}px)`;
      if (!glideDone(glide, now)) moving = true;
    }
    return moving;
  }, [store]);

  const animate = useCallback(() => {
    if (frame.current) return;
    const step = () => {
      frame.current = paint() ? requestAnimationFrame(step) : 0;
    };
    frame.current = requestAnimationFrame(step);
  }, [paint]);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  // A new position from a peer: glide there. Before the browser paints, so a new cursor never shows at 0, 0.
  useLayoutEffect(() => {
    const now = performance.now();
    const present = new Set<number>();
    for (const peer of peers) {
      if (!peer.cursor) continue;
      present.add(peer.clientId);
      const glide = glides.current.get(peer.clientId);
      if (glide && glide.to.x === peer.cursor.x && glide.to.y === peer.cursor.y) continue;
      glides.current.set(peer.clientId, glideTo(glide, peer.cursor, now));
    }
    // A pointer that left the canvas comes back where it is, not gliding from where it left.
    for (const clientId of glides.current.keys()) if (!present.has(clientId)) glides.current.delete(clientId);
    if (paint()) animate();
  }, [peers, paint, animate]);

  // The view moved (pan, zoom, follow): the cursors move with the board.
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.transform !== previous.transform) paint();
      }),
    [store, paint],
  );

  return (
    <div className="remote-cursors" aria-live="off">
      {peers.map((peer) =>
        peer.cursor ? (
          <div
            key={peer.clientId}
            ref={(element) => {
              if (!element) return;
              elements.current.set(peer.clientId, element);
              return () => void elements.current.delete(peer.clientId);
            }}
            className="remote-cursor"
            role="img"
            aria-label={t('presence.cursor', { name: peer.user.name })}
            style={{ color: peer.user.color }}
          >
            <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden>
              <path d="M2 1.5 16 8.2l-6.1 1.6L7 16 2 1.5Z" fill="currentColor" stroke="white" strokeWidth="1.4" strokeLinejoin="round" />
            </svg>
            <span className="remote-cursor-name" style={{ background: peer.user.color }} aria-hidden>
              {peer.user.name}
            </span>
          </div>
        ) : null,
      )}
    </div>
  );
}
