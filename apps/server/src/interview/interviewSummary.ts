import { INTERVIEW_PHASES, RUBRIC_AREAS, phaseElapsedMs, replayPagePath, type DrillRecord, type InterviewNotes, type InterviewStateMessage } from '@scaleboard/protocol';
import { markdownCell as cell, markdownInline as inline } from '@scaleboard/board';
import { componentNames, DEFAULT_LANG, formatBytes, formatCount, translate, type Board, type Lang, type MessageKey, type Report } from '@scaleboard/rules';

export interface SummaryInput {
  board: Board;
  /** `report(board, { lang })`, in the summary's language. */
  report: Report;
  state: InterviewStateMessage;
  /** Present only when the owner key asked; every other key's summary has no notes section. */
  notes: InterviewNotes | null;
  /** The language of its headings, phases and findings (default English); the board's text stays as typed. */
  lang?: Lang;
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
 * @example res.type('text/markdown').send(renderInterviewSummary({ board, report: report(board, { lang: 'ko' }), state, notes: null, lang: 'ko' }))
 */
export function renderInterviewSummary({ board, report, state, notes, replay, lang = DEFAULT_LANG }: SummaryInput): string {
  const say = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
  const names = componentNames(board.nodes, lang);
  const lines: string[] = [`# ${say('interview.summary.title', { title: inline(board.title) })}`, ''];
  lines.push(`## ${say('interview.summary.phases')}`, '', say('interview.summary.phasesHeader'), '|---|---|---|');
  INTERVIEW_PHASES.forEach((id, i) => {
    const spent = i === state.phase ? phaseElapsedMs(state, state.serverNow) : (state.spentMs[i] ?? 0);
    lines.push(`| ${i + 1}. ${say(`interview.phases.${id}`)} | ${minutes((state.budgetsSec[i] ?? 0) * 1000)} | ${minutes(spent)} |`);
  });
  lines.push('', say('interview.summary.status', { status: say(`interview.statuses.${state.status}`) }), '');
  if (replay) {
    const moments = replay.phaseStarts.flatMap((start, i) => {
      const id = INTERVIEW_PHASES[i];
      return start === null || id === undefined ? [] : [`- [${i + 1}. ${say(`interview.phases.${id}`)}](${replayMomentUrl(replay.base, replay.boardId, start)})`];
    });
    if (moments.length > 0) lines.push(`### ${say('interview.summary.replay')}`, '', say('interview.summary.replayHint'), '', ...moments, '');
  }

  if (state.drills.length > 0) {
    lines.push(`## ${say('interview.summary.drills')}`, '', say('interview.summary.drillsHeader'), '|---|---|---|---|');
    for (const drill of state.drills) {
      const lasted = drill.endedAt === null ? say('interview.summary.drillInPlay') : minutes(drill.endedAt - drill.startedAt);
      lines.push(`| ${cell(drillTitle(drill, (id) => names.byId(id), say))} | ${cell(drill.startedBy)} | ${new Date(drill.startedAt).toISOString().slice(11, 19)} | ${lasted} |`);
    }
    lines.push('');
  }

  lines.push(`## ${say('interview.summary.findings')}`, '');
  if (report.findings.length === 0) lines.push(say('interview.summary.noFindings'));
  for (const f of report.findings) {
    const fix = f.fix ? ` — ${say('interview.summary.fix', { fix: inline(f.fix) })}` : '';
    lines.push(`- **${say(`severities.${f.severity}`)}** \`${f.rule}\` (${inline(f.nodes.map((id) => names.byId(id)).join(', '))}): ${inline(f.message)}${fix}`);
  }
  const e = report.estimate;
  lines.push('', `## ${say('interview.summary.estimate')}`, '');
  lines.push(`- ${say('interview.summary.dailyActiveUsers', { value: formatCount(e.dailyActiveUsers) })}`);
  lines.push(`- ${say('interview.summary.qps', { qps: formatCount(e.qps), peak: formatCount(e.peakQps), writes: formatCount(e.writeQps), reads: formatCount(e.readQps) })}`);
  lines.push(`- ${say('interview.summary.storagePerDay', { total: formatBytes(e.storagePerDayBytes), media: formatBytes(e.mediaStoragePerDayBytes) })}`);
  lines.push(`- ${say('interview.summary.storageTotal', { total: formatBytes(e.storageTotalBytes) })}`);

  if (notes) {
    lines.push('', `## ${say('interview.summary.notes')}`, '');
    if (replay?.notesSavedAt) lines.push(`[${say('interview.summary.notesInReplay')}](${replayMomentUrl(replay.base, replay.boardId, replay.notesSavedAt)})`, '');
    lines.push(notes.notes.trim() || say('interview.summary.noNotes'), '');
    lines.push(`## ${say('interview.summary.rubric')}`, '', say('interview.summary.rubricHeader'), '|---|---|---|');
    for (const area of RUBRIC_AREAS) {
      const { score, comment } = notes.rubric[area];
      lines.push(`| ${say(`interview.rubric.${area}`)} | ${score === null ? '–' : `${score}/4`} | ${cell(comment)} |`);
    }
  }

  lines.push('', `## ${say('interview.summary.board')}`, '', '```json', JSON.stringify(board, null, 2), '```', '');
  return lines.join('\n');
}

/** "Primary database down — fail DB; traffic ×3": the preset and what its scenario does, components by name. */
function drillTitle(drill: DrillRecord, name: (id: string) => string, say: (key: MessageKey, params?: Record<string, string | number>) => string): string {
  const { fail = [], traffic, hitRatios = {} } = drill.scenario;
  const parts = [
    ...(fail.length > 0 ? [say('interview.summary.drillFail', { names: fail.map(name).join(', ') })] : []),
    ...(traffic !== undefined ? [say('interview.summary.drillTraffic', { factor: traffic })] : []),
    ...(Object.keys(hitRatios).length > 0 ? [say('interview.summary.drillHitRatios', { list: Object.entries(hitRatios).map(([id, ratio]) => `${name(id)} ${Math.round(ratio * 100)} %`).join(', ') })] : []),
  ];
  return `${say(`interview.drillPresets.${drill.preset}`)} — ${parts.join('; ')}`;
}

function minutes(ms: number): string {
  const total = Math.round(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
