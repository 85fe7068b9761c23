import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumberInput, numberInputOfProp, propDescription, propLabel, propUnit, type PropSpec } from '@scaleboard/rules';
import { useRulesLang } from '../../i18n/rulesLang';
import { NumberField } from './NumberField';

interface PropFieldProps {
  name: string;
  spec: PropSpec;
  /** The value on the board; undefined means the catalogue default applies. */
  value: unknown;
  readOnly: boolean;
  onChange: (value: unknown) => void;
}

/** One catalogue property, rendered from its spec: a number with unit and bounds, a switch, or a choice. */
export function PropField({ name, spec, value, readOnly, onChange }: PropFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const lang = useRulesLang();
  const label = propLabel(name, lang);
  const description = propDescription(name, lang);
  if (spec.type === 'boolean') {
    const checked = typeof value === 'boolean' ? value : spec.default;
    return (
      <div className="field field-inline">
        <label className="field-label" htmlFor={id}>
          {label}
        </label>
        <button
          id={id}
          type="button"
          role="switch"
          aria-checked={checked}
          className="switch"
          disabled={readOnly}
          title={description}
          onClick={() => onChange(!checked)}
        >
          <span className="switch-thumb" aria-hidden />
        </button>
      </div>
    );
  }
  if (spec.type === 'enum') {
    const current = typeof value === 'string' && spec.options.includes(value) ? value : spec.default;
    return (
      <div className="field">
        <label className="field-label" htmlFor={id}>
          {label}
        </label>
        <select id={id} className="field-select" value={current} disabled={readOnly} title={description} onChange={(e) => onChange(e.target.value)}>
          {spec.options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </div>
    );
  }
  const input = numberInputOfProp(spec);
  const unit = input.kind === 'percent' ? '%' : spec.unit && propUnit(spec.unit, lang);
  return (
    <NumberField
      label={label}
      value={typeof value === 'number' ? value : undefined}
      input={input}
      placeholder={spec.default !== undefined ? formatNumberInput(spec.default, input) : t('analysis.properties.unset')}
      {...(unit ? { unit } : {})}
      hint={description}
      readOnly={readOnly}
      onCommit={onChange}
    />
  );
}
