import { Dialog } from 'radix-ui';
import { DialogPanel } from '../../ui/DialogPanel';
import { Share2 } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@scaleboard/protocol';
import { findRecentBoard } from '../../landing/recentBoards';
import { CopyField } from './CopyField';
import { DeleteBoardButton, RotateLinkButton } from './OwnerActions';
import { ReplayLinksSection } from './ReplayLinksSection';
import { shareLinks } from './shareLinks';

/** Share: copy the edit link or the view link (what this holder has); the owner also sees the owner link, with a warning. */
export function ShareDialog({ boardId, boardKey, role }: { boardId: string; boardKey: string; role: Role }) {
  const { t } = useTranslation();
  // The keys this browser knows; re-read after a rotation stores the new one.
  const [keys, setKeys] = useState(() => findRecentBoard(boardId)?.keys);
  const links = useMemo(() => shareLinks(window.location.origin, boardId, boardKey, role, keys), [boardId, boardKey, role, keys]);
  const canRotate = role === 'owner' && keys?.owner === boardKey;
  return (
    <Dialog.Root>
      <Dialog.Trigger className="button button-primary share-button">
        <Share2 size={15} aria-hidden />
        {t('share.open')}
      </Dialog.Trigger>
      <DialogPanel title={t('share.title')} closeLabel={t('share.close')} description={t('share.description')} className="dialog-wide">
        <div className="share-links">
          {links.map(({ kind, url }) => (
            <div key={kind} className="share-link-row">
              <CopyField label={t(`share.${kind}`)} hint={t(`share.${kind}Hint`)} value={url} kind={kind} warning={kind === 'owner' ? t('share.ownerWarning') : undefined} />
              {canRotate && keys && kind !== 'owner' ? (
                <RotateLinkButton boardId={boardId} keys={keys} kind={kind} onRotated={() => setKeys(findRecentBoard(boardId)?.keys)} />
              ) : null}
            </div>
          ))}
        </div>
        {role === 'owner' ? <ReplayLinksSection boardId={boardId} ownerKey={boardKey} /> : null}
        {role === 'owner' ? (
          <div className="owner-actions">
            <p className="owner-actions-title">{t('ownerActions.dangerZone')}</p>
            <DeleteBoardButton boardId={boardId} ownerKey={boardKey} />
          </div>
        ) : null}
        {links.length === 1 ? <p className="dialog-footnote">{t('share.onlyOwn')}</p> : null}
      </DialogPanel>
    </Dialog.Root>
  );
}
