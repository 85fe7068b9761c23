import type { ResolvedAssumptions } from '@scaleboard/rules';

export type AssumptionKey = keyof ResolvedAssumptions | 'availabilityTarget';
export type AssumptionUnit = 'users' | 'percent' | 'perDay' | 'times' | 'bytes' | 'years';

/** How the form shows each estimation input: its unit, and ratios as percentages. */
export interface AssumptionField {
  key: AssumptionKey;
  unit: AssumptionUnit;
  integer?: boolean;
  min?: number;
  max?: number;
}

/** In the order the domain note reasons: users → activity → sizes → retention → target. */
export const ASSUMPTION_FIELDS: readonly AssumptionField[] = [
  { key: 'monthlyActiveUsers', unit: 'users', min: 0 },
  { key: 'dailyActiveRatio', unit: 'percent', min: 0, max: 1 },
  { key: 'writesPerUserPerDay', unit: 'perDay', min: 0 },
  { key: 'readsPerWrite', unit: 'times', min: 0 },
  { key: 'peakFactor', unit: 'times', min: 1 },
  { key: 'mediaRatio', unit: 'percent', min: 0, max: 1 },
  { key: 'mediaBytes', unit: 'bytes', min: 0 },
  { key: 'textBytes', unit: 'bytes', min: 0 },
  { key: 'idBytes', unit: 'bytes', min: 0 },
  { key: 'retentionYears', unit: 'years', min: 0 },
  { key: 'availabilityTarget', unit: 'percent', min: 0, max: 1 },
];

/** Percentages are typed as 0–100 and stored as 0–1 ratios. */
export function scaleOf(field: AssumptionField): number {
  return field.unit === 'percent' ? 100 : 1;
}
