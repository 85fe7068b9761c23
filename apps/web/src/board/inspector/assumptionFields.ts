import {
  ASSUMPTION_FIELDS, ASSUMPTION_KEYS, formatNumberInput, numberInputOfAssumption, type AssumptionKey, type AssumptionUnit, type NumberInput,
} from '@scaleboard/rules';

/** How the estimate form shows one assumption field of the rules' table. */
export interface AssumptionInput {
  key: AssumptionKey;
  unit: AssumptionUnit;
  /** What the field takes: ratios typed as percentages, sizes with units, within the field's range. */
  input: NumberInput;
  /** The default as shown; none for a field that is off until set. */
  placeholder?: string;
}

/**
 * One input per assumption field, in the table's order.
 *
 * @example ASSUMPTION_INPUTS[1] // { key: 'dailyActiveRatio', unit: 'ratio', input: { kind: 'percent', min: 0, max: 1, … }, placeholder: '50' }
 */
export const ASSUMPTION_INPUTS: readonly AssumptionInput[] = ASSUMPTION_KEYS.map((key) => {
  const field = ASSUMPTION_FIELDS[key];
  const input = numberInputOfAssumption(key);
  return {
    key,
    unit: field.unit,
    input,
    ...(field.default !== undefined ? { placeholder: formatNumberInput(field.default, input) } : {}),
  };
});
