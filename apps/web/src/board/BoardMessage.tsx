import { LoaderCircle } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Logo } from '../ui/Logo';

/** A centred full-screen message: loading, a bad link, an unknown board. */
export function BoardMessage({ message, busy = false, reload = false }: { message: string; busy?: boolean; reload?: boolean }) {
  const { t } = useTranslation();
  return (
    <main className="board-message" aria-busy={busy}>
      <Logo />
      <p role={busy ? 'status' : 'alert'}>
        {busy ? <LoaderCircle className="spin" aria-hidden /> : null}
        {message}
      </p>
      {reload ? (
        <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
          {t('board.reload')}
        </button>
      ) : null}
      {busy ? null : (
        <a className="button button-secondary" href="/">
          {t('board.backHome')}
        </a>
      )}
    </main>
  );
}
