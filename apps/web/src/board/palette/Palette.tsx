import { PanelLeftClose, PanelLeft, Search } from 'lucide-react';
import { memo, useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { kindName, MAX_KIND_QUERY, searchKinds, type NodeKind } from '@scaleboard/rules';
import { useRulesLang } from '../../i18n/rulesLang';
import { IconButton } from '../../ui/IconButton';
import { kindsByCategory } from '../catalogue';
import { usePlaceNode } from '../canvas/usePlaceNode';
import { PaletteItem } from './PaletteItem';
import type { PresetName } from './palettePresets';

/**
 * The component palette: every kind, grouped; drag to place or click to add. A search lists the
 * kinds it names best first — by English or Korean name, or a product ("redis", "kafka") — and
 * Enter adds the first.
 */
export const Palette = memo(function Palette() {
  const { t } = useTranslation();
  const lang = useRulesLang();
  const hintId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(true);
  const { placeAtCentre, placeAtScreen } = usePlaceNode();
  const placeAtPoint = useCallback(
    (kind: NodeKind, screen: { x: number; y: number }, props?: Record<string, unknown>) => placeAtScreen(kind, screen, false, props),
    [placeAtScreen],
  );
  const searching = query.trim() !== '';
  const sections = useMemo(() => {
    const plain = (kinds: NodeKind[]) => kinds.map((kind) => ({ kind, matched: undefined as string | undefined, preset: undefined as PresetName | undefined }));
    if (!searching)
      return kindsByCategory().map(({ category, kinds }) => ({
        key: category,
        title: t(`categories.${category}`),
        // A text block sits beside the sticky note it is a look of.
        kinds: category === 'notes' ? [...plain(kinds), { kind: 'note' as const, matched: undefined, preset: 'text' as const }] : plain(kinds),
      }));
    // The name the person sees counts too, so a translated label always finds its kind.
    const kinds = searchKinds(query, (kind) => [kindName(kind, lang)]).map(({ kind, name }) => ({
      kind,
      // Say which word found it when that is not the name shown ("redis" for Cache).
      matched: name.toLowerCase() === kindName(kind, lang).toLowerCase() || name === kind ? undefined : name,
      preset: undefined,
    }));
    return kinds.length ? [{ key: 'matches', title: t('paletteSearch.results'), kinds }] : [];
  }, [lang, query, searching, t]);
  const top: NodeKind | undefined = searching ? sections[0]?.kinds[0]?.kind : undefined;

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
          maxLength={MAX_KIND_QUERY}
          aria-describedby={top ? hintId : undefined}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              setQuery('');
              e.currentTarget.blur();
            }
            // Not while a Korean syllable is still being composed: that Enter belongs to the IME.
            if (e.key === 'Enter' && top && !e.nativeEvent.isComposing) {
              e.preventDefault();
              placeAtCentre(top);
              setQuery('');
            }
          }}
        />
        <kbd aria-hidden>/</kbd>
      </label>
      {top ? (
        <p id={hintId} className="palette-enter-hint">
          {t('paletteSearch.enterAdds', { kind: kindName(top, lang) })}
        </p>
      ) : null}
      <div className="palette-sections">
        {sections.length === 0 ? <p className="palette-empty">{t('palette.empty', { query })}</p> : null}
        {sections.map(({ key, title, kinds }) => (
          <section key={key} className="palette-section" aria-labelledby={`palette-${key}`}>
            <h3 id={`palette-${key}`} className="palette-section-title">
              {title}
            </h3>
            <ul className="palette-grid">
              {kinds.map(({ kind, matched, preset }) => (
                <li key={preset ?? kind}>
                  <PaletteItem kind={kind} onAdd={placeAtCentre} onPlaceAt={placeAtPoint} top={kind === top && !preset} {...(matched ? { matched } : {})} {...(preset ? { preset } : {})} />
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
