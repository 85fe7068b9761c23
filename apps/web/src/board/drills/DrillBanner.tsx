import { Siren, Square } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { DrillRecord } from '@scaleboard/protocol';
import { useAnalysis } from '../analysis/AnalysisContext';
import { useInterviewView } from '../interview/InterviewContext';
import { failedLabels } from './drillPresets';
import '../../styles/drills.css';

/**
 * "Drill: Primary DB down — started by Ivy" across the top of everyone's board while a drill is in
 * play, with how many components cannot serve; the owner ends it here.
 */
export function DrillBanner({ drill }: { drill: DrillRecord }) {
  const { t } = useTranslation();
  const { analysis } = useAnalysis();
  const { role, sendDrill } = useInterviewView();
  const title =
    drill.preset === 'fail-component'
      ? t('drills.whatIf.titles.fail-component', { labels: failedLabels(drill.scenario, analysis.board).join(', ') })
      : t(`drills.whatIf.titles.${drill.preset}`);
  const count = analysis.failed.length;
  return (
    <section className="drill-banner" role="status" aria-label={t('drills.whatIf.menu')}>
      <Siren size={16} aria-hidden />
      <span className="drill-banner-title">{t('drills.whatIf.banner', { title, name: drill.startedBy })}</span>
      <span className="drill-banner-failed" data-none={count === 0 || undefined}>
        {count === 0 ? t('drills.whatIf.noneFailed') : t('drills.whatIf.failed', { count })}
      </span>
      {role === 'owner' ? (
        <button type="button" className="drill-banner-end" onClick={() => sendDrill({ action: 'end' })}>
          <Square size={12} aria-hidden />
          {t('drills.whatIf.end')}
        </button>
      ) : null}
    </section>
  );
}
