import { PanelLeftClose, PanelLeft, Search } from 'lucide-react';
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IconButton } from '../../ui/IconButton';
import { kindsByCategory } from '../catalogue';
import { usePlaceNode } from '../canvas/usePlaceNode';
import { PaletteItem } from './PaletteItem';

/** The component palette: every kind, grouped and searchable; drag to place or click to add. */
export const Palette = memo(function Palette() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(true);
  const { placeAtCentre } = usePlaceNode();
  const sections = useMemo(() => {
    const q = query.trim().toLowerCase();
    return kindsByCategory()
      .map(({ category, kinds }) => ({
        category,
        kinds: kinds.filter((kind) => !q || t(`kinds.${kind}`).toLowerCase().includes(q) || kind.includes(q) || t(`categories.${category}`).toLowerCase().includes(q)),
      }))
      .filter((s) => s.kinds.length > 0);
  }, [query, t]);

  if (!open) {
    return (
      <div className="palette palette-collapsed">
        <IconButton label={t('palette.expand')} onClick={() => setOpen(true)} tooltipSide="right">
          <PanelLeft />
        </IconButton>
      </div>
    );
  }
  return (
    <aside className="palette" aria-label={t('palette.title')}>
      <div className="palette-header">
        <h2 className="palette-title">{t('palette.title')}</h2>
        <IconButton label={t('palette.collapse')} onClick={() => setOpen(false)} tooltipSide="right">
          <PanelLeftClose />
        </IconButton>
      </div>
      <label className="palette-search">
        <Search aria-hidden size={15} />
        <input
          id="palette-search"
          type="search"
          aria-label={t('palette.search')}
          placeholder={t('palette.searchPlaceholder')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && (setQuery(''), e.currentTarget.blur())}
        />
        <kbd aria-hidden>/</kbd>
      </label>
      <div className="palette-sections">
        {sections.length === 0 ? <p className="palette-empty">{t('palette.empty', { query })}</p> : null}
        {sections.map(({ category, kinds }) => (
          <section key={category} className="palette-section" aria-labelledby={`palette-${category}`}>
            <h3 id={`palette-${category}`} className="palette-section-title">
              {t(`categories.${category}`)}
            </h3>
            <ul className="palette-grid">
              {kinds.map((kind) => (
                <li key={kind}>
                  <PaletteItem kind={kind} onAdd={placeAtCentre} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <p className="palette-hint">{t('palette.hint')}</p>
    </aside>
  );
});
