import { openDatabase, Prisma, type Database, type OpenDatabaseOptions, type PreparedStatement } from '@scaleboard/db';
import {
  assertStorableLabel,
  isUpdateEncoding,
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

/** Namespace of the per-board advisory locks (two-int form, apart from Prisma's one-bigint lock). */
const APPEND_LOCK_CLASS = 0x53424c47; // "SBLG"

/**
 * The durable BoardStore on Prisma: the embedded PGlite database or PostgreSQL, whichever
 * `Database` it is given. Safe with several instances writing the same board.
 */
export class PrismaBoardStore implements BoardStore {
  /**
   * The one statement of the sync path, prepared once and sent straight to the driver: Prisma's
   * query engine, and then the driver's parse and plan of each append, cost more than the insert
   * in CPU profiles (docs/architecture.md, "The sync hot path"). Appends to one board take a
   * transaction-scoped lock, so a board's seqs commit in order: whoever sees seq n sees every
   * earlier seq of that board, and a compaction through n (read back from the log) folds in
   * everything up to n. One statement, one round trip.
   */
  private readonly append: PreparedStatement<{ seq: bigint | string | number }>;
  /**
   * Compaction's write, prepared for the same reason, and because the bytes go to the database as
   * they are: through Prisma the embedded driver spelled every snapshot out as hex text first.
   * One statement, hence one transaction: the snapshot moves forward only (a stale compaction
   * changes nothing), and each snapshot that moves it is kept as a checkpoint.
   */
  private readonly saveSnapshot: PreparedStatement<never>;
  /**
   * A room's load (`loadDocument`), prepared too: a board's snapshot is its whole state (180 KB
   * for a board that took 10,000 moves), and through Prisma each row went through Prisma's own
   * conversion on top of the driver's (docs/BENCHMARKS.md, "Sync").
   */
  private readonly readDocument: PreparedStatement<{ is_snapshot: boolean; seq: bigint | string | number; data: Uint8Array; encoding: number }>;
  /**
   * The board's record, read on every connection and REST request to check its key: prepared as
   * well, one narrow row, because through Prisma's query engine the check cost several times
   * the read (docs/BENCHMARKS.md, "sync hot path"). The time comes as epoch milliseconds, which
   * both drivers give as a number.
   */
  private readonly readBoard: PreparedStatement<{ id: string; title: string; owner_key_hash: string; edit_key_hash: string; view_key_hash: string; created_ms: number | string }>;

  constructor(
    private readonly db: Database,
    private readonly options: BoardStoreOptions = {},
  ) {
    this.append = db.prepare(
      `WITH board_lock AS (SELECT 1 FROM pg_advisory_xact_lock($1::int4, hashtext($2::text)))
       INSERT INTO board_updates (board_id, data, authors, created_at)
       SELECT $2::text, $3::bytea, $4::jsonb, COALESCE($5::timestamptz, now()) FROM board_lock
       RETURNING seq`,
    );
    this.saveSnapshot = db.prepare(
      `WITH saved AS (
         INSERT INTO board_snapshots (board_id, data, through_seq, updated_at, encoding)
         VALUES ($1::text, $2::bytea, $3::int8, now(), $4::int2)
         ON CONFLICT (board_id) DO UPDATE
           SET data = EXCLUDED.data, through_seq = EXCLUDED.through_seq, updated_at = EXCLUDED.updated_at, encoding = EXCLUDED.encoding
           WHERE board_snapshots.through_seq < EXCLUDED.through_seq
         RETURNING board_id, through_seq, data, updated_at, encoding
       )
       INSERT INTO board_checkpoints (board_id, through_seq, data, created_at, encoding)
       SELECT board_id, through_seq, data, updated_at, encoding FROM saved`,
    );
    // The log is never trimmed now, so only its tail after the snapshot is read (an index range
    // on (board_id, seq)). Snapshot and tail come from one statement, hence one view of the
    // database: read one after the other, a compaction plus a retention prune committing in
    // between could delete tail entries the older snapshot we read does not hold. The row
    // comparison bounds the scan to this board's entries in (board_id, seq): a bare `seq > x`
    // lets the planner walk the global seq index through every other board's later entries.
    this.readDocument = db.prepare(
      `WITH snapshot AS (SELECT through_seq, data, encoding FROM board_snapshots WHERE board_id = $1::text)
       SELECT true AS is_snapshot, through_seq AS seq, data, encoding::int4 FROM snapshot
       UNION ALL
       SELECT false, seq, data, 1 FROM board_updates
         WHERE board_id = $1::text AND (board_id, seq) > ($1::text, COALESCE((SELECT through_seq FROM snapshot), 0))
       ORDER BY is_snapshot DESC, seq`,
    );
    this.readBoard = db.prepare(
      `SELECT id, title, owner_key_hash, edit_key_hash, view_key_hash, (extract(epoch FROM created_at) * 1000)::float8 AS created_ms
       FROM boards WHERE id = $1::text`,
    );
  }

  /**
   * Opens (and migrates) the database, then wraps it.
   *
   * @example
   * const store = await PrismaBoardStore.open({ databaseUrl: process.env.DATABASE_URL, dataDir: './.data' });
   */
  static async open(options: OpenDatabaseOptions, storeOptions: BoardStoreOptions = {}): Promise<PrismaBoardStore> {
    return new PrismaBoardStore(await openDatabase(options), storeOptions);
  }

  async createBoard(record: BoardRecord, initialUpdate?: Uint8Array): Promise<void> {
    const { id, title, keyHashes, createdAt } = record;
    try {
      // One nested write: the board and its first log entry commit together.
      await this.db.prisma.board.create({
        data: {
          id,
          title,
          ownerKeyHash: keyHashes.owner,
          editKeyHash: keyHashes.edit,
          viewKeyHash: keyHashes.view,
          createdAt,
          ...(initialUpdate ? { updates: { create: { data: bytes(initialUpdate), ...this.stamp() } } } : {}),
        },
      });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        throw new Error(`board ${id} exists`, { cause: error });
      }
      throw error;
    }
  }

  async getBoard(id: string): Promise<BoardRecord | null> {
    const [row] = await this.readBoard([id]);
    if (!row) return null;
    return {
      id: row.id,
      title: row.title,
      keyHashes: { owner: row.owner_key_hash, edit: row.edit_key_hash, view: row.view_key_hash },
      createdAt: new Date(Number(row.created_ms)),
    };
  }

  async replaceKeyHash(boardId: string, which: RotatableKey, hash: string): Promise<boolean> {
    const data = which === 'edit' ? { editKeyHash: hash } : { viewKeyHash: hash };
    const { count } = await this.db.prisma.board.updateMany({ where: { id: boardId }, data });
    return count === 1;
  }

  async deleteBoard(boardId: string): Promise<boolean> {
    // The log, the snapshot and everything else of the board go with it (ON DELETE CASCADE).
    const { count } = await this.db.prisma.board.deleteMany({ where: { id: boardId } });
    return count === 1;
  }

  async loadDocument(boardId: string): Promise<StoredDocument> {
    const rows = await this.readDocument([boardId]);
    const snapshot = rows[0]?.is_snapshot ? rows[0] : undefined;
    return {
      snapshot: snapshot ? new Uint8Array(snapshot.data) : null,
      snapshotEncoding: snapshot ? storedEncoding(snapshot.encoding) : 1,
      snapshotSeq: snapshot ? Number(snapshot.seq) : 0,
      updates: rows.filter((row) => !row.is_snapshot).map((row) => ({ seq: Number(row.seq), data: new Uint8Array(row.data) })),
    };
  }

  async appendUpdate(boardId: string, update: Uint8Array, authors: readonly UpdateAuthor[] = []): Promise<LoggedUpdate> {
    // Stamped by the database's clock unless the store was given one (BoardStoreOptions.now).
    const at = this.stamp().createdAt ?? null;
    const rows = await this.append([APPEND_LOCK_CLASS, boardId, update, JSON.stringify(storableAuthors(authors)), at === null ? null : at.toISOString()]);
    const seq = rows[0]?.seq;
    if (seq === undefined) throw new Error(`append to board ${boardId} returned no seq`);
    return { seq: Number(seq), data: update.slice() };
  }

  async compact(boardId: string, snapshot: Uint8Array, throughSeq: number, encoding: UpdateEncoding): Promise<void> {
    if (throughSeq <= 0) return; // older than "no snapshot" (seq 0): stale by definition
    await this.saveSnapshot([boardId, snapshot, throughSeq, encoding]);
  }

  async listVersions(boardId: string, options: { before?: number; limit: number }): Promise<VersionPage> {
    const rows = await this.db.prisma.boardUpdate.findMany({
      where: { boardId, ...(options.before === undefined ? {} : { seq: { lt: BigInt(options.before) } }) },
      orderBy: { seq: 'desc' },
      take: options.limit + 1, // one more than the page: is there an older one?
      select: { seq: true, createdAt: true, authors: true, label: true },
    });
    const page = rows.slice(0, options.limit);
    return {
      versions: page.map((row) => ({
        version: Number(row.seq),
        at: row.createdAt,
        // Written only by appendUpdate, as storableAuthors made it.
        authors: row.authors as unknown as UpdateAuthor[],
        label: row.label,
      })),
      next: rows.length > page.length ? Number(page.at(-1)!.seq) : null,
    };
  }

  async loadVersion(boardId: string, version: number): Promise<VersionDocument | null> {
    if (!isSeq(version)) return null;
    const seq = BigInt(version);
    // One statement, so a concurrent prune cannot remove entries between the reads.
    // Part 0 says the version exists; 1 is its checkpoint; 2 the log entries after it.
    const rows = await this.db.prisma.$queryRaw<Array<{ part: number; data: Uint8Array | null; encoding: number }>>`
      WITH target AS (SELECT seq FROM board_updates WHERE board_id = ${boardId} AND seq = ${seq}),
      checkpoint AS (
        SELECT through_seq, data, encoding FROM board_checkpoints
        WHERE board_id = ${boardId} AND through_seq <= ${seq} AND EXISTS (SELECT 1 FROM target)
        ORDER BY through_seq DESC LIMIT 1
      )
      SELECT 0 AS part, seq, NULL::bytea AS data, 1 AS encoding FROM target
      UNION ALL
      SELECT 1, through_seq, data, encoding::int4 FROM checkpoint
      UNION ALL
      SELECT 2, seq, data, 1 FROM board_updates
        WHERE board_id = ${boardId} AND EXISTS (SELECT 1 FROM target)
          AND (board_id, seq) > (${boardId}, COALESCE((SELECT through_seq FROM checkpoint), 0)) -- see loadDocument
          AND seq <= ${seq}
      ORDER BY part, seq`;
    if (rows[0]?.part !== 0) return null;
    const checkpoint = rows.find((row) => row.part === 1);
    return {
      checkpoint: checkpoint?.data ? new Uint8Array(checkpoint.data) : null,
      checkpointEncoding: checkpoint ? storedEncoding(checkpoint.encoding) : 1,
      updates: rows.filter((row) => row.part === 2 && row.data).map((row) => new Uint8Array(row.data!)),
    };
  }

  async labelVersion(boardId: string, version: number, label: string | null): Promise<boolean> {
    assertStorableLabel(label);
    if (!isSeq(version)) return false;
    const { count } = await this.db.prisma.boardUpdate.updateMany({ where: { boardId, seq: BigInt(version) }, data: { label } });
    return count === 1;
  }

  async pruneHistory(boardId: string, olderThan: Date): Promise<void> {
    // Versions at or below `newest` (the newest checkpoint the snapshot covers) fall into
    // segments, each starting at its checkpoint (segment 0: before the first one). A version v
    // is rebuilt from its segment's checkpoint plus the entries after it up to v, so in each
    // segment the entries up to the last one that stays (new enough, or labelled) must stay
    // too; the old ones after it go, and so does the segment's own first entry (its
    // checkpoint holds it). A checkpoint goes when it is old, older than `newest`, and no
    // entry of its segment stays. Versions above `newest` all stay, rebuilt from `newest`.
    // One statement: it sees one state of the board, whatever compactions run meanwhile.
    await this.db.prisma.$executeRaw`
      WITH bound AS (
        SELECT max(c.through_seq) AS newest FROM board_checkpoints c
        WHERE c.board_id = ${boardId}
          AND c.through_seq <= (SELECT through_seq FROM board_snapshots WHERE board_id = ${boardId})
      ),
      covered AS (
        SELECT u.seq,
               u.created_at < ${olderThan} AND u.label IS NULL AS prunable,
               COALESCE((SELECT max(c.through_seq) FROM board_checkpoints c
                         WHERE c.board_id = ${boardId} AND c.through_seq <= u.seq), 0) AS segment
        FROM board_updates u, bound
        WHERE u.board_id = ${boardId} AND u.seq <= bound.newest
      ),
      kept AS (SELECT segment, max(seq) AS up_to FROM covered WHERE NOT prunable GROUP BY segment),
      pruned AS (
        DELETE FROM board_updates u
        USING covered c LEFT JOIN kept k ON k.segment = c.segment
        WHERE u.board_id = ${boardId} AND u.seq = c.seq AND c.prunable
          AND (k.up_to IS NULL OR c.seq > k.up_to OR c.seq = c.segment)
          AND u.label IS NULL -- rechecked on the row: a label given meanwhile keeps it
        RETURNING u.seq
      )
      DELETE FROM board_checkpoints c
      USING bound
      WHERE c.board_id = ${boardId} AND c.through_seq < bound.newest AND c.created_at < ${olderThan}
        AND c.through_seq NOT IN (SELECT segment FROM kept)`;
  }

  /** A version's `createdAt` from the store's clock; none (the column's default, now()) without one. */
  private stamp(): { createdAt?: Date } {
    return this.options.now ? { createdAt: this.options.now() } : {};
  }

  async ping(): Promise<void> {
    await this.db.prisma.$queryRaw`SELECT 1`;
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}

/** A number that can be a log seq (a BIGSERIAL, from 1); anything else names no version. */
function isSeq(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 1;
}

/** A row's `encoding`, refused when this version cannot read it (written by a newer release). */
function storedEncoding(value: number): UpdateEncoding {
  if (!isUpdateEncoding(value)) throw new Error(`stored document in an unknown encoding ${value}`);
  return value;
}

/** Prisma's Bytes type wants a Uint8Array over a plain ArrayBuffer; copy into one. */
function bytes(data: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(data);
}
