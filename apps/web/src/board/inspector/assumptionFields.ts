import { ASSUMPTION_FIELDS, ASSUMPTION_KEYS, type AssumptionKey, type AssumptionUnit } from '@scaleboard/rules';
import { formatNumberInput, type NumberBounds } from './parseNumberInput';

/** How the estimate form shows one assumption field of the rules' table. */
export interface AssumptionInput {
  key: AssumptionKey;
  unit: AssumptionUnit;
  /** Ratios are typed as 0–100 percentages and stored as 0–1. */
  scale: number;
  /** In stored units; the number field scales them. */
  bounds: NumberBounds;
  /** The default as typed; none for a field that is off until set. */
  placeholder?: string;
}

/**
 * One input per assumption field, in the table's order.
 *
 * @example ASSUMPTION_INPUTS[1] // { key: 'dailyActiveRatio', unit: 'ratio', scale: 100, bounds: { min: 0, max: 1 }, placeholder: '50' }
 */
export const ASSUMPTION_INPUTS: readonly AssumptionInput[] = ASSUMPTION_KEYS.map((key) => {
  const field = ASSUMPTION_FIELDS[key];
  const scale = field.unit === 'ratio' ? 100 : 1;
  return {
    key,
    unit: field.unit,
    scale,
    bounds: { min: field.min, ...(field.max !== undefined ? { max: field.max } : {}) },
    ...(field.default !== undefined ? { placeholder: formatNumberInput(field.default, scale) } : {}),
  };
});
