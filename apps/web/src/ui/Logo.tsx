import { useTranslation } from 'react-i18next';

/** The Scaleboard mark and word. */
export function Logo({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="logo">
      <svg className="logo-mark" viewBox="0 0 32 32" aria-hidden>
        <rect width="32" height="32" rx="8" fill="var(--accent)" />
        <rect x="7" y="8" width="8" height="6" rx="1.5" fill="#fff" />
        <rect x="17" y="18" width="8" height="6" rx="1.5" fill="#fff" />
        <path d="M15 11h3.5a2 2 0 0 1 2 2v5" stroke="#fff" strokeWidth="2" fill="none" />
      </svg>
      {compact ? null : <span className="logo-word">{t('app.name')}</span>}
    </span>
  );
}
