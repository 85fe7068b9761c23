import type { DrillCommand, DrillRecord, InterviewCommand, InterviewNotes, InterviewStateMessage } from '@scaleboard/protocol';
import { say, scenarioProblemMessage, validateScenario } from '@scaleboard/rules';
import type { BoardsService } from '../boards/BoardsService';
import type { InterviewStore, StoredNoteRevision, PhaseSnapshot } from '../storage/InterviewStore';
import { storableJson } from '../storage/storableJson';
import { applyDrillCommand, drillsOfNewInterview } from './applyDrillCommand';
import { applyInterviewCommand, idleClock } from './applyInterviewCommand';
import type { PhaseTimeline } from './phaseAt';

export type CommandOutcome = { ok: true; state: InterviewStateMessage } | { ok: false; message: string };

/** How often a command re-reads and retries when another instance wrote the clock first. */
const MAX_ATTEMPTS = 5;

/**
 * The interview of a board, server-side: commands go through the pure state machine and a
 * compare-and-swap write, so the database is the one authority whichever instance runs them.
 * The only caller of the InterviewStore; the board itself is read through the BoardsService.
 */
export class InterviewService {
  constructor(
    // Only `readFile` (the board at the end of a phase); a benchmark gives its own reader.
    private readonly deps: { interviews: InterviewStore; boards: Pick<BoardsService, 'readFile'>; now?: () => number },
  ) {}

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }

  /** The state as clients get it, stamped with this server's clock. */
  async state(boardId: string): Promise<InterviewStateMessage> {
    const [stored, snapshots] = await Promise.all([this.deps.interviews.getState(boardId), this.deps.interviews.listSnapshots(boardId)]);
    const { version: _version, ...clock } = stored ?? { ...idleClock(), drills: [], version: 0 };
    return { ...clock, serverNow: this.now(), snapshotPhases: snapshots.map((s) => s.phase) };
  }

  /** Which phase the interview was in when (`phaseAt`); null when the board never had one. */
  async phaseTimeline(boardId: string): Promise<PhaseTimeline | null> {
    const [stored, ended] = await Promise.all([this.deps.interviews.getState(boardId), this.deps.interviews.listSnapshots(boardId)]);
    return stored ? { status: stored.status, phase: stored.phase, ended } : null;
  }

  /** The what-if drills of the board's interview, oldest first (for the replay's timeline). */
  async drills(boardId: string): Promise<DrillRecord[]> {
    return (await this.deps.interviews.getState(boardId))?.drills ?? [];
  }

  async run(boardId: string, command: InterviewCommand): Promise<CommandOutcome> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const stored = await this.deps.interviews.getState(boardId);
      const now = this.now();
      const result = applyInterviewCommand(stored ?? idleClock(), command, now);
      if (!result.ok) return result;
      const fresh = command.action === 'reset' || command.action === 'start';
      const drills = fresh ? drillsOfNewInterview(stored?.drills ?? []) : (stored?.drills ?? []);
      if (!(await this.deps.interviews.saveState(boardId, { ...result.next, drills }, stored?.version ?? 0))) continue;
      if (fresh) await this.deps.interviews.clearSnapshots(boardId);
      if (result.endedPhase !== null) {
        const board = await this.deps.boards.readFile(boardId);
        // An old log may hold a NUL the live document refuses today; the snapshot keeps the rest.
        await this.deps.interviews.saveSnapshot(boardId, { phase: result.endedPhase, takenAt: new Date(now), board: storableJson(board) });
      }
      return { ok: true, state: await this.state(boardId) };
    }
    return { ok: false, message: 'The interview changed under this command too many times; try again.' };
  }

  /**
   * Starts or ends a what-if drill (`by`: the owner's name). A drill's scenario must name what the
   * board has now; the board may change under it afterwards (the simulation ignores ids gone since).
   */
  async runDrill(boardId: string, command: DrillCommand, by: string): Promise<CommandOutcome> {
    if (command.action === 'start') {
      const [problem] = validateScenario(await this.deps.boards.readFile(boardId), command.scenario);
      if (problem) return { ok: false, message: say('en', scenarioProblemMessage(problem)) };
    }
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const stored = await this.deps.interviews.getState(boardId);
      const { version, ...record } = stored ?? { ...idleClock(), drills: [], version: 0 };
      const result = applyDrillCommand(record.drills, command, this.now(), by);
      if (!result.ok) return result;
      if (await this.deps.interviews.saveState(boardId, { ...record, drills: result.next }, version)) return { ok: true, state: await this.state(boardId) };
    }
    return { ok: false, message: 'The interview changed under this command too many times; try again.' };
  }

  /** The interviewer's private notes and rubric, or null when none were saved. */
  notes(boardId: string): Promise<InterviewNotes | null> {
    return this.deps.interviews.getNotes(boardId);
  }

  saveNotes(boardId: string, notes: InterviewNotes): Promise<void> {
    return this.deps.interviews.saveNotes(boardId, notes, new Date(this.now()));
  }

  /** The notes and rubric as they were saved over time, oldest first (the last `limit` in range). */
  noteRevisions(boardId: string, range: { from?: Date; to?: Date; limit: number }): Promise<StoredNoteRevision[]> {
    return this.deps.interviews.listNoteRevisions(boardId, range);
  }

  /** The board as it was at the end of `phase`, or null when that phase has not ended. */
  snapshot(boardId: string, phase: number): Promise<PhaseSnapshot | null> {
    return this.deps.interviews.getSnapshot(boardId, phase);
  }
}
