import { describe, expect, it } from 'vitest';
import type { DrillRecord } from '@scaleboard/protocol';
import { sketch } from '@scaleboard/rules';
import { computeAnalysis } from './computeAnalysis';

const board = sketch('Drill', [['users', 'client'], ['web', 'web-server'], ['db', 'database']], [['users', 'web'], ['web', 'db']], { monthlyActiveUsers: 1_000_000 });
const dbDown: DrillRecord = { preset: 'primary-db-down', scenario: { fail: ['db'] }, startedBy: 'Ivy', startedAt: 1, endedAt: null };

describe('computeAnalysis', () => {
  it('is the report of the board as drawn without a drill', () => {
    const analysis = computeAnalysis(board);
    expect(analysis).toMatchObject({ drill: null, failed: [] });
    expect(analysis.findings.some((f) => f.rule.startsWith('scenario-'))).toBe(false);
  });

  it('is the drill’s simulation while one is in play: what failed, the chain to the users, and the load under it', () => {
    const analysis = computeAnalysis(board, 'en', dbDown);
    expect(analysis.drill).toBe(dbDown);
    expect([...analysis.failed].sort()).toEqual(['db', 'web']);
    expect(analysis.findings.find((f) => f.rule === 'scenario-outage')?.nodes).toContain('db');
    expect(analysis.load.db?.qps).toBe(0);
  });

  it('ignores ids the board no longer has (deleted during the drill)', () => {
    const analysis = computeAnalysis(board, 'en', { ...dbDown, scenario: { fail: ['gone'] } });
    expect(analysis.failed).toEqual([]);
  });
});
