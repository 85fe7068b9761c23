import { Server, type Extension } from '@hocuspocus/server';
import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import pg from 'pg';

/**
 * A Hocuspocus peer for the sync benchmark, in its own process so its CPU is attributable:
 * defaults only, plus the Redis extension when REDIS_URL is set and the database extension
 * storing each document's whole state in PostgreSQL when DATABASE_URL is set (the like-for-like
 * peer: Hocuspocus's own persistence, with its default debounce of 2 s, at most 10 s).
 */
const port = Number(process.env.PORT);
const redisUrl = process.env.REDIS_URL ? new URL(process.env.REDIS_URL) : undefined;
const databaseUrl = process.env.DATABASE_URL;
const extensions: Extension[] = [];
if (redisUrl) extensions.push(new Redis({ host: redisUrl.hostname, port: Number(redisUrl.port || 6379), prefix: process.env.REDIS_PREFIX ?? 'hocuspocus' }));
if (databaseUrl) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  // The instances of Hocuspocus ×2 start together: PostgreSQL's CREATE TABLE IF NOT EXISTS is not
  // safe against a concurrent one (the loser fails on pg_type's unique index, 23505), so the
  // table's creation holds a transaction-level advisory lock.
  await pool.query(
    "DO $$ BEGIN PERFORM pg_advisory_xact_lock(hashtext('hocuspocus_documents')); CREATE TABLE IF NOT EXISTS hocuspocus_documents (name text PRIMARY KEY, data bytea NOT NULL); END $$",
  );
  extensions.push(
    new Database({
      fetch: async ({ documentName }) => {
        const { rows } = await pool.query<{ data: Buffer }>('SELECT data FROM hocuspocus_documents WHERE name = $1', [documentName]);
        return rows[0] ? new Uint8Array(rows[0].data) : null;
      },
      store: async ({ documentName, state }) => {
        await pool.query(
          'INSERT INTO hocuspocus_documents (name, data) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET data = EXCLUDED.data',
          [documentName, state],
        );
      },
    }),
  );
}
const server = new Server({ port, address: '127.0.0.1', quiet: true, extensions });
await server.listen();
console.log(`hocuspocus listening on ${port}`);
