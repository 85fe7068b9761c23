import { LoaderCircle } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Logo } from '../ui/Logo';

/** A centred full-screen message: loading, a bad link, an unknown board. */
export function BoardMessage({ message, busy = false }: { message: string; busy?: boolean }) {
  const { t } = useTranslation();
  return (
    <main className="board-message" aria-busy={busy}>
      <Logo />
      <p role={busy ? 'status' : 'alert'}>
        {busy ? <LoaderCircle className="spin" aria-hidden /> : null}
        {message}
      </p>
      {busy ? null : (
        <a className="button button-secondary" href="/">
          {t('board.backHome')}
        </a>
      )}
    </main>
  );
}
