import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** One migration of `prisma/migrations`, as `prisma migrate deploy` sees it. */
export interface Migration {
  /** The folder name, e.g. `20261125080614_init`; migrations apply in this name's order. */
  name: string;
  sql: string;
  /** SHA-256 of `migration.sql`, the checksum Prisma records in `_prisma_migrations`. */
  checksum: string;
}

const MIGRATIONS_DIR = fileURLToPath(new URL('../migrations/', import.meta.url));

/**
 * Reads every `migrations/<name>/migration.sql` shipped with this package, in apply order.
 *
 * @example
 * const migrations = await readMigrations(); // [{ name: '20261125080614_init', … }]
 */
export async function readMigrations(dir: string = MIGRATIONS_DIR): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  // Same order as the Prisma CLI (it sorts folder names with localeCompare).
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort((a, b) => a.localeCompare(b));
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(`${dir}/${name}/migration.sql`, 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    }),
  );
}
