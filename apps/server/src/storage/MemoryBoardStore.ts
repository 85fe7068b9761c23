import type { BoardRecord, BoardStore, LoggedUpdate, RotatableKey, StoredDocument } from './BoardStore';

interface MemoryDocument {
  snapshot: Uint8Array | null;
  snapshotSeq: number;
  updates: LoggedUpdate[];
}

/** The in-memory twin of the Prisma store, for unit tests of the layers above storage. */
export class MemoryBoardStore implements BoardStore {
  private readonly boards = new Map<string, BoardRecord>();
  private readonly documents = new Map<string, MemoryDocument>();
  private seq = 0;

  async createBoard(record: BoardRecord, initialUpdate?: Uint8Array): Promise<void> {
    if (this.boards.has(record.id)) throw new Error(`board ${record.id} exists`);
    this.boards.set(record.id, { ...record });
    if (initialUpdate) await this.appendUpdate(record.id, initialUpdate);
  }

  async getBoard(id: string): Promise<BoardRecord | null> {
    return this.boards.get(id) ?? null;
  }

  async replaceKeyHash(boardId: string, which: RotatableKey, hash: string): Promise<boolean> {
    const board = this.boards.get(boardId);
    if (!board) return false;
    this.boards.set(boardId, { ...board, keyHashes: { ...board.keyHashes, [which]: hash } });
    return true;
  }

  async deleteBoard(boardId: string): Promise<boolean> {
    this.documents.delete(boardId);
    return this.boards.delete(boardId);
  }

  async loadDocument(boardId: string): Promise<StoredDocument> {
    const doc = this.documents.get(boardId);
    if (!doc) return { snapshot: null, snapshotSeq: 0, updates: [] };
    return { snapshot: doc.snapshot, snapshotSeq: doc.snapshotSeq, updates: [...doc.updates] };
  }

  async appendUpdate(boardId: string, update: Uint8Array): Promise<LoggedUpdate> {
    const doc = this.documentOf(boardId);
    const entry = { seq: ++this.seq, data: update.slice() };
    doc.updates.push(entry);
    return entry;
  }

  async compact(boardId: string, snapshot: Uint8Array, throughSeq: number): Promise<void> {
    const doc = this.documentOf(boardId);
    if (throughSeq <= doc.snapshotSeq) return;
    doc.snapshot = snapshot.slice();
    doc.snapshotSeq = throughSeq;
    doc.updates = doc.updates.filter((u) => u.seq > throughSeq);
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {}

  private documentOf(boardId: string): MemoryDocument {
    // As in the database, where the log references its board.
    if (!this.boards.has(boardId)) throw new Error(`unknown board ${boardId}`);
    let doc = this.documents.get(boardId);
    if (!doc) {
      doc = { snapshot: null, snapshotSeq: 0, updates: [] };
      this.documents.set(boardId, doc);
    }
    return doc;
  }
}
