import { openDatabase, Prisma, type Database, type OpenDatabaseOptions } from '@scaleboard/db';
import type { BoardRecord, BoardStore, LoggedUpdate, RotatableKey, StoredDocument } from './BoardStore';

/** Namespace of the per-board advisory locks (two-int form, apart from Prisma's one-bigint lock). */
const APPEND_LOCK_CLASS = 0x53424c47; // "SBLG"

/**
 * The durable BoardStore on Prisma: the embedded PGlite database or PostgreSQL, whichever
 * `Database` it is given. Safe with several instances writing the same board.
 */
export class PrismaBoardStore implements BoardStore {
  constructor(private readonly db: Database) {}

  /**
   * Opens (and migrates) the database, then wraps it.
   *
   * @example
   * const store = await PrismaBoardStore.open({ databaseUrl: process.env.DATABASE_URL, dataDir: './.data' });
   */
  static async open(options: OpenDatabaseOptions): Promise<PrismaBoardStore> {
    return new PrismaBoardStore(await openDatabase(options));
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
          ...(initialUpdate ? { updates: { create: { data: bytes(initialUpdate) } } } : {}),
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
    const row = await this.db.prisma.board.findUnique({ where: { id } });
    if (!row) return null;
    return {
      id: row.id,
      title: row.title,
      keyHashes: { owner: row.ownerKeyHash, edit: row.editKeyHash, view: row.viewKeyHash },
      createdAt: row.createdAt,
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
    // The log is read before the snapshot, without a transaction: a compaction committing in
    // between only trims entries the newer snapshot already holds, so nothing goes missing.
    const log = await this.db.prisma.boardUpdate.findMany({
      where: { boardId },
      orderBy: { seq: 'asc' },
      select: { seq: true, data: true },
    });
    const snapshot = await this.db.prisma.boardSnapshot.findUnique({ where: { boardId } });
    const snapshotSeq = snapshot ? Number(snapshot.throughSeq) : 0;
    return {
      snapshot: snapshot ? new Uint8Array(snapshot.data) : null,
      snapshotSeq,
      updates: log.filter((u) => Number(u.seq) > snapshotSeq).map((u) => ({ seq: Number(u.seq), data: new Uint8Array(u.data) })),
    };
  }

  async appendUpdate(boardId: string, update: Uint8Array): Promise<LoggedUpdate> {
    // Appends to one board take a transaction-scoped lock, so a board's seqs commit in order:
    // whoever sees seq n sees every earlier seq of that board, and a compaction through n
    // (read back from the log) trims nothing it has not folded in. One statement, one round trip.
    const rows = await this.db.prisma.$queryRaw<Array<{ seq: bigint }>>`
      WITH board_lock AS (SELECT 1 FROM pg_advisory_xact_lock(${APPEND_LOCK_CLASS}::int4, hashtext(${boardId}::text)))
      INSERT INTO board_updates (board_id, data)
      SELECT ${boardId}::text, ${bytes(update)}::bytea FROM board_lock
      RETURNING seq`;
    const seq = rows[0]?.seq;
    if (seq === undefined) throw new Error(`append to board ${boardId} returned no seq`);
    return { seq: Number(seq), data: update.slice() };
  }

  async compact(boardId: string, snapshot: Uint8Array, throughSeq: number): Promise<void> {
    if (throughSeq <= 0) return; // older than "no snapshot" (seq 0): stale by definition
    // One statement, hence one transaction: the snapshot moves forward only (a stale
    // compaction changes nothing), and only the entries it covers leave the log.
    await this.db.prisma.$executeRaw`
      WITH saved AS (
        INSERT INTO board_snapshots (board_id, data, through_seq, updated_at)
        VALUES (${boardId}, ${bytes(snapshot)}, ${BigInt(throughSeq)}, now())
        ON CONFLICT (board_id) DO UPDATE
          SET data = EXCLUDED.data, through_seq = EXCLUDED.through_seq, updated_at = EXCLUDED.updated_at
          WHERE board_snapshots.through_seq < EXCLUDED.through_seq
        RETURNING through_seq
      )
      DELETE FROM board_updates WHERE board_id = ${boardId} AND seq <= (SELECT through_seq FROM saved)`;
  }

  async ping(): Promise<void> {
    await this.db.prisma.$queryRaw`SELECT 1`;
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}

/** Prisma's Bytes type wants a Uint8Array over a plain ArrayBuffer; copy into one. */
function bytes(data: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(data);
}
