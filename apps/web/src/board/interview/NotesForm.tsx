import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RUBRIC_AREAS, type InterviewNotes, type RubricArea } from '@scaleboard/protocol';
import { translate } from '@scaleboard/rules';
import { useRulesLang } from '../../i18n/rulesLang';
import { interviewApi } from './interviewApi';

type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/** How long typing pauses before the notes are saved. */
const SAVE_DELAY_MS = 600;

/**
 * The interviewer's private notes and rubric, read and written over REST with the owner key.
 * They live in the server's database only: never in the Y.Doc, never in a room event.
 */
export function NotesForm({ boardId, ownerKey }: { boardId: string; ownerKey: string }) {
  const { t } = useTranslation();
  const lang = useRulesLang();
  const [notes, setNotes] = useState<InterviewNotes | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const timer = useRef<number | undefined>(undefined);
  const pending = useRef<InterviewNotes | null>(null);

  useEffect(() => {
    let cancelled = false;
    interviewApi.notes(boardId, ownerKey).then(
      (loaded) => !cancelled && setNotes(loaded),
      () => !cancelled && setSaveState('failed'),
    );
    return () => {
      cancelled = true;
      // Closing the panel mid-sentence still saves what was typed.
      window.clearTimeout(timer.current);
      if (pending.current) void interviewApi.saveNotes(boardId, ownerKey, pending.current);
    };
  }, [boardId, ownerKey]);

  const change = (next: InterviewNotes) => {
    setNotes(next);
    pending.current = next;
    setSaveState('saving');
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      pending.current = null;
      interviewApi.saveNotes(boardId, ownerKey, next).then(
        () => setSaveState('saved'),
        () => setSaveState('failed'),
      );
    }, SAVE_DELAY_MS);
  };

  if (!notes) return null;
  const area = (name: RubricArea) => translate(lang, `interview.rubric.${name}`);
  return (
    <section className="interview-notes" aria-label={t('interview.notes.heading')}>
      <div className="interview-section-head">
        <h3>{t('interview.notes.heading')}</h3>
        <span className="interview-save" role="status" data-state={saveState}>
          {saveState === 'idle' ? '' : t(`interview.notes.${saveState === 'failed' ? 'saveFailed' : saveState}`)}
        </span>
      </div>
      <p className="interview-hint">{t('interview.notes.hint')}</p>
      <label className="interview-field">
        <span>{t('interview.notes.notes')}</span>
        <textarea rows={4} value={notes.notes} maxLength={50_000} onChange={(e) => change({ ...notes, notes: e.target.value })} />
      </label>
      <table className="interview-rubric">
        <caption>{t('interview.notes.rubric')}</caption>
        <tbody>
          {RUBRIC_AREAS.map((name) => (
            <tr key={name}>
              <th scope="row">{area(name)}</th>
              <td>
                <select
                  aria-label={t('interview.notes.score', { area: area(name) })}
                  value={notes.rubric[name].score ?? ''}
                  onChange={(e) => change({ ...notes, rubric: { ...notes.rubric, [name]: { ...notes.rubric[name], score: e.target.value ? Number(e.target.value) : null } } })}
                >
                  <option value="">{t('interview.notes.noScore')}</option>
                  {[1, 2, 3, 4].map((n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input
                  type="text"
                  aria-label={t('interview.notes.comment', { area: area(name) })}
                  value={notes.rubric[name].comment}
                  maxLength={4000}
                  onChange={(e) => change({ ...notes, rubric: { ...notes.rubric, [name]: { ...notes.rubric[name], comment: e.target.value } } })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
