import { Eye, Undo2 } from 'lucide-react';
import { useState } from 'react';
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
        {preview.state === 'ready' ? <Picture url={preview.pictureUrl} alt={t('versions.preview.picture', { version })} /> : null}
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

/** How much larger than its own size the picture may be drawn: a small board stays readable without looking blown up. */
const MAX_UPSCALE = 1.6;

/** The version's picture, fitted to the space: shrunk as needed, enlarged up to MAX_UPSCALE. */
function Picture({ url, alt }: { url: string; alt: string }) {
  const [width, setWidth] = useState<number | null>(null);
  return (
    <img
      src={url}
      alt={alt}
      style={width === null ? undefined : { width: `min(100%, ${Math.round(width * MAX_UPSCALE)}px)` }}
      onLoad={(event) => setWidth(event.currentTarget.naturalWidth || null)}
    />
  );
}
