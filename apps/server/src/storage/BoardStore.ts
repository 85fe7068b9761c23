/**
 * Durable storage of boards, reduced to what the rooms need (Hocuspocus' fetch/store idea):
 * board records with hashed keys, and each board's document as a snapshot plus a log of updates.
 * Implemented by Prisma (embedded PGlite or PostgreSQL) and by an in-memory twin for unit tests.
 */

export interface KeyHashes {
  owner: string;
  edit: string;
  view: string;
}

/** The owner key cannot be rotated: it is the only way to manage the board. */
export type RotatableKey = 'edit' | 'view';

export interface BoardRecord {
  id: string;
  title: string;
  keyHashes: KeyHashes;
  createdAt: Date;
}

export interface LoggedUpdate {
  /** Increases with every append to any board; orders a board's log. */
  seq: number;
  data: Uint8Array;
}

export interface StoredDocument {
  /** A Yjs update holding everything up to `snapshotSeq`, or null when never compacted. */
  snapshot: Uint8Array | null;
  snapshotSeq: number;
  /** Updates appended after the snapshot, in order. */
  updates: LoggedUpdate[];
}

export interface BoardStore {
  /** Creates a board; `initialUpdate` (a Yjs update) becomes its first log entry. */
  createBoard(record: BoardRecord, initialUpdate?: Uint8Array): Promise<void>;
  getBoard(id: string): Promise<BoardRecord | null>;
  /** Replaces the hash of the edit or view key (rotation); false when the board does not exist. */
  replaceKeyHash(boardId: string, which: RotatableKey, hash: string): Promise<boolean>;
  /** Deletes a board with its log and snapshot; false when it did not exist. */
  deleteBoard(boardId: string): Promise<boolean>;
  /** Snapshot plus the log after it. An unknown board loads as empty. */
  loadDocument(boardId: string): Promise<StoredDocument>;
  /** Appends one accepted update to the durable log; resolves once it is durable. */
  appendUpdate(boardId: string, update: Uint8Array): Promise<LoggedUpdate>;
  /**
   * Replaces the snapshot with `snapshot` (which must contain every update with seq ≤
   * `throughSeq`) and trims those updates from the log, atomically. Updates appended after
   * `throughSeq` stay in the log, so a concurrent writer loses nothing.
   */
  compact(boardId: string, snapshot: Uint8Array, throughSeq: number): Promise<void>;
  /** Throws when the database cannot be reached (for /readyz). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
