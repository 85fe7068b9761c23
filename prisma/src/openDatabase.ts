import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { preparedOnPGlite } from './preparedOnPGlite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '../generated/client/client.js';
import { applyMigrations, type InTransaction } from './migrate';

/** Where the data lives: PostgreSQL when `databaseUrl` is set, else an embedded PGlite. */
export interface OpenDatabaseOptions {
  /** A `postgres(ql)://` URL (scale-out). Unset or empty: the embedded database. */
  databaseUrl?: string | undefined;
  /** The app's data folder; the embedded database lives in `<dataDir>/pglite`. */
  dataDir: string;
}

/** An open, migrated database. */
export interface Database {
  readonly prisma: PrismaClient;
  readonly mode: 'embedded' | 'postgresql';
  /** The migrations this open applied (empty when the database was already up to date). */
  readonly appliedMigrations: readonly string[];
  /**
   * One parameterised statement straight to the driver (PGlite or node-postgres), past Prisma's
   * query engine, and prepared: parsed and planned once per connection, then only bound and run.
   * For the hot path only (a board's log appends), where Prisma's work, and then the driver's
   * parse, describe and plan of every statement, showed in CPU profiles (docs/architecture.md,
   * "The sync hot path"). Parameters: Uint8Array (bytes), string, number, bigint or null; int8
   * columns come back as bigint or string (the drivers differ), so read them with Number().
   *
   * @example const append = db.prepare<{ seq: bigint }>('INSERT … RETURNING seq'); const [row] = await append([id, bytes])
   */
  prepare<T>(sql: string): PreparedStatement<T>;
  /** Disconnects; for the embedded database also closes PGlite (required before reopening). */
  close(): Promise<void>;
}

/** Runs its statement with `params` and resolves with the rows it returned. */
export type PreparedStatement<T> = (params: readonly StatementParam[]) => Promise<T[]>;

export type StatementParam = Uint8Array | string | number | bigint | null;

/**
 * Opens the database and applies pending migrations before returning it.
 *
 * @example
 * const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: './.data' });
 * const boards = await db.prisma.board.count();
 * await db.close();
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openEmbedded(options.dataDir);
}

async function openPostgres(url: string): Promise<Database> {
  // Loaded only in this mode: the embedded server never runs node-postgres, and loading it with
  // Prisma's adapter cost that process's resident memory (docs/BENCHMARKS.md, Sync).
  const [{ PrismaPg }, { default: pg }] = await Promise.all([import('@prisma/adapter-pg'), import('pg')]);
  // One pool for Prisma and the direct statements (`query`); Prisma leaves an external pool open.
  const pool = new pg.Pool({ connectionString: url });
  // An idle connection the server ends (a restart, a dropped database) is an 'error' on the pool,
  // which crashes the process unless heard; the pool drops that connection and opens another.
  pool.on('error', () => undefined);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  const close = async () => {
    await prisma.$disconnect();
    await pool.end();
  };
  // The pool hands each statement to any connection; the lock and the migration must share
  // one, so they run inside one interactive transaction. Waiting on the lock can be long when
  // several instances start at once.
  const inTransaction: InTransaction = (work) =>
    prisma.$transaction(
      (tx) =>
        work({
          query: (sql, params = []) => tx.$queryRawUnsafe(sql, ...params),
          // Without parameters node-postgres uses the simple protocol: several statements are fine.
          exec: async (script) => void (await tx.$executeRawUnsafe(script)),
        }),
      { maxWait: 60_000, timeout: 120_000 },
    );
  try {
    const appliedMigrations = await applyMigrations(inTransaction);
    // node-postgres prepares a named statement on each pooled connection the first time it runs there.
    let statements = 0;
    const prepare = <T>(sql: string): PreparedStatement<T> => {
      const name = `scaleboard_${++statements}`;
      return async (params) => (await pool.query({ name, text: sql, values: params.map(toPgParam) })).rows as T[];
    };
    return { prisma, mode: 'postgresql', appliedMigrations, prepare, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * PostgreSQL settings of the embedded database. Its shared buffers live in the server's own
 * memory: PostgreSQL's default 128 MB made a resting instance hold about 120 MB more than the
 * boards need, and each halving from 16 MB to 4 MB took ~5 MB more off (docs/BENCHMARKS.md,
 * "Sync", 2026-12-04 16:20 UTC). A board's live state is in its room, and a load reads one
 * snapshot and a short tail; what the buffers miss, the operating system's file cache holds.
 */
const EMBEDDED_SETTINGS = ['-c', 'shared_buffers=4MB'];

/**
 * Creates the embedded database's cluster (PostgreSQL's initdb) in a short-lived process of its own.
 * PGlite runs initdb in a second WebAssembly instance and copies the result across as a tarball; in
 * the server's process that left about 140 MB more resident for good than opening an existing
 * folder does (411 against 270 MB at rest, docs/BENCHMARKS.md, "Sync"): freed WebAssembly memory
 * and fragmented malloc arenas the process never hands back. The process exits, so its memory goes.
 */
async function initEmbeddedFolder(folder: string): Promise<void> {
  const script = `const { PGlite } = await import(process.argv[1]); const pg = await PGlite.create(process.argv[2]); await pg.close();`;
  try {
    await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script, import.meta.resolve('@electric-sql/pglite'), folder], {
      maxBuffer: 1 << 20,
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(`could not create the embedded database in ${folder}${stderr ? `: ${stderr}` : ''}`, { cause: error });
  }
}

async function openEmbedded(dataDir: string): Promise<Database> {
  const folder = join(dataDir, 'pglite');
  await mkdir(dataDir, { recursive: true });
  // PG_VERSION is what PGlite itself looks for to tell an existing cluster from none.
  if (!existsSync(join(folder, 'PG_VERSION'))) await initEmbeddedFolder(folder);
  const pglite = await PGlite.create(folder, { startParams: [...PGlite.defaultStartParams, ...EMBEDDED_SETTINGS] });
  try {
    // PGlite's `query` is a prepared statement (one statement only); `exec` runs scripts.
    const inTransaction: InTransaction = (work) =>
      pglite.transaction((tx) =>
        work({
          query: async <T>(sql: string, params?: unknown[]) => (await tx.query<T>(sql, params)).rows,
          exec: async (script) => void (await tx.exec(script)),
        }),
      );
    const appliedMigrations = await applyMigrations(inTransaction);
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
    const close = async () => {
      await prisma.$disconnect();
      // An unclosed PGlite leaves its folder locked: the next open hangs.
      await pglite.close();
    };
    let statements = 0;
    const prepare = <T>(sql: string) => preparedOnPGlite<T>(pglite, `scaleboard_${++statements}`, sql);
    return { prisma, mode: 'embedded', appliedMigrations, prepare, close };
  } catch (error) {
    await pglite.close();
    throw error;
  }
}

/** node-postgres sends a Buffer as bytea; a plain Uint8Array becomes one without a copy. */
function toPgParam(value: StatementParam): unknown {
  return value instanceof Uint8Array && !Buffer.isBuffer(value) ? Buffer.from(value.buffer, value.byteOffset, value.byteLength) : value;
}
