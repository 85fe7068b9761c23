import { ShieldCheck } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { formatDuration, formatPercent, type AvailabilityReport, type Board } from '@scaleboard/rules';
import { useRulesLang } from '../../i18n/rulesLang';

/** End-to-end availability of the request path: percentage, nines, downtime a year, weakest stage. */
export function AvailabilitySummary({ availability, board }: { availability: AvailabilityReport; board: Board }) {
  const { t } = useTranslation();
  const lang = useRulesLang();
  const weakest = availability.weakest ? board.nodes.find((n) => n.id === availability.weakest?.node) : undefined;
  return (
    <section className="inspector-section" aria-labelledby="availability-title">
      <h3 id="availability-title" className="inspector-heading">
        {t('analysis.estimate.availability')}
      </h3>
      {Object.keys(availability.components).length === 0 ? (
        <p className="inspector-empty">{t('analysis.estimate.noPath')}</p>
      ) : (
        <div className="availability-card">
          <ShieldCheck size={20} aria-hidden />
          <div>
            <p className="availability-figure">
              {formatPercent(availability.availability)} <span>· {t('analysis.estimate.nines', { nines: availability.nines })}</span>
            </p>
            <p className="availability-detail">{t('analysis.estimate.downtime', { duration: formatDuration(availability.downtimePerYearSeconds, lang) })}</p>
            {weakest ? <p className="availability-detail">{t('analysis.estimate.weakest', { label: weakest.label || weakest.id })}</p> : null}
          </div>
        </div>
      )}
    </section>
  );
}
