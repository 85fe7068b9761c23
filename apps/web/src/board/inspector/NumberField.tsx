import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumberInput, readNumberInput, type NumberInput, type NumberInputResult } from '@scaleboard/rules';

interface NumberFieldProps {
  label: string;
  /** The stored value: a plain number (a ratio as 0–1), whatever was typed. */
  value: number | undefined;
  /** What the field takes and its range (the rules package reads and writes it). */
  input: NumberInput;
  placeholder?: string;
  unit?: string;
  hint?: string;
  readOnly: boolean;
  onCommit: (value: number | undefined) => void;
}

type Refusal = Exclude<NumberInputResult, { ok: true }>;

/**
 * A number input with its unit and validation. It shows grouped digits and reads "300M", "3억",
 * "1 MB" or "99.99 %" when the person commits (Enter or leaving the field), so typing "300000000"
 * is one change for the peers and one undo step, not nine, and "3" on the way to "3억" is no error.
 * A refusal stays next to the field, saying the range, until the text changes.
 */
export function NumberField({ label, value, input, placeholder, unit, hint, readOnly, onCommit }: NumberFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const text = draft ?? (value === undefined ? '' : formatNumberInput(value, input));
  const error = refusal ? errorText(refusal, input, t) : null;
  const commit = () => {
    if (draft === null) return;
    const read = readNumberInput(draft, input);
    if (!read.ok) {
      setRefusal(read);
      return;
    }
    if (read.value !== value) onCommit(read.value);
    setDraft(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commit();
    if (event.key === 'Escape') {
      setDraft(null);
      setRefusal(null);
    }
  };
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <div className={`field-input${error ? ' is-invalid' : ''}`}>
        <input
          id={id}
          autoComplete="off"
          spellCheck={false}
          value={text}
          placeholder={placeholder}
          readOnly={readOnly}
          aria-invalid={error ? true : undefined}
          aria-describedby={error || hint ? `${id}-note` : undefined}
          onChange={(e) => {
            setDraft(e.target.value);
            setRefusal(null);
          }}
          onBlur={commit}
          onKeyDown={onKeyDown}
        />
        {unit ? <span className="field-unit">{unit}</span> : null}
      </div>
      {error || hint ? (
        <p id={`${id}-note`} className={error ? 'field-error' : 'field-hint'} role={error ? 'alert' : undefined}>
          {error ?? hint}
        </p>
      ) : null}
    </div>
  );
}

type Translate = ReturnType<typeof useTranslation>['t'];

function errorText(refusal: Refusal, input: NumberInput, t: Translate): string {
  const range = { min: refusal.min, max: refusal.max };
  switch (refusal.error) {
    case 'notNumber':
      return t('numbers.notNumber', { ...range, example: t(`numbers.examples.${input.kind}`) });
    case 'notInteger':
      return t('numbers.notInteger', range);
    case 'outOfRange':
      return t('numbers.outOfRange', range);
  }
}
