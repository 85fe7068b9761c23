import { describe, expect, it } from 'vitest';
import { ASSUMPTION_FIELDS, estimate, TWITTER_ASSUMPTIONS, type EstimateInputKey } from '@scaleboard/rules';
import { rulesLangOf } from '../../i18n/rulesLang';
import { ESTIMATE_ROWS } from './EstimateTable';

describe('the estimate table', () => {
  const note = estimate(TWITTER_ASSUMPTIONS);

  it("shows the note's rounding beside the figures a candidate computes by hand", () => {
    expect(ESTIMATE_ROWS.writeQps(note, 'en')).toEqual({ rounded: '~3.5K', exact: '3,472.2', full: '3,472.222' });
    expect(ESTIMATE_ROWS.peakWriteQps(note, 'en')).toMatchObject({ rounded: '~7K', exact: '6,944.4' });
    expect(ESTIMATE_ROWS.mediaStoragePerDay(note, 'en')).toMatchObject({ rounded: '30 TB', exact: '30 TB', full: '30,000,000,000,000 B' });
    expect(ESTIMATE_ROWS.mediaStorageTotal(note, 'en')).toMatchObject({ rounded: '~55 PB', exact: '54.75 PB' });
    expect(ESTIMATE_ROWS.webServers(note)).toEqual({ rounded: '77', full: '77' });
  });

  it('writes large counts in Korean units for Korean readers, sizes in the same units', () => {
    expect(ESTIMATE_ROWS.dailyActiveUsers(note, 'ko')).toMatchObject({ rounded: '1.5억', exact: '150,000,000' });
    expect(ESTIMATE_ROWS.writeQps(note, 'ko')).toMatchObject({ rounded: '약 3,500', exact: '3,472.2' });
    expect(ESTIMATE_ROWS.mediaStorageTotal(note, 'ko')).toMatchObject({ rounded: '약 55 PB', exact: '54.75 PB' });
  });

  it('writes no figure in exponent form, even with every input at the top of its range', () => {
    const top = Object.fromEntries(Object.entries(ASSUMPTION_FIELDS).map(([key, field]) => [key, field.max])) as Record<EstimateInputKey, number>;
    const e = estimate(top);
    for (const locale of ['en', 'ko'] as const) {
      for (const row of Object.values(ESTIMATE_ROWS)) {
        for (const text of Object.values(row(e, locale))) expect(text).not.toMatch(/\de|e[+-]/i);
      }
    }
  });

  it('follows the UI language', () => {
    expect(rulesLangOf('ko')).toBe('ko');
    expect(rulesLangOf('ko-KR')).toBe('ko');
    expect(rulesLangOf('en-GB')).toBe('en');
    expect(rulesLangOf(undefined)).toBe('en');
  });
});
