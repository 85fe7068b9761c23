import { Eye, Undo2 } from 'lucide-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RenderTheme } from '@scaleboard/board';
import type { Board } from '@scaleboard/rules';
import { useRulesLang } from '../../i18n/rulesLang';
import type { VersionPreview } from './useVersionPreview';
import { versionPicture, type VersionPicture } from './versionPicture';

interface VersionOverlayProps {
  preview: Exclude<VersionPreview, { state: 'idle' }>;
  /** The live board: what changed on it since the version is marked on the picture. None (the replay page): no marks. */
  live?: Board;
  theme: RenderTheme;
  /** "Back to live"; none where there is no live board behind (the replay page). */
  onBack?: () => void;
}

/**
 * Covers the live canvas with a version's picture while it is previewed: nothing under it can be
 * edited, and the banner says so, with the way back. The picture marks what the live board
 * removed and changed since; a legend explains the marks and counts what it added.
 */
export function VersionOverlay({ preview, live, theme, onBack }: VersionOverlayProps) {
  const { t } = useTranslation();
  const { version } = preview;
  const banner = t('versions.preview.banner', { version });
  return (
    <div className="version-overlay" role="region" aria-label={banner}>
      <div className="version-banner">
        <Eye size={16} aria-hidden />
        <span className="version-banner-text">{banner}</span>
        {onBack ? (
          <button type="button" className="button button-secondary" onClick={onBack}>
            <Undo2 size={15} aria-hidden />
            {t('versions.preview.back')}
          </button>
        ) : null}
      </div>
      <div className="version-picture">
        {preview.state === 'ready' ? <Picture board={preview.board} live={live ?? preview.board} theme={theme} alt={t('versions.preview.picture', { version })} /> : null}
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

/** The version's picture with its change marks, fitted to the space: shrunk as needed, enlarged up to MAX_UPSCALE. */
function Picture({ board, live, theme, alt }: { board: Board; live: Board; theme: RenderTheme; alt: string }) {
  const lang = useRulesLang();
  const picture = useMemo(() => versionPicture(board, live, theme, lang), [board, live, theme, lang]);
  return (
    <>
      <div
        className="version-picture-svg"
        role="img"
        aria-label={alt}
        style={{ width: `min(100%, ${Math.round(picture.width * MAX_UPSCALE)}px)`, height: `min(100%, ${Math.round(picture.height * MAX_UPSCALE)}px)` }}
        // The shared renderer escapes every text and attribute it writes (its tests feed it hostile boards), and inline the marks can be found and read.
        dangerouslySetInnerHTML={{ __html: picture.svg }}
      />
      <ChangeLegend counts={picture.counts} />
    </>
  );
}

/** What the marks on the picture mean, with how many of each; what was added since has no mark, only its count. */
function ChangeLegend({ counts }: { counts: VersionPicture['counts'] }) {
  const { t } = useTranslation();
  if (counts.removed + counts.changed + counts.added === 0) return null;
  return (
    <ul className="version-legend" aria-label={t('versions.preview.legend')}>
      {counts.removed ? (
        <li data-change="removed">
          <span className="version-legend-mark" data-change="removed" aria-hidden />
          {t('versions.preview.legendRemoved', { count: counts.removed })}
        </li>
      ) : null}
      {counts.changed ? (
        <li data-change="changed">
          <span className="version-legend-mark" data-change="changed" aria-hidden />
          {t('versions.preview.legendChanged', { count: counts.changed })}
        </li>
      ) : null}
      {counts.added ? <li data-change="added">{t('versions.preview.legendAdded', { count: counts.added })}</li> : null}
    </ul>
  );
}
