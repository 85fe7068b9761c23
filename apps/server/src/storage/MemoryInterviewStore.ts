import type { InterviewNotes, InterviewRecord } from '@scaleboard/protocol';
import { NOTE_REVISION_GRAIN_MS, type InterviewStore, type StoredNoteRevision, type PhaseSnapshot, type PhaseSnapshotInfo, type StoredInterview } from './InterviewStore';

/** The in-memory twin of PrismaInterviewStore; values are copied in and out like a database would. */
export class MemoryInterviewStore implements InterviewStore {
  private readonly states = new Map<string, StoredInterview>();
  private readonly snapshots = new Map<string, Map<number, PhaseSnapshot>>();
  private readonly notes = new Map<string, InterviewNotes>();
  /** Per board, oldest first. */
  private readonly revisions = new Map<string, StoredNoteRevision[]>();

  async getState(boardId: string): Promise<StoredInterview | null> {
    const state = this.states.get(boardId);
    return state ? structuredClone(state) : null;
  }

  async saveState(boardId: string, next: InterviewRecord, expectedVersion: number): Promise<boolean> {
    if ((this.states.get(boardId)?.version ?? 0) !== expectedVersion) return false;
    this.states.set(boardId, { ...structuredClone(next), version: expectedVersion + 1 });
    return true;
  }

  async saveSnapshot(boardId: string, snapshot: PhaseSnapshot): Promise<void> {
    const phases = this.snapshots.get(boardId) ?? new Map<number, PhaseSnapshot>();
    phases.set(snapshot.phase, structuredClone(snapshot));
    this.snapshots.set(boardId, phases);
  }

  async listSnapshots(boardId: string): Promise<PhaseSnapshotInfo[]> {
    return [...(this.snapshots.get(boardId)?.values() ?? [])]
      .map(({ phase, takenAt }) => ({ phase, takenAt: new Date(takenAt) }))
      .sort((a, b) => a.phase - b.phase);
  }

  async getSnapshot(boardId: string, phase: number): Promise<PhaseSnapshot | null> {
    const snapshot = this.snapshots.get(boardId)?.get(phase);
    return snapshot ? structuredClone(snapshot) : null;
  }

  async clearSnapshots(boardId: string): Promise<void> {
    this.snapshots.delete(boardId);
  }

  async getNotes(boardId: string): Promise<InterviewNotes | null> {
    const notes = this.notes.get(boardId);
    return notes ? structuredClone(notes) : null;
  }

  async saveNotes(boardId: string, notes: InterviewNotes, savedAt: Date): Promise<void> {
    this.notes.set(boardId, structuredClone(notes));
    const revisions = this.revisions.get(boardId) ?? [];
    const last = revisions.at(-1);
    const revision = { ...structuredClone(notes), savedAt: new Date(savedAt) };
    if (last && savedAt.getTime() - last.savedAt.getTime() < NOTE_REVISION_GRAIN_MS) revisions[revisions.length - 1] = { ...revision, savedAt: last.savedAt };
    else revisions.push(revision);
    this.revisions.set(boardId, revisions);
  }

  async listNoteRevisions(boardId: string, { from, to, limit }: { from?: Date; to?: Date; limit: number }): Promise<StoredNoteRevision[]> {
    const inRange = (this.revisions.get(boardId) ?? []).filter(({ savedAt }) => (!from || savedAt >= from) && (!to || savedAt <= to));
    return inRange.slice(Math.max(0, inRange.length - limit)).map((revision) => structuredClone(revision));
  }
}
