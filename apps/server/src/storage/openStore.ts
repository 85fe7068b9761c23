import type { Logger } from 'pino';
import { openDatabase } from '@scaleboard/db';
import { prismaStores, type Stores } from './Stores';

/**
 * Opens the durable store the configuration asks for: PostgreSQL when `databaseUrl` is set,
 * else the embedded database under `dataDir`. Pending migrations are applied first. Resolves
 * the boards and interviews stores of that one database.
 *
 * @example
 * const stores = await openStore(readConfig(process.env), logger);
 */
export async function openStore(config: { databaseUrl: string | undefined; dataDir: string }, logger: Logger): Promise<Stores> {
  const started = performance.now();
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  logger.info(
    {
      database: db.mode,
      // The URL may hold a password: log where the data is, never the URL.
      ...(db.mode === 'embedded' ? { dataDir: config.dataDir } : {}),
      appliedMigrations: db.appliedMigrations,
      ms: Math.round(performance.now() - started),
    },
    'database open',
  );
  return prismaStores(db);
}
