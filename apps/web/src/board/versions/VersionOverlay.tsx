import { Eye, Undo2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { VersionPreview } from './useVersionPreview';

/**
 * Covers the live canvas with a version's picture while it is previewed: nothing under it can be
 * edited, and the banner says so, with the way back.
 */
export function VersionOverlay({ preview, onBack }: { preview: Exclude<VersionPreview, { state: 'idle' }>; onBack: () => void }) {
  const { t } = useTranslation();
  const { version } = preview;
  const banner = t('versions.preview.banner', { version });
  return (
    <div className="version-overlay" role="region" aria-label={banner}>
      <div className="version-banner">
        <Eye size={16} aria-hidden />
        <span className="version-banner-text">{banner}</span>
        <button type="button" className="button button-secondary" onClick={onBack}>
          <Undo2 size={15} aria-hidden />
          {t('versions.preview.back')}
        </button>
      </div>
      <div className="version-picture">
        {preview.state === 'ready' ? <img src={preview.pictureUrl} alt={t('versions.preview.picture', { version })} /> : null}
        {preview.state === 'loading' ? <p className="version-picture-message">{t('versions.preview.loading', { version })}</p> : null}
        {preview.state === 'error' ? (
          <p className="version-picture-message form-error" role="alert">
            {t(preview.reason === 'unreadable' ? 'versions.preview.unreadable' : 'versions.preview.failed', { version, message: preview.message })}
          </p>
        ) : null}
      </div>
    </div>
  );
}
