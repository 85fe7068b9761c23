import { useTranslation } from 'react-i18next';
import { RUBRIC_AREAS, type NoteRevision } from '@scaleboard/protocol';
import { translate } from '@scaleboard/rules';
import { useRulesLang } from '../../i18n/rulesLang';

/**
 * The owner's private notes and rubric as they were at the replay's moment (read-only): the
 * latest revision saved at or before the version on screen.
 */
export function ReplayNotes({ revision, whose = 'own' }: { revision: NoteRevision | null; whose?: 'own' | 'interviewer' }) {
  const { t, i18n } = useTranslation();
  const lang = useRulesLang();
  // The owner reads their own notes; a replay link's holder (a committee) reads the interviewer's.
  const heading = whose === 'own' ? t('versions.replay.notes.heading') : t('versions.replay.notes.interviewerHeading');
  return (
    <section className="replay-notes" aria-label={heading}>
      <h3>{heading}</h3>
      {revision === null ? (
        <p className="history-hint">{t('versions.replay.notes.none')}</p>
      ) : (
        <>
          <p className="history-hint">{t('versions.replay.notes.saved', { time: new Date(revision.at).toLocaleTimeString(i18n.language) })}</p>
          <p className="replay-notes-text" aria-label={t('interview.notes.notes')}>
            {revision.notes}
          </p>
          <table className="replay-rubric">
            <caption>{t('interview.notes.rubric')}</caption>
            <tbody>
              {RUBRIC_AREAS.map((area) => (
                <tr key={area}>
                  <th scope="row">{translate(lang, `interview.rubric.${area}`)}</th>
                  <td>{revision.rubric[area].score ?? t('interview.notes.noScore')}</td>
                  <td>{revision.rubric[area].comment}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
