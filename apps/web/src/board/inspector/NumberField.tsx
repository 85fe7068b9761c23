import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumberInput, parseNumberInput, type NumberBounds, type ParsedNumber } from './parseNumberInput';

interface NumberFieldProps {
  label: string;
  value: number | undefined;
  placeholder?: string;
  unit?: string;
  hint?: string;
  bounds: NumberBounds;
  /** Shown and typed as a multiple of the stored value (100 for a percentage of a 0–1 ratio). */
  scale?: number;
  readOnly: boolean;
  onCommit: (value: number | undefined) => void;
}

const display = (value: number | undefined, scale: number) => (value === undefined ? '' : formatNumberInput(value, scale));

/**
 * A number input with its unit and validation. It commits on Enter or when focus leaves, so
 * typing "300000000" is one change for the peers and one undo step, not nine.
 */
export function NumberField({ label, value, placeholder, unit, hint, bounds, scale = 1, readOnly, onCommit }: NumberFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? display(value, scale);
  const scaled: NumberBounds = {
    ...bounds,
    ...(bounds.min !== undefined ? { min: bounds.min * scale } : {}),
    ...(bounds.max !== undefined ? { max: bounds.max * scale } : {}),
  };
  const parsed = parseNumberInput(text, scaled);
  const error = parsed.ok ? null : errorText(parsed, t);
  const commit = () => {
    if (draft === null) return;
    if (parsed.ok) {
      const next = parsed.value === undefined ? undefined : parsed.value / scale;
      if (next !== value) onCommit(next);
      setDraft(null);
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commit();
    if (event.key === 'Escape') setDraft(null);
  };
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <div className={`field-input${error ? ' is-invalid' : ''}`}>
        <input
          id={id}
          inputMode="decimal"
          autoComplete="off"
          value={text}
          placeholder={placeholder}
          readOnly={readOnly}
          aria-invalid={error ? true : undefined}
          aria-describedby={error || hint ? `${id}-note` : undefined}
          onChange={(e) => setDraft(e.target.value)}
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

function errorText(parsed: Exclude<ParsedNumber, { ok: true }>, t: Translate): string {
  switch (parsed.error) {
    case 'atLeast':
      return t('analysis.properties.atLeast', { min: parsed.min });
    case 'atMost':
      return t('analysis.properties.atMost', { max: parsed.max });
    default:
      return t(`analysis.properties.${parsed.error}`);
  }
}
