import { Prisma, type Database } from '@scaleboard/db';
import { interviewNotesSchema, readDrillRecords, type InterviewNotes, type InterviewRecord, type InterviewStatus } from '@scaleboard/protocol';
import { NOTE_REVISION_GRAIN_MS, type InterviewStore, type StoredNoteRevision, type PhaseSnapshot, type PhaseSnapshotInfo, type StoredInterview } from './InterviewStore';

/** Advisory-lock class of "saving a board's notes" (the board id's hash is the other key). */
const NOTES_LOCK_CLASS = 0x53424e54; // "SBNT"

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
      drills: readDrillRecords(row.drills),
      version: row.version,
    };
  }

  async saveState(boardId: string, next: InterviewRecord, expectedVersion: number): Promise<boolean> {
    const data = {
      status: next.status,
      phase: next.phase,
      budgetsSec: next.budgetsSec,
      spentMs: next.spentMs,
      runningSince: next.runningSince === null ? null : new Date(next.runningSince),
      drills: next.drills as unknown as Prisma.InputJsonValue,
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

  async saveNotes(boardId: string, { notes, rubric }: InterviewNotes, savedAt: Date): Promise<void> {
    await this.db.prisma.$transaction(async (tx) => {
      // Two instances saving one board's notes at once must not both start a revision.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${NOTES_LOCK_CLASS}::int4, hashtext(${boardId}::text))`;
      await tx.interviewNotes.upsert({ where: { boardId }, create: { boardId, notes, rubric }, update: { notes, rubric } });
      const last = await tx.interviewNoteRevision.findFirst({ where: { boardId }, orderBy: { savedAt: 'desc' }, select: { savedAt: true } });
      if (last && savedAt.getTime() - last.savedAt.getTime() < NOTE_REVISION_GRAIN_MS) {
        await tx.interviewNoteRevision.update({ where: { boardId_savedAt: { boardId, savedAt: last.savedAt } }, data: { notes, rubric } });
      } else {
        await tx.interviewNoteRevision.create({ data: { boardId, savedAt, notes, rubric } });
      }
    });
  }

  async listNoteRevisions(boardId: string, { from, to, limit }: { from?: Date; to?: Date; limit: number }): Promise<StoredNoteRevision[]> {
    const rows = await this.db.prisma.interviewNoteRevision.findMany({
      where: { boardId, savedAt: { gte: from, lte: to } },
      orderBy: { savedAt: 'desc' },
      take: limit,
    });
    return rows.reverse().map((row) => ({ ...interviewNotesSchema.parse({ notes: row.notes, rubric: row.rubric }), savedAt: row.savedAt }));
  }
}
