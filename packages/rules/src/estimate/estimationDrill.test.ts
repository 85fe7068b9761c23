import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASSUMPTION_FIELDS, ESTIMATE_INPUT_KEYS } from './assumptionFields';
import { estimate } from './estimate';
import { DRILL_ANSWERS, MAX_DRILL_SEED, drawDrillCard, drillSeedFrom, gradeDrill } from './estimationDrill';

describe('drawDrillCard', () => {
  it('is pinned by its seed: card 1 is the same on every machine and run', () => {
    expect(drawDrillCard(1)).toEqual(drawDrillCard(1));
    expect(drawDrillCard(1)).toMatchInlineSnapshot(`
      {
        "dailyActiveRatio": 0.1,
        "idBytes": 64,
        "mediaBytes": 2000000,
        "mediaRatio": 0.05,
        "monthlyActiveUsers": 300000000,
        "peakFactor": 5,
        "readsPerWrite": 100,
        "retentionYears": 3,
        "textBytes": 500,
        "writesPerUserPerDay": 5,
      }
    `);
  });

  it('gives different cards for different seeds, every one inside the assumption ranges', () => {
    const cards = new Set(Array.from({ length: 20 }, (_, seed) => JSON.stringify(drawDrillCard(seed))));
    expect(cards.size).toBeGreaterThan(15);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_DRILL_SEED }), (seed) => {
        const card = drawDrillCard(seed);
        for (const key of ESTIMATE_INPUT_KEYS) {
          expect(card[key]).toBeGreaterThanOrEqual(ASSUMPTION_FIELDS[key].min);
          expect(card[key]).toBeLessThanOrEqual(ASSUMPTION_FIELDS[key].max);
        }
        expect(estimate(card).dailyActiveUsers).toBeGreaterThan(0);
      }),
    );
  });

  it('turns any random number into a seed in range', () => {
    expect(drillSeedFrom(0)).toBe(0);
    expect(drillSeedFrom(0.999999999999)).toBeLessThanOrEqual(MAX_DRILL_SEED);
    expect(drillSeedFrom(-1)).toBe(0);
  });
});

describe('gradeDrill', () => {
  const card = drawDrillCard(42);
  const e = estimate(card);

  it('passes answers within 2× either way and fails those beyond', () => {
    const grades = gradeDrill(card, { dailyActiveUsers: e.dailyActiveUsers * 2, qps: e.qps / 2, storageTotal: e.storageTotalBytes * 2.01, webServers: null });
    expect(grades.dailyActiveUsers).toMatchObject({ pass: true, ratio: 2, expected: e.dailyActiveUsers });
    expect(grades.qps).toMatchObject({ pass: true, ratio: 0.5 });
    expect(grades.storageTotal.pass).toBe(false);
    expect(grades.webServers).toMatchObject({ pass: false, answer: null, ratio: null, expected: e.serversNeeded.webServers });
  });

  it('fails blanks and non-numbers, never throws', () => {
    const grades = gradeDrill(card, { qps: Number.NaN, dailyActiveUsers: Number.POSITIVE_INFINITY });
    for (const key of DRILL_ANSWERS) expect(grades[key].pass).toBe(false);
  });

  it('grades the engine its own answers as passes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_DRILL_SEED }), (seed) => {
        const drawn = drawDrillCard(seed);
        const own = estimate(drawn);
        const grades = gradeDrill(drawn, { dailyActiveUsers: own.dailyActiveUsers, qps: own.qps, storageTotal: own.storageTotalBytes, webServers: own.serversNeeded.webServers });
        expect(DRILL_ANSWERS.every((key) => grades[key].pass)).toBe(true);
      }),
    );
  });
});
