import type { InterviewClock, InterviewNotes } from '@scaleboard/protocol';
import type { InterviewStore, PhaseSnapshot, PhaseSnapshotInfo, StoredInterview } from './InterviewStore';

/** The in-memory twin of PrismaInterviewStore; values are copied in and out like a database would. */
export class MemoryInterviewStore implements InterviewStore {
  private readonly states = new Map<string, StoredInterview>();
  private readonly snapshots = new Map<string, Map<number, PhaseSnapshot>>();
  private readonly notes = new Map<string, InterviewNotes>();

  async getState(boardId: string): Promise<StoredInterview | null> {
    const state = this.states.get(boardId);
    return state ? structuredClone(state) : null;
  }

  async saveState(boardId: string, next: InterviewClock, expectedVersion: number): Promise<boolean> {
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

  async saveNotes(boardId: string, notes: InterviewNotes): Promise<void> {
    this.notes.set(boardId, structuredClone(notes));
  }
}
