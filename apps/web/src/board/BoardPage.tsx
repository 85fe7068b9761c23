import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canEdit } from '@scaleboard/protocol';
import { NameDialog } from '../profile/NameDialog';
import { PROFILE_COLORS, type Profile } from '../profile/profileStore';
import { useProfile } from '../profile/useProfile';
import { keyFromHash } from '../router/route';
import { useBoardSession } from '../sync/useBoardSession';
import { BoardScreen } from './BoardScreen';
import { PanelBoundary } from '../ui/PanelBoundary';
import { BoardMessage } from './BoardMessage';
import { useBoardAccess } from './useBoardAccess';

/** Who a new person is until they give their name (the name dialog covers the board until then). */
const unnamed: Profile = { name: '', color: PROFILE_COLORS[0] };

/** `/b/:id#key=…`: checks the key and opens the live board; asks a new person's name over it, once. */
export function BoardPage({ boardId }: { boardId: string }) {
  const { t } = useTranslation();
  const [key] = useState(() => keyFromHash(window.location.hash));
  const { profile, setName } = useProfile();
  const access = useBoardAccess(boardId, key);
  const ready = access.state === 'ready' ? access : null;
  const role = ready?.role ?? null;
  const title = ready?.title ?? '';
  const sessionAccess = useMemo(() => (role ? { role, title, canEdit: canEdit(role) } : null), [role, title]);
  // Opened alongside the key check, not after it: the board travels while the role is asked.
  const { session, state } = useBoardSession(boardId, key, profile, sessionAccess, access.state === 'error');

  if (access.state === 'error') {
    const message =
      access.reason === 'no-key' ? t('board.noKey') : access.reason === 'not-found' ? t('board.notFound') : t('board.loadFailed', { message: access.message ?? '' });
    return <BoardMessage message={message} />;
  }
  if (state.error) return <BoardMessage message={state.error === 'closed' ? t('board.notFound') : t(`errors.${state.error}`)} reload={state.error === 'edit-refused'} />;
  const screen =
    !ready || !session || !key ? (
      profile ? (
        <BoardMessage message={t('board.loading')} busy />
      ) : null
    ) : (
      // The last line before a white page: a failure the canvas and panel boundaries did not catch.
      <PanelBoundary area="board">
        <BoardScreen
          session={session}
          sessionState={state}
          role={ready.role}
          readOnly={!canEdit(ready.role)}
          boardKey={key}
          profile={profile ?? unnamed}
          onRename={setName}
        />
      </PanelBoundary>
    );
  return (
    <>
      {screen}
      {/* A new person is asked their name over the board, which opens meanwhile. Always the
          second child: the board arriving must not remount it (and clear a half-typed name). */}
      {profile ? null : <NameDialog open onSave={setName} />}
    </>
  );
}
