import { LayoutGrid, X } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../router/navigate';
import { IconButton } from '../ui/IconButton';
import { boardPath, forgetBoard, listRecentBoards } from './recentBoards';

/** Boards this browser opened, newest first. */
export function RecentBoards() {
  const { t, i18n } = useTranslation();
  const [boards, setBoards] = useState(listRecentBoards);
  const when = (time: number) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(time));
  return (
    <section className="recent" aria-labelledby="recent-title">
      <h2 id="recent-title" className="recent-title">
        {t('landing.recent')}
      </h2>
      {boards.length === 0 ? (
        <p className="recent-empty">{t('landing.recentEmpty')}</p>
      ) : (
        <ul className="recent-list" aria-label={t('landing.recentList')}>
          {boards.map((board) => {
            const title = board.title || t('landing.untitled');
            const href = boardPath(board.id, board.key);
            return (
              <li key={board.id} className="recent-item">
                <a
                  href={href}
                  className="recent-link"
                  aria-label={t('landing.open', { title })}
                  onClick={(e) => {
                    if (e.metaKey || e.ctrlKey || e.shiftKey) return;
                    e.preventDefault();
                    navigate(href);
                  }}
                >
                  <span className="recent-icon" aria-hidden>
                    <LayoutGrid size={18} />
                  </span>
                  <span className="recent-text">
                    <span className="recent-name">{title}</span>
                    <span className="recent-meta">{t('landing.lastOpened', { when: when(board.lastOpened) })}</span>
                  </span>
                </a>
                <IconButton
                  label={t('landing.forget', { title })}
                  className="recent-forget"
                  onClick={() => {
                    forgetBoard(board.id);
                    setBoards(listRecentBoards());
                  }}
                >
                  <X />
                </IconButton>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
