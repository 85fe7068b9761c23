import { randomBytes } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';

/** A fresh, empty PostgreSQL database that exists until `drop()`. */
export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/**
 * Creates `scaleboard_test_<random>` on the server of `TEST_DATABASE_URL` (default: the local
 * PostgreSQL at 127.0.0.1:5432, user postgres, trust auth).
 *
 * @example
 * const database = await createTestDatabase();
 * try { await use(database.url); } finally { await database.drop(); }
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';
  const name = `scaleboard_test_${randomBytes(6).toString('hex')}`;
  const admin = await new PrismaPg({ connectionString: adminUrl }).connect();
  await admin.executeScript(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async drop() {
      try {
        // FORCE: a test that failed half-way may have left connections open.
        await admin.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await admin.dispose();
      }
    },
  };
}
