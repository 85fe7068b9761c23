import { useTranslation } from 'react-i18next';
import type { SessionState } from '../../sync/BoardSession';

/**
 * A dot that says whether edits are flowing: live, connecting, or offline — and, while not live,
 * how many of this person's edits wait in this browser for the server.
 */
export function ConnectionBadge({ state }: { state: SessionState }) {
  const { t } = useTranslation();
  const status = state.status === 'connected' && !state.synced ? 'connecting' : state.status;
  const kept = status !== 'connected' && state.pendingEdits > 0;
  const text = kept ? t('board.status.kept', { count: state.pendingEdits }) : t(`board.status.${status}`);
  return (
    <span className={`connection connection-${kept ? 'disconnected' : status}`} role="status" aria-label={text} title={text}>
      <span className="connection-dot" aria-hidden />
      <span className="connection-text">{text}</span>
    </span>
  );
}
