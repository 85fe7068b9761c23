import { Shuffle } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EstimationAnswer } from '@scaleboard/protocol';
import {
  ASSUMPTION_FIELDS, DRILL_ANSWERS, DRILL_ANSWER_FIELDS, MAX_DRILL_SEED, drawDrillCard, drillSeedFrom, formatCount, formatExact, formatExactBytes, gradeDrill, parseQuantity,
  type AssumptionUnit, type DrillAnswerKey, type DrillAnswers, type DrillGrade, type EstimateInputKey, type Lang,
} from '@scaleboard/rules';
import { useRulesLang } from '../i18n/rulesLang';
import { DrillGradeTable } from './DrillGradeTable';

/**
 * Who is practising: alone (graded on the spot), the candidate of a running interview (answers go
 * to the interviewer, no grade here) or anyone else watching an interview (no grade, nothing sent).
 */
export type DrillAudience = { kind: 'study' } | { kind: 'candidate'; send: (answer: EstimationAnswer) => void } | { kind: 'spectator' };

// The card's inputs, in the order the note reasons; the id size is a constant nobody estimates from.
const CARD_FIELDS: readonly EstimateInputKey[] = [
  'monthlyActiveUsers', 'dailyActiveRatio', 'writesPerUserPerDay', 'readsPerWrite', 'peakFactor', 'mediaRatio', 'mediaBytes', 'textBytes', 'idBytes', 'retentionYears',
];

function formatAssumption(key: EstimateInputKey, value: number, lang: Lang, unit: (name: AssumptionUnit) => string): string {
  switch (ASSUMPTION_FIELDS[key].unit) {
    case 'users': return formatCount(value, lang);
    case 'ratio': return `${formatExact(value * 100, value * 100 < 10 ? 1 : 0)} %`;
    // Exact: a card's 64-byte id is 64 B, not the rounded ~65 B.
    case 'bytes': return formatExactBytes(value);
    default: return `${formatExact(value, 0)} ${unit(ASSUMPTION_FIELDS[key].unit)}`;
  }
}

const EMPTY_DRAFTS: Record<DrillAnswerKey, string> = { dailyActiveUsers: '', qps: '', storageTotal: '', webServers: '' };

/** One flashcard: the assumptions, four answers, and the grade (or, in an interview, a send). */
export function EstimationDrill({ audience }: { audience: DrillAudience }) {
  const { t } = useTranslation();
  const lang = useRulesLang();
  const id = useId();
  const [seed, setSeed] = useState(() => drillSeedFrom(Math.random()));
  const [seedText, setSeedText] = useState(String(seed));
  const [drafts, setDrafts] = useState(EMPTY_DRAFTS);
  const [invalid, setInvalid] = useState<ReadonlySet<DrillAnswerKey>>(new Set());
  const [outcome, setOutcome] = useState<{ kind: 'graded'; grades: Record<DrillAnswerKey, DrillGrade> } | { kind: 'sent' } | null>(null);
  const card = drawDrillCard(seed);

  const showCard = (next: number) => {
    setSeed(next);
    setSeedText(String(next));
    setDrafts(EMPTY_DRAFTS);
    setInvalid(new Set());
    setOutcome(null);
  };
  const onSeedText = (text: string) => {
    setSeedText(text);
    const n = Number(text);
    if (text.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= MAX_DRILL_SEED) showCard(n);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const answers: DrillAnswers = {};
    const bad = new Set<DrillAnswerKey>();
    for (const key of DRILL_ANSWERS) {
      const read = parseQuantity(drafts[key], DRILL_ANSWER_FIELDS[key].kind);
      if (!read.ok || (read.value !== undefined && !(read.value >= 0 && read.value <= 1e30))) bad.add(key);
      else answers[key] = read.value ?? null;
    }
    setInvalid(bad);
    if (bad.size > 0) return;
    if (audience.kind === 'candidate') {
      audience.send({ seed, answers: { dailyActiveUsers: answers.dailyActiveUsers ?? null, qps: answers.qps ?? null, storageTotal: answers.storageTotal ?? null, webServers: answers.webServers ?? null } });
      setOutcome({ kind: 'sent' });
    } else if (audience.kind === 'study') setOutcome({ kind: 'graded', grades: gradeDrill(card, answers) });
  };

  return (
    <div className="estimation-drill">
      <div className="drill-card-head">
        <label className="field-label" htmlFor={`${id}-seed`}>
          {t('drills.estimation.cardNumber')}
        </label>
        <input id={`${id}-seed`} className="drill-seed" inputMode="numeric" autoComplete="off" value={seedText} onChange={(e) => onSeedText(e.target.value)} />
        <button type="button" className="button button-secondary" onClick={() => showCard(drillSeedFrom(Math.random()))}>
          <Shuffle size={14} aria-hidden />
          {t('drills.estimation.newCard')}
        </button>
      </div>
      <section aria-labelledby={`${id}-assumptions`}>
        <h3 id={`${id}-assumptions`} className="inspector-heading">
          {t('drills.estimation.assumptions')}
        </h3>
        <dl className="drill-card" aria-label={t('drills.estimation.assumptions')}>
          {CARD_FIELDS.map((key) => (
            <div key={key}>
              <dt>{t(`analysis.estimate.fields.${key}`)}</dt>
              <dd>{formatAssumption(key, card[key], lang, (unit) => t(`analysis.estimate.units.${unit}`))}</dd>
            </div>
          ))}
        </dl>
      </section>
      <form className="drill-form" onSubmit={submit} aria-label={t('drills.estimation.answers')}>
        {DRILL_ANSWERS.map((key) => (
          <div className="field" key={key}>
            <label className="field-label" htmlFor={`${id}-${key}`}>
              {t(`drills.estimation.fields.${key}`)}
            </label>
            <div className={`field-input${invalid.has(key) ? ' is-invalid' : ''}`}>
              <input
                id={`${id}-${key}`}
                autoComplete="off"
                spellCheck={false}
                value={drafts[key]}
                placeholder={t(`drills.estimation.placeholders.${key}`)}
                aria-invalid={invalid.has(key) || undefined}
                aria-describedby={invalid.has(key) ? `${id}-${key}-error` : undefined}
                onChange={(e) => {
                  const value = e.target.value;
                  setDrafts((before) => ({ ...before, [key]: value }));
                  setOutcome(null);
                }}
              />
            </div>
            {invalid.has(key) ? (
              <p id={`${id}-${key}-error`} className="field-error" role="alert">
                {t('drills.estimation.notNumber')}
              </p>
            ) : null}
          </div>
        ))}
        {audience.kind === 'spectator' ? (
          <p className="drill-note">{t('drills.estimation.spectator')}</p>
        ) : (
          <button type="submit" className="button button-primary">
            {audience.kind === 'candidate' ? t('drills.estimation.send') : t('drills.estimation.check')}
          </button>
        )}
      </form>
      {outcome?.kind === 'sent' ? (
        <p className="drill-note" role="status">
          {t('drills.estimation.sent')}
        </p>
      ) : null}
      {outcome?.kind === 'graded' ? <DrillGradeTable grades={outcome.grades} label={t('drills.estimation.result')} /> : null}
    </div>
  );
}
