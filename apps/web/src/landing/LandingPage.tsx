import { Cable, LoaderCircle, Plus, Share2, Users } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createBoard } from '../api/boardsApi';
import { OpenBoardFile } from '../board/exporting/OpenBoardFile';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';
import { ThemeToggle } from '../theme/ThemeToggle';
import { Logo } from '../ui/Logo';
import { EstimationDrillDialog } from '../practice/EstimationDrillDialog';
import { openNewBoard } from './openNewBoard';
import { RecentBoards } from './RecentBoards';
import { TemplateGallery } from './TemplateGallery';

const STUDY = { kind: 'study' } as const;

/** Start: create a board or reopen one this browser has seen. No sign-up. */
export function LandingPage() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      // The first title is the creator's words, in their language; after that it is content as typed.
      openNewBoard(await createBoard({ title: t('landing.untitled') }));
    } catch (e) {
      setError(t('landing.createFailed', { message: e instanceof Error ? e.message : String(e) }));
      setBusy(false);
    }
  };
  return (
    <div className="landing">
      <header className="landing-header">
        <Logo />
        <div className="landing-header-tools">
          <LanguageSwitcher />
          <ThemeToggle />
        </div>
      </header>
      <main className="landing-main">
        <section className="landing-hero">
          <h1>{t('landing.headline')}</h1>
          <p className="landing-lead">{t('landing.lead')}</p>
          <div className="landing-actions">
            <button type="button" className="button button-primary button-large" onClick={() => void create()} disabled={busy}>
              {busy ? <LoaderCircle className="spin" size={18} aria-hidden /> : <Plus size={18} aria-hidden />}
              {busy ? t('landing.creating') : t('landing.newBoard')}
            </button>
            <TemplateGallery />
            <OpenBoardFile />
            <EstimationDrillDialog audience={STUDY} />
          </div>
          {error ? (
            <p role="alert" className="form-error">
              {error}
            </p>
          ) : null}
          <ul className="landing-features">
            <li>
              <Cable size={16} aria-hidden />
              {t('landing.features.typed')}
            </li>
            <li>
              <Users size={16} aria-hidden />
              {t('landing.features.live')}
            </li>
            <li>
              <Share2 size={16} aria-hidden />
              {t('landing.features.share')}
            </li>
          </ul>
        </section>
        <RecentBoards />
      </main>
    </div>
  );
}
