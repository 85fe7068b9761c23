import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canEdit } from '@scaleboard/protocol';
import { NameDialog } from '../profile/NameDialog';
import { useProfile } from '../profile/useProfile';
import { keyFromHash } from '../router/route';
import { useBoardSession } from '../sync/useBoardSession';
import { BoardScreen } from './BoardScreen';
import { PanelBoundary } from '../ui/PanelBoundary';
import { BoardMessage } from './BoardMessage';
import { useBoardAccess } from './useBoardAccess';

/** `/b/:id#key=…`: checks the key, asks for a name once, then opens the live board. */
export function BoardPage({ boardId }: { boardId: string }) {
  const { t } = useTranslation();
  const [key] = useState(() => keyFromHash(window.location.hash));
  const { profile, setName } = useProfile();
  const access = useBoardAccess(boardId, key);
  const ready = access.state === 'ready' ? access : null;
  const role = ready?.role ?? null;
  const title = ready?.title ?? '';
  const sessionAccess = useMemo(() => (role ? { role, title, canEdit: canEdit(role) } : null), [role, title]);
  const { session, state } = useBoardSession(boardId, ready ? key : null, profile, sessionAccess);

  if (access.state === 'error') {
    const message =
      access.reason === 'no-key' ? t('board.noKey') : access.reason === 'not-found' ? t('board.notFound') : t('board.loadFailed', { message: access.message ?? '' });
    return <BoardMessage message={message} />;
  }
  if (state.error) return <BoardMessage message={state.error === 'closed' ? t('board.notFound') : t(`errors.${state.error}`)} reload={state.error === 'edit-refused'} />;
  if (!profile) return <NameDialog open onSave={setName} />;
  if (!ready || !session || !key) return <BoardMessage message={t('board.loading')} busy />;
  return (
    // The last line before a white page: a failure the canvas and panel boundaries did not catch.
    <PanelBoundary area="board">
      <BoardScreen
        session={session}
        sessionState={state}
        role={ready.role}
        readOnly={!canEdit(ready.role)}
        boardKey={key}
        profile={profile}
        onRename={setName}
      />
    </PanelBoundary>
  );
}
