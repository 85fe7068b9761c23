import { Check, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { DRILL_ANSWERS, DRILL_ANSWER_FIELDS, formatBytes, formatCount, formatExact, type DrillAnswerKey, type DrillGrade, type Lang } from '@scaleboard/rules';
import { useRulesLang } from '../i18n/rulesLang';

/** A drill figure as the estimate table shows it: counts rounded the note's way, sizes in decimal units. */
export function formatDrillFigure(key: DrillAnswerKey, value: number, lang: Lang): string {
  if (DRILL_ANSWER_FIELDS[key].kind === 'bytes') return formatBytes(value, lang);
  return key === 'webServers' ? formatExact(value, 0) : formatCount(value, lang);
}

/** Each answer beside the engine's figure, the ratio and pass or fail: what the person (or, in an interview, the owner) sees. */
export function DrillGradeTable({ grades, label }: { grades: Record<DrillAnswerKey, DrillGrade>; label: string }) {
  const { t } = useTranslation();
  const lang = useRulesLang();
  const passed = DRILL_ANSWERS.filter((key) => grades[key].pass).length;
  return (
    <div className="drill-result">
      <p className="drill-score" data-all-pass={passed === DRILL_ANSWERS.length || undefined}>
        {t('drills.estimation.score', { passed, total: DRILL_ANSWERS.length })}
      </p>
      <table className="drill-grades" aria-label={label}>
        <thead>
          <tr>
            <th scope="col" className="visually-hidden">
              {t('analysis.estimate.figure')}
            </th>
            <th scope="col">{t('drills.estimation.yours')}</th>
            <th scope="col">{t('drills.estimation.engine')}</th>
            <th scope="col">{t('drills.estimation.result')}</th>
          </tr>
        </thead>
        <tbody>
          {DRILL_ANSWERS.map((key) => {
            const grade = grades[key];
            const verdict = grade.pass ? t('drills.estimation.pass') : grade.answer === null ? t('drills.estimation.failBlank') : t('drills.estimation.fail');
            return (
              <tr key={key} data-pass={grade.pass}>
                <th scope="row">{t(`drills.estimation.fields.${key}`)}</th>
                <td>{grade.answer === null ? t('drills.estimation.blank') : formatDrillFigure(key, grade.answer, lang)}</td>
                <td>{formatDrillFigure(key, grade.expected, lang)}</td>
                <td>
                  <span className="drill-verdict">
                    {grade.pass ? <Check size={14} aria-hidden /> : <X size={14} aria-hidden />}
                    <span>{verdict}</span>
                    {grade.ratio === null ? null : <span className="drill-ratio">{t('drills.estimation.ratio', { ratio: formatExact(grade.ratio, grade.ratio < 10 ? 2 : 0) })}</span>}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
