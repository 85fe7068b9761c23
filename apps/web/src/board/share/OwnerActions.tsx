import './ownerActions.css';
import { RefreshCw, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { BoardKeys, RotatableKeyKind } from '@scaleboard/protocol';
import { deleteBoard, rotateKey } from '../../api/ownerApi';
import { findRecentBoard, forgetBoard, rememberBoard } from '../../landing/recentBoards';
import { ConfirmButton } from './ConfirmButton';

/** "Rotate" for one link: a new key replaces it; whoever holds the old link is cut off. */
export function RotateLinkButton({ boardId, keys, kind, onRotated }: { boardId: string; keys: BoardKeys; kind: RotatableKeyKind; onRotated: () => void }) {
  const { t } = useTranslation();
  const link = t(`share.${kind}`);
  return (
    <ConfirmButton
      label={t('ownerActions.rotate', { link: link.toLowerCase() })}
      title={t('ownerActions.rotateTitle', { link: link.toLowerCase() })}
      description={t('ownerActions.rotateDescription')}
      confirmLabel={t('ownerActions.rotateConfirm')}
      onConfirm={async () => {
        const { key } = await rotateKey(boardId, keys.owner, kind);
        const recent = findRecentBoard(boardId);
        // The new link lives where the old one did: in this browser's list of boards.
        rememberBoard({ id: boardId, title: recent?.title ?? '', key: keys.owner, keys: { ...keys, [kind]: key } });
        onRotated();
      }}
    >
      <RefreshCw size={14} aria-hidden />
      {t('ownerActions.rotateShort')}
    </ConfirmButton>
  );
}

/** "Delete board": gone for everyone, on every link; this browser forgets it and goes home. */
export function DeleteBoardButton({ boardId, ownerKey }: { boardId: string; ownerKey: string }) {
  const { t } = useTranslation();
  return (
    <ConfirmButton
      danger
      label={t('ownerActions.delete')}
      title={t('ownerActions.deleteTitle')}
      description={t('ownerActions.deleteDescription')}
      confirmLabel={t('ownerActions.deleteConfirm')}
      onConfirm={async () => {
        await deleteBoard(boardId, ownerKey);
        forgetBoard(boardId);
        window.location.assign('/');
      }}
    >
      <Trash2 size={14} aria-hidden />
      {t('ownerActions.delete')}
    </ConfirmButton>
  );
}
