import type { InterviewNotes, InterviewRecord } from '@scaleboard/protocol';

/**
 * Durable interview state of a board, beside (not inside) the BoardStore: the server-owned
 * clock, the board at the end of each phase, and the interviewer's private notes. Implemented
 * by Prisma and by an in-memory twin, checked by one contract suite.
 */

/** The clock and drills as stored, with the version a compare-and-swap write must name. */
export interface StoredInterview extends InterviewRecord {
  version: number;
}

export interface PhaseSnapshotInfo {
  phase: number;
  takenAt: Date;
}

export interface PhaseSnapshot extends PhaseSnapshotInfo {
  /** A scaleboard/v1 document. */
  board: unknown;
}

/** The notes and rubric as the owner saved them at `savedAt`. */
export interface StoredNoteRevision extends InterviewNotes {
  savedAt: Date;
}

/**
 * At most one note revision per board per this long: a save within it of the last revision
 * replaces that revision's text and keeps its time, so steady typing cannot pile up rows (and
 * cannot push one revision's time forward for ever either).
 */
export const NOTE_REVISION_GRAIN_MS = 10_000;

export interface InterviewStore {
  /** The clock and drills, or null when the board never had an interview (nor a drill). */
  getState(boardId: string): Promise<StoredInterview | null>;
  /**
   * Writes `next` only if the stored version is still `expectedVersion` (0: nothing stored
   * yet), so two instances applying commands at once cannot both win. Resolves to whether it
   * was written; the new version is `expectedVersion + 1`.
   */
  saveState(boardId: string, next: InterviewRecord, expectedVersion: number): Promise<boolean>;
  /** Records (or replaces) the board at the end of `phase`. */
  saveSnapshot(boardId: string, snapshot: PhaseSnapshot): Promise<void>;
  listSnapshots(boardId: string): Promise<PhaseSnapshotInfo[]>;
  getSnapshot(boardId: string, phase: number): Promise<PhaseSnapshot | null>;
  clearSnapshots(boardId: string): Promise<void>;
  getNotes(boardId: string): Promise<InterviewNotes | null>;
  /**
   * Replaces the latest notes and, in the same transaction, records them as a revision at
   * `savedAt` (or folds them into the last revision, see NOTE_REVISION_GRAIN_MS).
   */
  saveNotes(boardId: string, notes: InterviewNotes, savedAt: Date): Promise<void>;
  /** The last `limit` revisions saved in [from, to] (either bound optional), oldest first. */
  listNoteRevisions(boardId: string, range: { from?: Date; to?: Date; limit: number }): Promise<StoredNoteRevision[]>;
}
