import * as Y from 'yjs';

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

/** Who an update came from: the display name of the session and its role. */
export interface UpdateAuthor {
  name: string;
  role: 'owner' | 'editor' | 'server';
}

/** One point of the board's past: a log entry (`version` is its seq). */
export interface VersionInfo {
  version: number;
  at: Date;
  authors: UpdateAuthor[];
  label: string | null;
}

export interface VersionPage {
  /** Newest first. */
  versions: VersionInfo[];
  /** Pass as `before` for the next (older) page; null when this page reaches the first version. */
  next: number | null;
}

/**
 * What rebuilds the board at a version: the nearest checkpoint at or before it (null when the
 * board has none there: then the log from its start), then the log entries after the
 * checkpoint up to and including the version, in order.
 */
export interface VersionDocument {
  checkpoint: Uint8Array | null;
  /** How `checkpoint` is encoded (1 when there is none). */
  checkpointEncoding: UpdateEncoding;
  /** Log entries: Yjs v1 updates, as the clients sent them. */
  updates: Uint8Array[];
}

/**
 * The Yjs update format of a stored snapshot or checkpoint: 1, the format clients send and the
 * log keeps; 2, Yjs's columnar format, which compaction writes since 2026-12-04 — a board of
 * 10,000 moves is 180 KB in v1 and about 1 KB in v2, and a cold load reads it (docs/database.md).
 * Rows written before have 1 (the migration's default) and are read as they are.
 */
export type UpdateEncoding = 1 | 2;

/** Whether a stored encoding is one this version reads (a newer release may write others). */
export function isUpdateEncoding(value: number): value is UpdateEncoding {
  return value === 1 || value === 2;
}

/**
 * A stored update in v1, the format every reader outside the load path (history, exports, the
 * export workers) applies with `Y.applyUpdate`.
 *
 * @example const v1 = asV1Update(stored.snapshot, stored.snapshotEncoding)
 */
export function asV1Update(data: Uint8Array, encoding: UpdateEncoding): Uint8Array {
  return encoding === 2 ? Y.convertUpdateFormatV2ToV1(data) : data;
}

/**
 * A version's document as the Yjs (v1) updates that make it, checkpoint first.
 *
 * @example readDocOf(versionUpdates(await store.loadVersion(id, 42)))
 */
export function versionUpdates({ checkpoint, checkpointEncoding, updates }: VersionDocument): Uint8Array[] {
  return checkpoint ? [asV1Update(checkpoint, checkpointEncoding), ...updates] : updates;
}

/** Longest author name kept, in UTF-16 code units. */
export const MAX_AUTHOR_NAME_LENGTH = 200;
/** Most authors kept per log entry (a batch of a crowded room names the first ones). */
export const MAX_AUTHORS_PER_UPDATE = 32;

/** A surrogate without its other half: not valid Unicode text (jsonb refuses it). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * `authors` as the log keeps them: at most MAX_AUTHORS_PER_UPDATE, each name clipped to
 * MAX_AUTHOR_NAME_LENGTH, without NUL characters or lone surrogates (PostgreSQL refuses both
 * in jsonb; a pair split by the clip goes too). Both stores call it, so they keep the same thing.
 *
 * @example storableAuthors([{ name: 'Ada\u0000', role: 'editor' }]) // [{ name: 'Ada', role: 'editor' }]
 */
export function storableAuthors(authors: readonly UpdateAuthor[]): UpdateAuthor[] {
  return authors.slice(0, MAX_AUTHORS_PER_UPDATE).map(({ name, role }) => ({
    // Clipped first, so the work is bounded by what is kept, not by a hostile name's length.
    name: name.slice(0, MAX_AUTHOR_NAME_LENGTH).replace(LONE_SURROGATE, '').replaceAll('\u0000', ''),
    role,
  }));
}

/**
 * Refuses a label PostgreSQL cannot keep (a NUL character), the same in every store; the
 * service checks labels first and answers such a request with 400.
 */
export function assertStorableLabel(label: string | null): void {
  if (label?.includes('\u0000')) throw new RangeError('a version label cannot contain a NUL character');
}

/** What a store implementation may be given besides its database. */
export interface BoardStoreOptions {
  /**
   * The time each appended version is stamped with. Unset, as the server runs: the time of the
   * append (the database's clock). Benchmarks and tests set it to write a history spread over
   * past minutes through the same append the server makes.
   */
  now?: () => Date;
}

export interface StoredDocument {
  /** A Yjs update holding everything up to `snapshotSeq`, or null when never compacted. */
  snapshot: Uint8Array | null;
  /** How `snapshot` is encoded (1 when there is none). */
  snapshotEncoding: UpdateEncoding;
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
  /** Deletes a board with its log, snapshot and checkpoints; false when it did not exist. */
  deleteBoard(boardId: string): Promise<boolean>;
  /** Snapshot plus the log after it. An unknown board loads as empty. */
  loadDocument(boardId: string): Promise<StoredDocument>;
  /**
   * Appends one accepted update to the durable log, with the sessions it came from (kept as
   * `storableAuthors` makes them); resolves once it is durable.
   */
  appendUpdate(boardId: string, update: Uint8Array, authors?: readonly UpdateAuthor[]): Promise<LoggedUpdate>;
  /**
   * Replaces the snapshot with `snapshot` (which must contain every update with seq ≤
   * `throughSeq`, in Yjs update format `encoding`) and keeps it as a history checkpoint at
   * `throughSeq`, atomically; loads and versions give the encoding back with the bytes. The log
   * keeps every entry (it is the history); loads read only the entries after the snapshot.
   * A compaction not newer than the stored snapshot changes nothing.
   */
  compact(boardId: string, snapshot: Uint8Array, throughSeq: number, encoding: UpdateEncoding): Promise<void>;
  /** The board's versions with seq < `before` (all when unset), newest first, at most `limit` (1..500). */
  listVersions(boardId: string, options: { before?: number; limit: number }): Promise<VersionPage>;
  /** What rebuilds the board at `version`; null when it is not a seq of this board's log (or was pruned). */
  loadVersion(boardId: string, version: number): Promise<VersionDocument | null>;
  /**
   * Names a version (null removes the name); false when the board has no such version.
   * Throws (changing nothing) on a label `assertStorableLabel` refuses.
   */
  labelVersion(boardId: string, version: number, label: string | null): Promise<boolean>;
  /**
   * Retention: deletes the log entries and checkpoints created before `olderThan` that the
   * current snapshot covers, except what keeps the rest rebuildable — the newest checkpoint at
   * or below the snapshot, each remaining version's checkpoint and the entries between them —
   * and labelled versions.
   */
  pruneHistory(boardId: string, olderThan: Date): Promise<void>;
  /** Throws when the database cannot be reached (for /readyz). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
