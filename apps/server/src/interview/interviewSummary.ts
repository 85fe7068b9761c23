import { INTERVIEW_PHASES, RUBRIC_AREAS, phaseElapsedMs, replayPagePath, type InterviewNotes, type InterviewStateMessage } from '@scaleboard/protocol';
import { markdownCell as cell, markdownInline as inline } from '@scaleboard/board';
import { formatBytes, formatCount, type Board, type Report } from '@scaleboard/rules';

const PHASE_TITLES = ['Understand the problem and fix the scope', 'High-level design', 'Design deep dive', 'Wrap up'];
const RUBRIC_TITLES = { scope: 'Scope', highLevelDesign: 'High-level design', deepDive: 'Deep dive', communication: 'Communication' } as const;

export interface SummaryInput {
  board: Board;
  report: Report;
  state: InterviewStateMessage;
  /** Present only when the owner key asked; every other key's summary has no notes section. */
  notes: InterviewNotes | null;
  /** Where the summary links into the replay (see replayMomentUrl); no section without it. */
  replay?: {
    /** The web app's origin: PUBLIC_URL, else the one the request came to. */
    base: string;
    boardId: string;
    /** Each phase's start (phaseStarts). */
    phaseStarts: ReadonlyArray<Date | 'first' | null>;
    /** When the notes were last saved, for the owner's copy. */
    notesSavedAt: Date | null;
  };
}

/**
 * The replay page at a moment (`'first'`: its start), with no key in it: a summary gets forwarded,
 * so the page takes the key from the reader's browser (docs/history.md#links-to-moments-of-the-replay).
 *
 * @example replayMomentUrl('https://b.example', 'abc', new Date(0)) // 'https://b.example/b/abc/replay#at=1970-01-01T00%3A00%3A00.000Z'
 */
export function replayMomentUrl(base: string, boardId: string, at: Date | 'first'): string {
  return base.replace(/\/$/, '') + replayPagePath(boardId, at === 'first' ? {} : { at: at.toISOString() });
}

/**
 * The wrap-up as Markdown: phase timings, the findings, the estimate, the board as JSON, and —
 * for the owner only — the private notes and rubric.
 *
 * @example res.type('text/markdown').send(renderInterviewSummary({ board, report: report(board), state, notes: null }))
 */
export function renderInterviewSummary({ board, report, state, notes, replay }: SummaryInput): string {
  const lines: string[] = [`# Interview summary — ${inline(board.title)}`, ''];
  lines.push('## Phases', '', '| phase | budget | spent |', '|---|---|---|');
  INTERVIEW_PHASES.forEach((_id, i) => {
    const spent = i === state.phase ? phaseElapsedMs(state, state.serverNow) : (state.spentMs[i] ?? 0);
    lines.push(`| ${i + 1}. ${PHASE_TITLES[i]} | ${minutes((state.budgetsSec[i] ?? 0) * 1000)} | ${minutes(spent)} |`);
  });
  lines.push('', `Status: ${state.status}.`, '');
  if (replay) {
    const moments = replay.phaseStarts.flatMap((start, i) => (start === null ? [] : [`- [${i + 1}. ${PHASE_TITLES[i]}](${replayMomentUrl(replay.base, replay.boardId, start)})`]));
    if (moments.length > 0) lines.push('### Replay', '', 'Each phase in the replay, from its start (open with a key or replay link of this board):', '', ...moments, '');
  }

  lines.push('## Findings', '');
  if (report.findings.length === 0) lines.push('No findings.');
  for (const f of report.findings) lines.push(`- **${f.severity}** \`${f.rule}\` (${inline(f.nodes.join(', '))}): ${inline(f.message)}${f.fix ? ` — fix: ${inline(f.fix)}` : ''}`);
  const e = report.estimate;
  lines.push('', '## Estimate', '');
  lines.push(`- Daily active users: ${formatCount(e.dailyActiveUsers)}`);
  lines.push(`- QPS: ${formatCount(e.qps)} (peak ${formatCount(e.peakQps)}); writes ${formatCount(e.writeQps)}, reads ${formatCount(e.readQps)}`);
  lines.push(`- Storage per day: ${formatBytes(e.storagePerDayBytes)} (media ${formatBytes(e.mediaStoragePerDayBytes)})`);
  lines.push(`- Storage over retention: ${formatBytes(e.storageTotalBytes)}`);

  if (notes) {
    lines.push('', '## Interviewer notes (private)', '');
    if (replay?.notesSavedAt) lines.push(`[In the replay, as last saved](${replayMomentUrl(replay.base, replay.boardId, replay.notesSavedAt)})`, '');
    lines.push(notes.notes.trim() || '_No notes._', '', '## Rubric (private)', '', '| area | score | comment |', '|---|---|---|');
    for (const area of RUBRIC_AREAS) {
      const { score, comment } = notes.rubric[area];
      lines.push(`| ${RUBRIC_TITLES[area]} | ${score === null ? '–' : `${score}/4`} | ${cell(comment)} |`);
    }
  }

  lines.push('', '## Board', '', '```json', JSON.stringify(board, null, 2), '```', '');
  return lines.join('\n');
}

function minutes(ms: number): string {
  const total = Math.round(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
