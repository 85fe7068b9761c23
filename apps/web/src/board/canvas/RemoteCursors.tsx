import { useViewport } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { RemotePeer } from '../../sync/awarenessState';

/** Everyone else's pointer with their name, drawn in screen space so it never scales with zoom. */
export function RemoteCursors({ peers }: { peers: RemotePeer[] }) {
  const { t } = useTranslation();
  const { x, y, zoom } = useViewport();
  return (
    <div className="remote-cursors" aria-live="off">
      {peers.map((peer) =>
        peer.cursor ? (
          <div
            key={peer.clientId}
            className="remote-cursor"
            role="img"
            aria-label={t('presence.cursor', { name: peer.user.name })}
            style={{ transform: `translate(${peer.cursor.x * zoom + x}px, ${peer.cursor.y * zoom + y}px)`, color: peer.user.color }}
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
