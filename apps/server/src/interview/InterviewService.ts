import type { InterviewCommand, InterviewStateMessage } from '@scaleboard/protocol';
import type { BoardFileReader } from '../boards/BoardFileReader';
import type { InterviewStore } from '../storage/InterviewStore';
import { storableJson } from '../storage/storableJson';
import { applyInterviewCommand, idleClock } from './applyInterviewCommand';

export type CommandOutcome = { ok: true; state: InterviewStateMessage } | { ok: false; message: string };

/** How often a command re-reads and retries when another instance wrote the clock first. */
const MAX_ATTEMPTS = 5;

/**
 * The interview of a board, server-side: commands go through the pure state machine and a
 * compare-and-swap write, so the database is the one authority whichever instance runs them.
 */
export class InterviewService {
  constructor(
    private readonly deps: { interviews: InterviewStore; files: BoardFileReader; now?: () => number },
  ) {}

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }

  /** The state as clients get it, stamped with this server's clock. */
  async state(boardId: string): Promise<InterviewStateMessage> {
    const [stored, snapshots] = await Promise.all([this.deps.interviews.getState(boardId), this.deps.interviews.listSnapshots(boardId)]);
    const { version: _version, ...clock } = stored ?? { ...idleClock(), version: 0 };
    return { ...clock, serverNow: this.now(), snapshotPhases: snapshots.map((s) => s.phase) };
  }

  async run(boardId: string, command: InterviewCommand): Promise<CommandOutcome> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const stored = await this.deps.interviews.getState(boardId);
      const now = this.now();
      const result = applyInterviewCommand(stored ?? idleClock(), command, now);
      if (!result.ok) return result;
      if (!(await this.deps.interviews.saveState(boardId, result.next, stored?.version ?? 0))) continue;
      if (command.action === 'reset' || command.action === 'start') await this.deps.interviews.clearSnapshots(boardId);
      if (result.endedPhase !== null) {
        const board = await this.deps.files.read(boardId);
        // An old log may hold a NUL the live document refuses today; the snapshot keeps the rest.
        await this.deps.interviews.saveSnapshot(boardId, { phase: result.endedPhase, takenAt: new Date(now), board: storableJson(board) });
      }
      return { ok: true, state: await this.state(boardId) };
    }
    return { ok: false, message: 'The interview changed under this command too many times; try again.' };
  }
}
