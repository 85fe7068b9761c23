import { Sparkles } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { assumptionsOf } from '@scaleboard/board';
import { TWITTER_ASSUMPTIONS, type AssumptionKey, type Assumptions } from '@scaleboard/rules';
import { useBoard } from '../BoardContext';
import { ASSUMPTION_INPUTS } from './assumptionFields';
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
        {ASSUMPTION_INPUTS.map((input) => {
          const raw = assumptions[input.key];
          return (
            <NumberField
              key={input.key}
              label={t(`analysis.estimate.fields.${input.key}`)}
              value={typeof raw === 'number' ? raw : undefined}
              input={input.input}
              {...(input.placeholder !== undefined ? { placeholder: input.placeholder } : {})}
              unit={t(`analysis.estimate.units.${input.unit}`)}
              readOnly={readOnly}
              onCommit={(next) => set(input.key, next)}
            />
          );
        })}
      </div>
    </section>
  );
}
