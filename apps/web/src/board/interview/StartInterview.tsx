import { Settings2, Timer } from 'lucide-react';
import { Popover } from 'radix-ui';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_PHASE_BUDGETS_SEC, INTERVIEW_PHASES, type InterviewCommand } from '@scaleboard/protocol';

/** The book's range per phase, in minutes (DOMAIN.md, chapter 3). */
const BOOK_RANGES = ['3–10', '10–15', '10–25', '3–5'];
/** What the server accepts for one phase, in whole minutes. */
const BUDGET_MINUTES = { min: 1, max: 240 } as const;

function validBudget(minutes: number | undefined): boolean {
  return minutes !== undefined && Number.isInteger(minutes) && minutes >= BUDGET_MINUTES.min && minutes <= BUDGET_MINUTES.max;
}

/**
 * "Start interview", with the phase budgets (the book's 45-minute split by default) one click away.
 * A budget the server would refuse is explained next to its field; "Start interview" then opens
 * the budgets at that field instead of going dead without a word.
 */
export function StartInterview({ send }: { send: (command: InterviewCommand) => void }) {
  const { t } = useTranslation();
  const [minutes, setMinutes] = useState(() => DEFAULT_PHASE_BUDGETS_SEC.map((s) => s / 60));
  const [open, setOpen] = useState(false);
  const errorId = useId();
  const inputs = useRef<Array<HTMLInputElement | null>>([]);
  const valid = minutes.every(validBudget);
  const total = minutes.reduce((a, b) => a + (Number.isFinite(b) ? b : 0), 0);
  const start = () => send({ action: 'start', budgetsSec: minutes.map((m) => m * 60) });
  return (
    <div className="topbar-group interview-bar">
      <button type="button" className="button button-primary interview-start" onClick={valid ? start : () => setOpen(true)}>
        <Timer size={15} aria-hidden />
        {t('interview.start')}
      </button>
      <Popover.Root open={open} onOpenChange={setOpen}>
        <Popover.Trigger asChild>
          <button type="button" className="icon-button" aria-label={t('interview.budgets.open')}>
            <Settings2 />
          </button>
        </Popover.Trigger>
        <Popover.Portal>
          <Popover.Content
            className="interview-panel interview-budgets"
            side="bottom"
            sideOffset={10}
            collisionPadding={12}
            aria-label={t('interview.budgets.title')}
            onOpenAutoFocus={(event) => {
              const invalid = minutes.findIndex((m) => !validBudget(m));
              if (invalid < 0) return;
              event.preventDefault();
              inputs.current[invalid]?.focus();
            }}
          >
            <form
              className="interview-panel-body"
              onSubmit={(event) => {
                event.preventDefault();
                if (valid) start();
              }}
            >
              <h2 className="interview-title">{t('interview.budgets.title')}</h2>
              <p className="interview-hint">{t('interview.budgets.hint')}</p>
              {INTERVIEW_PHASES.map((phase, i) => {
                const fieldValid = validBudget(minutes[i]);
                return (
                  <div key={phase} className="interview-budget-field">
                    <label className="interview-budget-row">
                      <span>
                        {i + 1}. {t(`interview.phaseTitles.${phase}`)}
                        <small>{t('interview.budgets.book', { range: BOOK_RANGES[i] ?? '' })}</small>
                      </span>
                      <input
                        ref={(element) => {
                          inputs.current[i] = element;
                        }}
                        type="number"
                        min={BUDGET_MINUTES.min}
                        max={BUDGET_MINUTES.max}
                        step={1}
                        value={Number.isFinite(minutes[i]) ? minutes[i] : ''}
                        aria-label={t('interview.budgets.minutes', { phase: t(`interview.phases.${phase}`) })}
                        aria-invalid={fieldValid ? undefined : true}
                        aria-describedby={fieldValid ? undefined : `${errorId}-${i}`}
                        onChange={(e) => setMinutes((all) => all.map((m, j) => (j === i ? e.target.valueAsNumber : m)))}
                      />
                    </label>
                    {fieldValid ? null : (
                      <p id={`${errorId}-${i}`} className="interview-budget-error">
                        {t('interview.budgets.invalid', BUDGET_MINUTES)}
                      </p>
                    )}
                  </div>
                );
              })}
              <p className="interview-hint">{t('interview.budgets.total', { minutes: total })}</p>
              <button type="submit" className="button button-primary" disabled={!valid}>
                <Timer size={15} aria-hidden />
                {t('interview.start')}
              </button>
            </form>
          </Popover.Content>
        </Popover.Portal>
      </Popover.Root>
    </div>
  );
}
