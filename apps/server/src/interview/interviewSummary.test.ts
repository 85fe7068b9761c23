import { describe, expect, it } from 'vitest';
import { emptyInterviewNotes, type InterviewStateMessage } from '@scaleboard/protocol';
import { report, templateOf } from '@scaleboard/rules';
import { renderInterviewSummary } from './interviewSummary';

const board = templateOf('twitter-estimate')!.board;
const state: InterviewStateMessage = {
  status: 'running',
  phase: 2,
  budgetsSec: [300, 900, 1200, 300],
  spentMs: [290_000, 905_000, 60_000, 0],
  runningSince: 1_000_000,
  serverNow: 1_030_000,
  snapshotPhases: [0, 1],
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
});
