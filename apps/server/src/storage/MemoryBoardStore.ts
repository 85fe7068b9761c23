import {
  assertStorableLabel,
  storableAuthors,
  type BoardRecord,
  type BoardStore,
  type BoardStoreOptions,
  type LoggedUpdate,
  type RotatableKey,
  type StoredDocument,
  type UpdateAuthor,
  type UpdateEncoding,
  type VersionDocument,
  type VersionPage,
} from './BoardStore';

interface MemoryEntry extends LoggedUpdate {
  at: Date;
  authors: UpdateAuthor[];
  label: string | null;
}

interface MemoryCheckpoint {
  throughSeq: number;
  data: Uint8Array;
  encoding: UpdateEncoding;
  at: Date;
}

interface MemoryDocument {
  snapshot: Uint8Array | null;
  snapshotEncoding: UpdateEncoding;
  snapshotSeq: number;
  /** The whole log (the history), in seq order. */
  log: MemoryEntry[];
  /** In throughSeq order. */
  checkpoints: MemoryCheckpoint[];
}

/** The in-memory twin of the Prisma store, for unit tests of the layers above storage. */
export class MemoryBoardStore implements BoardStore {
  private readonly boards = new Map<string, BoardRecord>();
  private readonly documents = new Map<string, MemoryDocument>();
  private seq = 0;

  constructor(private readonly options: BoardStoreOptions = {}) {}

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
    if (!doc) return { snapshot: null, snapshotEncoding: 1, snapshotSeq: 0, updates: [] };
    const tail = doc.log.filter((entry) => entry.seq > doc.snapshotSeq);
    return { snapshot: doc.snapshot, snapshotEncoding: doc.snapshotEncoding, snapshotSeq: doc.snapshotSeq, updates: tail.map(({ seq, data }) => ({ seq, data })) };
  }

  async appendUpdate(boardId: string, update: Uint8Array, authors: readonly UpdateAuthor[] = []): Promise<LoggedUpdate> {
    const doc = this.documentOf(boardId);
    const entry = { seq: ++this.seq, data: update.slice(), at: this.options.now?.() ?? new Date(), authors: storableAuthors(authors), label: null };
    doc.log.push(entry);
    return { seq: entry.seq, data: entry.data };
  }

  async compact(boardId: string, snapshot: Uint8Array, throughSeq: number, encoding: UpdateEncoding): Promise<void> {
    const doc = this.documentOf(boardId);
    if (throughSeq <= doc.snapshotSeq) return;
    doc.snapshot = snapshot.slice();
    doc.snapshotEncoding = encoding;
    doc.snapshotSeq = throughSeq;
    doc.checkpoints.push({ throughSeq, data: snapshot.slice(), encoding, at: new Date() });
  }

  async listVersions(boardId: string, options: { before?: number; limit: number }): Promise<VersionPage> {
    const log = this.documents.get(boardId)?.log ?? [];
    const older = log.filter((entry) => options.before === undefined || entry.seq < options.before).reverse();
    const page = older.slice(0, options.limit);
    return {
      versions: page.map((entry) => ({ version: entry.seq, at: entry.at, authors: entry.authors.map((a) => ({ ...a })), label: entry.label })),
      next: older.length > page.length ? page.at(-1)!.seq : null,
    };
  }

  async loadVersion(boardId: string, version: number): Promise<VersionDocument | null> {
    const doc = this.documents.get(boardId);
    if (!doc?.log.some((entry) => entry.seq === version)) return null;
    const checkpoint = doc.checkpoints.findLast((c) => c.throughSeq <= version);
    const from = checkpoint?.throughSeq ?? 0;
    return {
      checkpoint: checkpoint ? checkpoint.data.slice() : null,
      checkpointEncoding: checkpoint?.encoding ?? 1,
      updates: doc.log.filter((entry) => entry.seq > from && entry.seq <= version).map((entry) => entry.data.slice()),
    };
  }

  async labelVersion(boardId: string, version: number, label: string | null): Promise<boolean> {
    assertStorableLabel(label);
    const entry = this.documents.get(boardId)?.log.find((e) => e.seq === version);
    if (!entry) return false;
    entry.label = label;
    return true;
  }

  async pruneHistory(boardId: string, olderThan: Date): Promise<void> {
    const doc = this.documents.get(boardId);
    if (!doc) return;
    // The same rule as PrismaBoardStore.pruneHistory, which explains it.
    const newest = doc.checkpoints.findLast((c) => c.throughSeq <= doc.snapshotSeq)?.throughSeq;
    if (newest === undefined) return;
    const segmentOf = (seq: number) => doc.checkpoints.findLast((c) => c.throughSeq <= seq)?.throughSeq ?? 0;
    const covered = doc.log.filter((entry) => entry.seq <= newest);
    const prunable = (entry: MemoryEntry) => entry.at < olderThan && entry.label === null;
    const keptUpTo = new Map<number, number>();
    for (const entry of covered) if (!prunable(entry)) keptUpTo.set(segmentOf(entry.seq), entry.seq);
    const doomed = new Set(
      covered
        .filter((entry) => {
          const segment = segmentOf(entry.seq);
          const upTo = keptUpTo.get(segment);
          return prunable(entry) && (upTo === undefined || entry.seq > upTo || entry.seq === segment);
        })
        .map((entry) => entry.seq),
    );
    doc.log = doc.log.filter((entry) => !doomed.has(entry.seq));
    doc.checkpoints = doc.checkpoints.filter((c) => c.throughSeq >= newest || c.at >= olderThan || keptUpTo.has(c.throughSeq));
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {}

  private documentOf(boardId: string): MemoryDocument {
    // As in the database, where the log references its board.
    if (!this.boards.has(boardId)) throw new Error(`unknown board ${boardId}`);
    let doc = this.documents.get(boardId);
    if (!doc) {
      doc = { snapshot: null, snapshotEncoding: 1, snapshotSeq: 0, log: [], checkpoints: [] };
      this.documents.set(boardId, doc);
    }
    return doc;
  }
}
