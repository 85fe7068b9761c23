import { Clapperboard } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BoardMessage } from '../board/BoardMessage';
import { ReplayPlayer } from '../board/versions/ReplayPlayer';
import { useVersionPreview } from '../board/versions/useVersionPreview';
import { VersionOverlay } from '../board/versions/VersionOverlay';
import { findRecentBoard } from '../landing/recentBoards';
import { atFromHash, keyFromHash } from '../router/route';
import { useThemeContext } from '../theme/ThemeContext';
import { ThemeToggle } from '../theme/ThemeToggle';
import { PanelBoundary } from '../ui/PanelBoundary';
import { useHistoryAccess } from './useHistoryAccess';
import '../styles/history.css';

/**
 * `/b/:id/replay#key=…&at=…`: the board's replay and nothing else (docs/history.md#replay-links) —
 * for a replay link, which opens no live board, and for the summary's links to a moment. No
 * canvas, no sync socket, no Socket.IO, no editing: the player over the versions' pictures, the
 * notes only when the key holds them. The key is the fragment's, else the one this browser
 * remembers for the board (a summary's links carry none).
 */
export function ReplayPage({ boardId }: { boardId: string }) {
  const { t } = useTranslation();
  const { theme } = useThemeContext();
  const [key] = useState(() => keyFromHash(window.location.hash) ?? findRecentBoard(boardId)?.key ?? null);
  const [startAt] = useState(() => atFromHash(window.location.hash));
  const access = useHistoryAccess(boardId, key);
  const [shown, setShown] = useState<number | null>(null);
  const preview = useVersionPreview(boardId, key ?? '', access.state === 'open' ? shown : null);

  if (key === null) return <BoardMessage message={t('replayLinks.page.noKey')} />;
  if (access.state === 'refused') return <BoardMessage message={access.code === 'replay-link-revoked' ? t('replayLinks.page.revoked') : t('replayLinks.page.refused', { message: access.message })} />;
  if (access.state === 'checking') return <BoardMessage message={t('replayLinks.page.loading')} busy />;
  const title = preview.state === 'ready' ? preview.board.title : '';
  return (
    <main className="replay-page">
      <header className="replay-page-bar">
        <Clapperboard size={18} aria-hidden />
        <h1 className="replay-page-title">{title ? t('replayLinks.page.titleOf', { title }) : t('replayLinks.page.title')}</h1>
        <span className="replay-page-hint">{t('replayLinks.page.readOnly')}</span>
        <ThemeToggle />
      </header>
      {/* No live board behind it: each version is shown as it was, with no marks of what changed since. */}
      {preview.state === 'idle' ? null : <VersionOverlay preview={preview} theme={theme} />}
      <section className="history-panel" aria-labelledby="replay-page-player">
        <div className="history-head">
          <h2 id="replay-page-player" className="history-title">
            {t('versions.replay.open')}
          </h2>
        </div>
        <div className="history-body">
          <PanelBoundary area="panel">
            <ReplayPlayer boardId={boardId} boardKey={key} notes="if-granted" startAt={startAt} frameShown={preview.state !== 'loading'} onShow={setShown} />
          </PanelBoundary>
        </div>
      </section>
    </main>
  );
}

