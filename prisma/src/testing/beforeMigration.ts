import { PGlite } from '@electric-sql/pglite';
import { applyMigrations, type InTransaction } from '../migrate';
import { readMigrations } from '../migrations';

/** An in-memory embedded database as a release before one migration left it. */
export interface DatabaseBeforeMigration {
  db: PGlite;
  /** Applies every migration not applied yet (the one named and those after it); resolves with their names. */
  migrate(): Promise<string[]>;
  /** The names `migrate` is expected to apply, in order. */
  pending: string[];
}

/**
 * An in-memory PGlite with every migration before the one whose folder name ends with `suffix`
 * applied: the database a migration's test fills as the previous release would have, then migrates.
 *
 * @example const { db, migrate } = await databaseBeforeMigration('_history'); await migrate();
 */
export async function databaseBeforeMigration(suffix: string): Promise<DatabaseBeforeMigration> {
  const db = await PGlite.create();
  const inTransaction: InTransaction = (work) =>
    db.transaction((tx) =>
      work({
        query: async <T>(sql: string, params?: unknown[]) => (await tx.query<T>(sql, params)).rows,
        exec: async (script) => void (await tx.exec(script)),
      }),
    );
  const migrations = await readMigrations();
  const at = migrations.findIndex((m) => m.name.endsWith(suffix));
  if (at < 0) throw new Error(`no migration ends with ${suffix}`);
  await applyMigrations(inTransaction, migrations.slice(0, at));
  return { db, migrate: () => applyMigrations(inTransaction, migrations), pending: migrations.slice(at).map((m) => m.name) };
}
