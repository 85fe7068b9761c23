import { Sparkles } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { assumptionsOf } from '@scaleboard/board';
import { DEFAULT_ASSUMPTIONS, TWITTER_ASSUMPTIONS, type Assumptions } from '@scaleboard/rules';
import { useBoard } from '../BoardContext';
import { ASSUMPTION_FIELDS, scaleOf, type AssumptionKey } from './assumptionFields';
import { NumberField } from './NumberField';

/** The estimation inputs, bound to the board's `meta.assumptions`: everyone sees the same numbers. */
export function AssumptionsForm({ assumptions }: { assumptions: Assumptions }) {
  const { t } = useTranslation();
  const { doc, origin, readOnly } = useBoard();
  const set = (key: AssumptionKey, value: number | undefined) =>
    doc.transact(() => {
      const map = assumptionsOf(doc);
      if (value === undefined) map.delete(key);
      else map.set(key, value);
    }, origin);
  const useTwitter = () =>
    doc.transact(() => {
      const map = assumptionsOf(doc);
      for (const [key, value] of Object.entries(TWITTER_ASSUMPTIONS)) map.set(key, value);
    }, origin);
  return (
    <section className="inspector-section" aria-labelledby="assumptions-title">
      <div className="inspector-section-header">
        <h3 id="assumptions-title" className="inspector-heading">
          {t('analysis.estimate.assumptions')}
        </h3>
        {readOnly ? null : (
          <button type="button" className="button button-ghost" title={t('analysis.estimate.twitterHint')} onClick={useTwitter}>
            <Sparkles size={14} aria-hidden />
            {t('analysis.estimate.twitter')}
          </button>
        )}
      </div>
      <div className="field-grid">
        {ASSUMPTION_FIELDS.map((field) => {
          const raw = assumptions[field.key];
          const value = typeof raw === 'number' ? raw : undefined;
          const scale = scaleOf(field);
          const fallback = field.key === 'availabilityTarget' ? undefined : DEFAULT_ASSUMPTIONS[field.key];
          return (
            <NumberField
              key={field.key}
              label={t(`analysis.estimate.fields.${field.key}`)}
              value={value}
              scale={scale}
              {...(fallback !== undefined ? { placeholder: String(Number((fallback * scale).toPrecision(12))) } : {})}
              unit={t(`analysis.estimate.units.${field.unit}`)}
              bounds={{ ...(field.min !== undefined ? { min: field.min } : {}), ...(field.max !== undefined ? { max: field.max } : {}) }}
              readOnly={readOnly}
              onCommit={(next) => set(field.key, next)}
            />
          );
        })}
      </div>
    </section>
  );
}
