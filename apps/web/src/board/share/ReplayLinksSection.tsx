import { Clapperboard, Trash2 } from 'lucide-react';
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateReplayLinkResponse, ReplayLinkInfo } from '@scaleboard/protocol';
import { createReplayLink, listReplayLinks, revokeReplayLink } from '../../api/ownerApi';
import { ConfirmButton } from './ConfirmButton';
import { CopyField } from './CopyField';

/**
 * The owner's replay links (docs/history.md#replay-links): tick "Include my notes", create one
 * (its link is shown once, to copy), see the board's links, revoke one.
 */
export function ReplayLinksSection({ boardId, ownerKey }: { boardId: string; ownerKey: string }) {
  const { t } = useTranslation();
  const notesId = useId();
  const [links, setLinks] = useState<ReplayLinkInfo[]>([]);
  const [includeNotes, setIncludeNotes] = useState(false);
  const [created, setCreated] = useState<CreateReplayLinkResponse | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fail = (failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure));

  const reload = useCallback(
    (signal?: AbortSignal) =>
      listReplayLinks(boardId, ownerKey, signal).then(setLinks, (failure: unknown) => {
        if (!signal?.aborted) fail(failure);
      }),
    [boardId, ownerKey],
  );
  useEffect(() => {
    const abort = new AbortController();
    void reload(abort.signal);
    return () => abort.abort();
  }, [reload]);

  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      setCreated(await createReplayLink(boardId, ownerKey, includeNotes));
      await reload();
    } catch (failure) {
      fail(failure);
    } finally {
      setBusy(false);
    }
  };
  const time = (iso: string) => new Date(iso).toLocaleString();

  return (
    <section className="replay-links" aria-labelledby={`${notesId}-title`}>
      <h3 id={`${notesId}-title`} className="replay-links-title">
        <Clapperboard size={15} aria-hidden />
        {t('replayLinks.title')}
      </h3>
      <p className="replay-links-hint">{t('replayLinks.hint')}</p>
      <div className="replay-links-create">
        <label htmlFor={notesId} className="replay-links-notes">
          <input id={notesId} type="checkbox" checked={includeNotes} onChange={(event) => setIncludeNotes(event.target.checked)} />
          {t('replayLinks.includeNotes')}
        </label>
        <button type="button" className="button button-secondary" onClick={() => void create()} disabled={busy}>
          {busy ? t('replayLinks.creating') : t('replayLinks.create')}
        </button>
      </div>
      {created ? <CopyField label={t('replayLinks.newLink')} hint={t('replayLinks.newLinkHint')} value={window.location.origin + created.path} kind="replay" /> : null}
      {error ? (
        <p className="form-error" role="alert">
          {t('replayLinks.failed', { message: error })}
        </p>
      ) : null}
      {links.length === 0 ? (
        <p className="replay-links-hint">{t('replayLinks.empty')}</p>
      ) : (
        <ul className="replay-links-list" aria-label={t('replayLinks.list')}>
          {links.map((link) => (
            <li key={link.id} className="replay-links-item">
              <span>
                {t('replayLinks.item', { time: time(link.createdAt) })} · {link.includeNotes ? t('replayLinks.withNotes') : t('replayLinks.withoutNotes')}
              </span>
              <ConfirmButton
                danger
                label={t('replayLinks.revoke', { time: time(link.createdAt) })}
                title={t('replayLinks.revokeTitle')}
                description={t('replayLinks.revokeDescription')}
                confirmLabel={t('replayLinks.revokeConfirm')}
                onConfirm={async () => {
                  await revokeReplayLink(boardId, ownerKey, link.id);
                  if (created?.id === link.id) setCreated(null);
                  await reload();
                }}
              >
                <Trash2 size={14} aria-hidden />
                {t('replayLinks.revokeShort')}
              </ConfirmButton>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
