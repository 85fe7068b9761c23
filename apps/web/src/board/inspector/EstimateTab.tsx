import { useTranslation } from 'react-i18next';
import { useAnalysis } from '../analysis/AnalysisContext';
import { AssumptionsForm } from './AssumptionsForm';
import { AvailabilitySummary } from './AvailabilitySummary';
import { CostSummary } from './CostSummary';
import { EstimateTable } from './EstimateTable';
import { LatencySummary } from './LatencySummary';

/** Assumptions in; back-of-the-envelope figures, availability, latency and cost out. */
export function EstimateTab() {
  const { t } = useTranslation();
  const { analysis } = useAnalysis();
  return (
    <div className="estimate">
      <AssumptionsForm assumptions={analysis.board.assumptions} />
      <section className="inspector-section" aria-labelledby="estimate-title">
        <h3 id="estimate-title" className="inspector-heading">
          {t('analysis.estimate.results')}
        </h3>
        <EstimateTable estimate={analysis.estimate} />
      </section>
      <AvailabilitySummary availability={analysis.availability} board={analysis.board} />
      <LatencySummary latency={analysis.latency} board={analysis.board} />
      <CostSummary cost={analysis.cost} board={analysis.board} />
    </div>
  );
}
