import { useTranslation } from 'react-i18next';
import { drawDrillCard, gradeDrill } from '@scaleboard/rules';
import { DrillGradeTable } from '../../practice/DrillGradeTable';
import '../../styles/drills.css';
import type { InterviewView } from './useInterview';

/** The owner's view of the candidate's estimation cards: each graded here, on the owner's screen only. */
export function EstimationAttempts({ attempts }: { attempts: InterviewView['estimationAttempts'] }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="interview-estimation" aria-label={t('drills.estimation.received')}>
      <h3>{t('drills.estimation.received')}</h3>
      <p className="interview-hint">{attempts.length === 0 ? t('drills.estimation.receivedEmpty') : t('drills.estimation.receivedHint')}</p>
      <ul className="drill-attempts">
        {attempts.map((attempt) => {
          const label = t('drills.estimation.receivedItem', { name: attempt.by, card: attempt.seed, time: new Date(attempt.at).toLocaleTimeString(i18n.language) });
          return (
            <li key={`${attempt.at}-${attempt.seed}-${attempt.by}`}>
              <p className="drill-attempt-head">{label}</p>
              <DrillGradeTable grades={gradeDrill(drawDrillCard(attempt.seed), attempt.answers)} label={label} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
