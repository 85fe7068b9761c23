import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { writeDesign } from '@scaleboard/board';
import { useAnalysis } from '../analysis/AnalysisContext';
import '../exporting/exporting.css';

type Format = 'text' | 'mermaid';

/**
 * The board written as text — the text format or a Mermaid flowchart — following every edit, to
 * read or copy. Read-only: text → board is an import (Open a board file, Import, the CLI).
 */
export function TextTab() {
  const { t } = useTranslation();
  const { analysis } = useAnalysis();
  const [format, setFormat] = useState<Format>('text');
  const text = useMemo(() => writeDesign(analysis.board, format), [analysis.board, format]);
  const formatName = t(`designText.${format}`);
  return (
    <section className="inspector-section" aria-labelledby="design-text-title">
      <h3 id="design-text-title" className="inspector-heading">
        {t('designText.heading')}
      </h3>
      <fieldset className="export-choice">
        <legend>{t('designText.format')}</legend>
        <div className="export-segments">
          {(['text', 'mermaid'] as const).map((option) => (
            <label key={option} className="export-segment">
              <input type="radio" name="design-text-format" value={option} checked={format === option} onChange={() => setFormat(option)} />
              <span>{t(`designText.${option}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <textarea className="design-text" readOnly spellCheck={false} rows={18} value={text} aria-label={t('designText.area', { format: formatName })} />
      <p className="field-hint">{t('designText.readOnly')}</p>
    </section>
  );
}
