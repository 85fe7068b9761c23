import { useTranslation } from 'react-i18next';
import type { ExportFormat, ExportSettings } from './exportFormats';

interface ExportOptionsProps {
  settings: ExportSettings;
  onChange: (next: Partial<ExportSettings>) => void;
  selectionSize: number;
  formats: readonly ExportFormat[];
}

/** The export's settings as groups of radio buttons and checkboxes: native controls, labelled. */
export function ExportOptions({ settings, onChange, selectionSize, formats }: ExportOptionsProps) {
  const { t } = useTranslation();
  const picture = settings.format !== 'json';
  return (
    <div className="export-options">
      <Choice legend={t('exporting.format')} name="format" value={settings.format} options={formats.map((f) => [f, t(`exporting.formats.${f}`), t(`exporting.formatHints.${f}`)])} onChange={(format) => onChange({ format })} />
      {settings.format === 'png' ? (
        <Choice legend={t('exporting.scale')} name="scale" value={String(settings.scale)} options={(['1', '2', '3', '4'] as const).map((s) => [s, `${s}×`])} onChange={(scale) => onChange({ scale: Number(scale) as ExportSettings['scale'] })} />
      ) : null}
      {picture ? (
        <>
          <Choice legend={t('exporting.theme')} name="theme" value={settings.theme} options={(['light', 'dark'] as const).map((v) => [v, t(`exporting.themes.${v}`)])} onChange={(theme) => onChange({ theme })} />
          <Choice legend={t('exporting.background')} name="background" value={settings.background} options={(['solid', 'transparent'] as const).map((v) => [v, t(`exporting.backgrounds.${v}`)])} onChange={(background) => onChange({ background })} />
          <label className="export-check" title={selectionSize === 0 ? t('exporting.selectionEmpty') : undefined}>
            <input type="checkbox" checked={settings.selectionOnly && selectionSize > 0} disabled={selectionSize === 0} onChange={(e) => onChange({ selectionOnly: e.target.checked })} />
            {t('exporting.selectionOnly')}
            {selectionSize > 0 ? <span className="export-count">{selectionSize}</span> : null}
          </label>
          <label className="export-check">
            <input type="checkbox" checked={settings.findings} onChange={(e) => onChange({ findings: e.target.checked })} />
            {t('exporting.findings')}
          </label>
        </>
      ) : null}
    </div>
  );
}

function Choice<V extends string>({ legend, name, value, options, onChange }: { legend: string; name: string; value: V; options: Array<readonly [V, string, string?]>; onChange: (value: V) => void }) {
  return (
    <fieldset className="export-choice">
      <legend>{legend}</legend>
      <div className="export-segments">
        {options.map(([option, label, hint]) => (
          <label key={option} className="export-segment" title={hint}>
            <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
            <span>{label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
