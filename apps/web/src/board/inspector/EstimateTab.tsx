import { useTranslation } from 'react-i18next';
import { EstimationDrillDialog } from '../../practice/EstimationDrillDialog';
import { drillAudience } from '../../practice/drillAudience';
import { useAnalysis } from '../analysis/AnalysisContext';
import { useInterviewView } from '../interview/InterviewContext';
import { AssumptionsForm } from './AssumptionsForm';
import { AvailabilitySummary } from './AvailabilitySummary';
import { CostSummary } from './CostSummary';
import { EstimateTable } from './EstimateTable';
import { LatencySummary } from './LatencySummary';

/** Assumptions in; back-of-the-envelope figures, availability, latency and cost out. */
export function EstimateTab() {
  const { t } = useTranslation();
  const { analysis } = useAnalysis();
  const interview = useInterviewView();
  return (
    <div className="estimate">
      <EstimationDrillDialog audience={drillAudience(interview)} className="button button-ghost estimate-drill-open" />
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
