import { randomUUID } from 'node:crypto';
import { readMigrations, type Migration } from './migrations';

/** A transaction on one connection: what applying migrations needs of a database. */
export interface MigrationSession {
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of several statements (a migration file). */
  exec(script: string): Promise<void>;
}

/** Runs `work` in one transaction, committing when it resolves and rolling back when it throws. */
export type InTransaction = <T>(work: (session: MigrationSession) => Promise<T>) => Promise<T>;

/**
 * The advisory lock key the Prisma schema engine takes while migrating, so our start-up
 * migration and a concurrent `prisma migrate deploy` exclude each other too.
 */
const PRISMA_MIGRATE_LOCK = 72707369;

// The table exactly as `prisma migrate deploy` creates it, so either tool can take over.
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
}

/**
 * Brings the database up to date with this package's migrations, like `prisma migrate deploy`,
 * and returns the names of the migrations it applied. All pending migrations apply in one
 * transaction under a transaction-scoped advisory lock: instances starting at once against an
 * empty database queue on the lock, and the later ones find nothing left to do.
 *
 * @example
 * const applied = await applyMigrations((work) => db.transaction((tx) => work(sessionOf(tx))));
 */
export async function applyMigrations(inTransaction: InTransaction, migrations?: Migration[]): Promise<string[]> {
  const available = migrations ?? (await readMigrations());
  return inTransaction(async (session) => {
    await session.query(`SELECT 1 AS locked FROM pg_advisory_xact_lock(${PRISMA_MIGRATE_LOCK})`);
    await session.exec(CREATE_MIGRATIONS_TABLE);
    const rows = await session.query<AppliedRow>(
      'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL',
    );
    const applied = new Map(rows.map((row) => [row.migration_name, row]));
    const pending: Migration[] = [];
    for (const migration of available) {
      const row = applied.get(migration.name);
      if (!row) pending.push(migration);
      else if (row.finished_at === null) {
        throw new Error(`migration ${migration.name} failed earlier; resolve it with \`prisma migrate resolve\``);
      } else if (row.checksum !== migration.checksum) {
        throw new Error(`migration ${migration.name} was edited after it was applied; refusing to start`);
      }
    }
    for (const migration of pending) {
      await session.exec(migration.sql);
      await session.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
         VALUES ($1, $2, $3, now(), now(), 1)`,
        [randomUUID(), migration.checksum, migration.name],
      );
    }
    return pending.map((m) => m.name);
  });
}
