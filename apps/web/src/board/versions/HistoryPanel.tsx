import { Clapperboard, List, RefreshCw, X } from 'lucide-react';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { restoreBoard } from '@scaleboard/board';
import type { BoardSession } from '../../sync/BoardSession';
import { useThemeContext } from '../../theme/ThemeContext';
import { IconButton } from '../../ui/IconButton';
import { PanelBoundary } from '../../ui/PanelBoundary';
import { useAnalysis } from '../analysis/AnalysisContext';
import { ReplayPlayer } from './ReplayPlayer';
import { useHistoryList } from './useHistoryList';
import { useVersionPreview } from './useVersionPreview';
import { VersionDetails } from './VersionDetails';
import { VersionList } from './VersionList';
import { VersionOverlay } from './VersionOverlay';
import '../../styles/history.css';

/** How long the list waits after an edit before it asks for the new versions: one request per burst of edits. */
const REFRESH_AFTER_EDIT_MS = 2000;

interface HistoryPanelProps {
  session: BoardSession;
  boardKey: string;
  /** An edit or owner key: may name and restore versions. */
  canEdit: boolean;
  /** The owner key: the replay shows the private notes as they were. */
  owner: boolean;
  onClose: () => void;
}

/**
 * The board's history: versions grouped by session of work; selecting one shows it read-only over
 * the canvas with its findings and estimate then and what changed since; an editor can name it
 * or restore it (one edit for everyone, one step of this person's undo). Replay plays the versions
 * over the canvas instead (ReplayPlayer). Escape goes back to the live board, then closes the panel.
 */
export function HistoryPanel({ session, boardKey, canEdit, owner, onClose }: HistoryPanelProps) {
  const { t } = useTranslation();
  const { theme } = useThemeContext();
  const live = useAnalysis().analysis.board;
  const list = useHistoryList(session.boardId, boardKey);
  const [selected, setSelected] = useState<number | null>(null);
  const [restored, setRestored] = useState<number | null>(null);
  // The replay shows its own current version; the list its selected one.
  const [replaying, setReplaying] = useState(false);
  const [replayed, setReplayed] = useState<number | null>(null);
  const preview = useVersionPreview(session.boardId, boardKey, replaying ? replayed : selected);
  const heading = useRef<HTMLHeadingElement>(null);
  const { refresh } = list;

  // Focus moves into the panel when it opens and back to where it came from (the History button) when it closes.
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    heading.current?.focus();
    return () => opener?.focus();
  }, []);

  // Every edit, anyone's, is a version: list it soon after, once per burst.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdate = () => {
      timer ??= setTimeout(() => {
        timer = undefined;
        refresh();
      }, REFRESH_AFTER_EDIT_MS);
    };
    session.doc.on('update', onUpdate);
    return () => {
      session.doc.off('update', onUpdate);
      clearTimeout(timer);
    };
  }, [session.doc, refresh]);

  const select = (version: number) => {
    setRestored(null);
    setSelected(version);
  };
  const restore = () => {
    if (preview.state !== 'ready') return;
    restoreBoard(session.doc, preview.board, session.origin);
    setSelected(null);
    setRestored(preview.version);
  };
  const showList = useCallback(() => {
    setReplaying(false);
    setReplayed(null);
  }, []);
  const backToLive = () => (replaying ? showList() : setSelected(null));
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    if (replaying) showList();
    else if (selected === null) onClose();
    else setSelected(null);
  };

  return (
    <>
      {preview.state === 'idle' ? null : <VersionOverlay preview={preview} live={live} theme={theme} onBack={backToLive} />}
      <section className="history-panel" aria-labelledby="history-title" onKeyDown={onKeyDown}>
        <div className="history-head">
          <h2 id="history-title" className="history-title" ref={heading} tabIndex={-1}>
            {t('versions.title')}
          </h2>
          <IconButton label={t('versions.refresh')} tooltipSide="left" onClick={refresh} disabled={list.loading}>
            <RefreshCw />
          </IconButton>
          <IconButton label={t('versions.close')} tooltipSide="left" onClick={onClose}>
            <X />
          </IconButton>
        </div>
        <div className="history-body">
          <button
            type="button"
            className="button button-secondary history-mode"
            onClick={() => (replaying ? showList() : setReplaying(true))}
          >
            {replaying ? <List size={15} aria-hidden /> : <Clapperboard size={15} aria-hidden />}
            {replaying ? t('versions.replay.list') : t('versions.replay.open')}
          </button>
          {replaying ? (
            <ReplayPlayer boardId={session.boardId} boardKey={boardKey} notes={owner} frameShown={preview.state !== 'loading'} onShow={setReplayed} />
          ) : (
            <>
              <p className="history-hint">{t('versions.description')}</p>
              {restored === null ? null : (
                <p className="history-status" role="status">
                  {t('versions.restored', { version: restored })}
                </p>
              )}
              {preview.state === 'ready' ? (
                <PanelBoundary area="panel">
                  <VersionDetails version={preview.version} board={preview.board} live={live} {...(canEdit ? { onRestore: restore } : {})} />
                </PanelBoundary>
              ) : null}
              <VersionList versions={list.versions} selected={selected} onSelect={select} {...(canEdit ? { onRename: list.rename } : {})} />
              {list.error ? (
                <div className="history-error" role="alert">
                  <p className="form-error">{t('versions.loadFailed', { message: list.error })}</p>
                  <button type="button" className="button button-secondary" onClick={refresh}>
                    {t('versions.retry')}
                  </button>
                </div>
              ) : null}
              {list.loading ? <p className="history-hint">{t('versions.loading')}</p> : null}
              {!list.loading && !list.error && list.versions.length === 0 ? <p className="history-hint">{t('versions.empty')}</p> : null}
              {list.next !== null ? (
                <button type="button" className="button button-secondary history-older" onClick={list.loadOlder} disabled={list.loading}>
                  {t('versions.loadOlder')}
                </button>
              ) : null}
            </>
          )}
        </div>
      </section>
    </>
  );
}
