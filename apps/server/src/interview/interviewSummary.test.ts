import { describe, expect, it } from 'vitest';
import { emptyInterviewNotes, type InterviewStateMessage } from '@scaleboard/protocol';
import { report, templateOf } from '@scaleboard/rules';
import { renderInterviewSummary, replayMomentUrl } from './interviewSummary';

const board = templateOf('twitter-estimate')!.board;
const state: InterviewStateMessage = {
  status: 'running',
  phase: 2,
  budgetsSec: [300, 900, 1200, 300],
  spentMs: [290_000, 905_000, 60_000, 0],
  runningSince: 1_000_000,
  serverNow: 1_030_000,
  snapshotPhases: [0, 1],
  drills: [],
};

describe('renderInterviewSummary', () => {
  it('lists each phase with budget and time spent, counting the running phase up to now', () => {
    const md = renderInterviewSummary({ board, report: report(board), state, notes: null });
    expect(md).toContain('| 1. Understand the problem and fix the scope | 5:00 | 4:50 |');
    expect(md).toContain('| 2. High-level design | 15:00 | 15:05 |');
    expect(md).toContain('| 3. Design deep dive | 20:00 | 1:30 |');
    expect(md).toContain('| 4. Wrap up | 5:00 | 0:00 |');
    expect(md).toContain('- Daily active users: 150M');
    expect(md).toContain('"format": "scaleboard/v1"');
  });

  it('includes notes and rubric only when given them, with table cells kept on one line', () => {
    expect(renderInterviewSummary({ board, report: report(board), state, notes: null })).not.toContain('Rubric');
    const notes = emptyInterviewNotes();
    notes.notes = 'Strong on estimates';
    notes.rubric.deepDive = { score: 2, comment: 'skipped the\nqueue | retries' };
    const md = renderInterviewSummary({ board, report: report(board), state, notes });
    expect(md).toContain('## Interviewer notes (private)');
    expect(md).toContain('Strong on estimates');
    expect(md).toContain('| Deep dive | 2/4 | skipped the queue \\| retries |');
    expect(md).toContain('| Scope | – | – |');
  });

  it('links each phase that started to the replay at its start, and the owner notes to when they were saved, with no key', () => {
    const replay = {
      base: 'https://board.example/',
      boardId: 'b1',
      phaseStarts: ['first' as const, new Date('2026-12-03T09:05:00.000Z'), new Date('2026-12-03T09:20:00.000Z'), null],
      notesSavedAt: new Date('2026-12-03T09:31:00.000Z'),
    };
    const md = renderInterviewSummary({ board, report: report(board), state, notes: emptyInterviewNotes(), replay });
    expect(md).toContain('- [1. Understand the problem and fix the scope](https://board.example/b/b1/replay)');
    expect(md).toContain('- [2. High-level design](https://board.example/b/b1/replay#at=2026-12-03T09%3A05%3A00.000Z)');
    expect(md).toContain('- [3. Design deep dive](https://board.example/b/b1/replay#at=2026-12-03T09%3A20%3A00.000Z)');
    expect(md).not.toContain('[4. Wrap up]');
    expect(md).toContain('[In the replay, as last saved](https://board.example/b/b1/replay#at=2026-12-03T09%3A31%3A00.000Z)');
    expect(md).not.toContain('key=');
  });

  it('lists the drills with what each failed (components by name), who started it, when, and how long it lasted', () => {
    const drills: InterviewStateMessage['drills'] = [
      { preset: 'primary-db-down', scenario: { fail: ['db'] }, startedBy: 'Ivy | lead', startedAt: Date.parse('2026-12-03T09:01:00Z'), endedAt: Date.parse('2026-12-03T09:03:30Z') },
      { preset: 'cold-cache', scenario: { hitRatios: { cache: 0 }, traffic: 3 }, startedBy: 'Ivy', startedAt: Date.parse('2026-12-03T09:05:00Z'), endedAt: null },
    ];
    const md = renderInterviewSummary({ board, report: report(board), state: { ...state, drills }, notes: null });
    expect(md).toContain('## What-if drills');
    expect(md).toContain('| Primary database down — fail "db" | Ivy \\| lead | 09:01:00 | 2:30 |');
    expect(md).toContain('| Cold cache — traffic ×3; hit ratio "cache" 0 % | Ivy | 09:05:00 | still in play |');
    expect(renderInterviewSummary({ board, report: report(board), state, notes: null })).not.toContain('What-if drills');
    expect(renderInterviewSummary({ board, report: report(board, { lang: 'ko' }), state: { ...state, drills }, notes: null, lang: 'ko' })).toContain('| 주 데이터베이스 장애 — "db" 장애 |');
  });

  it('has no replay section before the interview started', () => {
    const md = renderInterviewSummary({ board, report: report(board), state, notes: null, replay: { base: 'http://x', boardId: 'b', phaseStarts: [null, null, null, null], notesSavedAt: null } });
    expect(md).not.toContain('### Replay');
  });
});

describe('replayMomentUrl', () => {
  it('names the replay page and the moment in the fragment, so no server log sees it', () => {
    expect(replayMomentUrl('http://localhost:3000', 'a-b_c', new Date(Date.UTC(2026, 11, 3, 9, 30)))).toBe('http://localhost:3000/b/a-b_c/replay#at=2026-12-03T09%3A30%3A00.000Z');
    expect(replayMomentUrl('http://localhost:3000', 'abc', 'first')).toBe('http://localhost:3000/b/abc/replay');
    expect(new URL(replayMomentUrl('http://h', 'abc', new Date(0))).hash).toBe('#at=1970-01-01T00%3A00%3A00.000Z');
  });
});
