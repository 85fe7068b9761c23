import { useTranslation } from 'react-i18next';
import type { SessionState } from '../../sync/BoardSession';

/** A dot that says whether edits are flowing: live, connecting, or offline. */
export function ConnectionBadge({ state }: { state: SessionState }) {
  const { t } = useTranslation();
  const status = state.status === 'connected' && !state.synced ? 'connecting' : state.status;
  return (
    <span className={`connection connection-${status}`} role="status" aria-label={t(`board.status.${status}`)} title={t(`board.status.${status}`)}>
      <span className="connection-dot" aria-hidden />
      <span className="connection-text">{t(`board.status.${status}`)}</span>
    </span>
  );
}
