import type { NumberPropSpec } from '../catalogue/propSpec';
import { ASSUMPTION_FIELDS, type AssumptionKey } from '../estimate/assumptionFields';
import { groupDigits, plainDigits, shiftPoint } from './decimal';
import { formatBytes } from './formatBytes';
import { parseQuantity, type QuantityKind } from './parseQuantity';

/** What a number field takes: the kind of quantity, its range and whether it counts whole things. */
export interface NumberInput {
  kind: QuantityKind;
  min: number;
  max: number;
  integer: boolean;
  /** A size field stores multiples of 10^unitExponent bytes (9 for a field in GB). */
  unitExponent?: number;
}

/**
 * The ceiling of a field that names none: past 10^15 a double no longer holds every whole
 * number, and no instance count, capacity or TTL a person means is that large.
 */
export const LARGEST_INPUT = 1e15;

export type NumberInputResult =
  | { ok: true; value: number | undefined }
  | { ok: false; error: 'notNumber' | 'notInteger' | 'outOfRange'; min: string; max: string };

/**
 * A stored value as its field shows it for editing: every digit, grouped, a ratio as its
 * percentage — never in exponent form. `readNumberInput` reads it back to the same number.
 *
 * @example formatNumberInput(300_000_000, { kind: 'count', min: 0, max: 1e10, integer: false }) // '300,000,000'
 * @example formatNumberInput(0.9999, { kind: 'percent', min: 0, max: 1, integer: false }) // '99.99'
 */
export function formatNumberInput(value: number, input: NumberInput): string {
  const plain = plainDigits(value);
  return groupDigits(input.kind === 'percent' ? shiftPoint(plain, 2) : plain);
}

/**
 * One end of a field's range as a message shows it, with its unit where the field has a
 * natural one: "10,000,000,000", "100 %", "1 TB".
 *
 * @example formatRangeEnd(1e12, { kind: 'bytes', min: 0, max: 1e12, integer: false }) // '1 TB'
 */
export function formatRangeEnd(value: number, input: NumberInput): string {
  if (input.kind === 'percent') return `${formatNumberInput(value, input)} %`;
  if (input.kind === 'bytes') return formatBytes(Number(`${plainDigits(value)}e${input.unitExponent ?? 0}`));
  return formatNumberInput(value, input);
}

/**
 * Reads what a person typed into a number field (see `parseQuantity` for what is understood) and
 * checks it against the field: a refusal carries the range, so the message can say what is
 * allowed — NaN, Infinity, negatives and 1e30 users all end here. Blank is "unset".
 *
 * @example readNumberInput('3억', numberInputOfAssumption('monthlyActiveUsers')) // { ok: true, value: 300000000 }
 * @example readNumberInput('1e30', numberInputOfAssumption('monthlyActiveUsers')).ok // false, error 'outOfRange'
 */
export function readNumberInput(text: string, input: NumberInput): NumberInputResult {
  const parsed = parseQuantity(text, input.kind, input.unitExponent);
  const refuse = (error: 'notNumber' | 'notInteger' | 'outOfRange'): NumberInputResult => ({
    ok: false, error, min: formatRangeEnd(input.min, input), max: formatRangeEnd(input.max, input),
  });
  if (!parsed.ok) return refuse('notNumber');
  const { value } = parsed;
  if (value === undefined) return parsed;
  if (!Number.isFinite(value) || value < input.min || value > input.max) return refuse('outOfRange');
  if (input.integer && !Number.isInteger(value)) return refuse('notInteger');
  return parsed;
}

/**
 * How the estimate form takes one assumption: users and rates as counts, ratios as percentages,
 * sizes in bytes, within the field's range.
 *
 * @example numberInputOfAssumption('dailyActiveRatio') // { kind: 'percent', min: 0, max: 1, integer: false }
 */
export function numberInputOfAssumption(key: AssumptionKey): NumberInput {
  const field = ASSUMPTION_FIELDS[key];
  const kind: QuantityKind = field.unit === 'ratio' ? 'percent' : field.unit === 'bytes' ? 'bytes' : 'count';
  return { kind, min: field.min, max: field.max, integer: false };
}

/**
 * How the inspector takes one numeric property: a 0–1 property without a unit (hit ratio,
 * availability) as a percentage, a property in GB as a size, anything else as a count.
 *
 * @example numberInputOfProp({ type: 'number', label: 'Hit ratio', description: '', min: 0, max: 1 }).kind // 'percent'
 */
export function numberInputOfProp(spec: NumberPropSpec): NumberInput {
  const integer = spec.type === 'integer';
  const min = spec.min ?? -LARGEST_INPUT;
  const max = spec.max ?? LARGEST_INPUT;
  if (spec.unit === undefined && spec.min === 0 && spec.max === 1) return { kind: 'percent', min, max, integer };
  if (spec.unit === 'GB') return { kind: 'bytes', min, max, integer, unitExponent: 9 };
  return { kind: 'count', min, max, integer };
}
