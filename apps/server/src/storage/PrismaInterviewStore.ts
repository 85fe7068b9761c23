import { Prisma, type Database } from '@scaleboard/db';
import { interviewNotesSchema, type InterviewClock, type InterviewNotes, type InterviewStatus } from '@scaleboard/protocol';
import type { InterviewStore, PhaseSnapshot, PhaseSnapshotInfo, StoredInterview } from './InterviewStore';

/** InterviewStore on the same Prisma database as the boards (embedded PGlite or PostgreSQL). */
export class PrismaInterviewStore implements InterviewStore {
  constructor(private readonly db: Database) {}

  async getState(boardId: string): Promise<StoredInterview | null> {
    const row = await this.db.prisma.interviewState.findUnique({ where: { boardId } });
    if (!row) return null;
    return {
      status: row.status as InterviewStatus,
      phase: row.phase,
      budgetsSec: row.budgetsSec,
      spentMs: row.spentMs,
      runningSince: row.runningSince?.getTime() ?? null,
      version: row.version,
    };
  }

  async saveState(boardId: string, next: InterviewClock, expectedVersion: number): Promise<boolean> {
    const data = {
      status: next.status,
      phase: next.phase,
      budgetsSec: next.budgetsSec,
      spentMs: next.spentMs,
      runningSince: next.runningSince === null ? null : new Date(next.runningSince),
      version: expectedVersion + 1,
    };
    if (expectedVersion === 0) {
      try {
        await this.db.prisma.interviewState.create({ data: { boardId, ...data } });
        return true;
      } catch (error) {
        // Another instance created it first: the caller re-reads and tries again.
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return false;
        throw error;
      }
    }
    const { count } = await this.db.prisma.interviewState.updateMany({ where: { boardId, version: expectedVersion }, data });
    return count === 1;
  }

  async saveSnapshot(boardId: string, { phase, takenAt, board }: PhaseSnapshot): Promise<void> {
    const json = board as Prisma.InputJsonValue;
    await this.db.prisma.interviewSnapshot.upsert({
      where: { boardId_phase: { boardId, phase } },
      create: { boardId, phase, takenAt, board: json },
      update: { takenAt, board: json },
    });
  }

  async listSnapshots(boardId: string): Promise<PhaseSnapshotInfo[]> {
    return this.db.prisma.interviewSnapshot.findMany({ where: { boardId }, select: { phase: true, takenAt: true }, orderBy: { phase: 'asc' } });
  }

  async getSnapshot(boardId: string, phase: number): Promise<PhaseSnapshot | null> {
    const row = await this.db.prisma.interviewSnapshot.findUnique({ where: { boardId_phase: { boardId, phase } } });
    return row ? { phase: row.phase, takenAt: row.takenAt, board: row.board } : null;
  }

  async clearSnapshots(boardId: string): Promise<void> {
    await this.db.prisma.interviewSnapshot.deleteMany({ where: { boardId } });
  }

  async getNotes(boardId: string): Promise<InterviewNotes | null> {
    const row = await this.db.prisma.interviewNotes.findUnique({ where: { boardId } });
    // Parsed on the way out too: what the owner reads back is always the documented shape.
    return row ? interviewNotesSchema.parse({ notes: row.notes, rubric: row.rubric }) : null;
  }

  async saveNotes(boardId: string, { notes, rubric }: InterviewNotes): Promise<void> {
    await this.db.prisma.interviewNotes.upsert({ where: { boardId }, create: { boardId, notes, rubric }, update: { notes, rubric } });
  }
}
