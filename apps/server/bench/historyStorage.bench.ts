// What history costs on disk: 1,000 typical small edits (moves and prop sets, made with the board
// package's edit functions) on a 20-component board, appended as the server does and compacted
// every COMPACT_EVERY (default 200) appends — each compaction a snapshot plus a checkpoint —
// then the size of the tables on embedded PGlite and on PostgreSQL (TEST_DATABASE_URL, default
// the local server). Run with `npm run bench:history -w @scaleboard/server`; it prints one JSON
// line per database. docs/database.md ("History") has the figures.
import * as Y from 'yjs';
import type { Database } from '@scaleboard/db';
import { DEFAULT_LIMITS } from '../src/config';
import { PrismaBoardStore } from '../src/storage/PrismaBoardStore';
import { appendEdits, onEachDatabase, twentyComponents } from './historyBoard';

const EDITS = Number(process.env.EDITS ?? 1000);
const COMPACT_EVERY = Number(process.env.COMPACT_EVERY ?? DEFAULT_LIMITS.compactEvery);
const TABLES = ['board_updates', 'board_checkpoints', 'board_snapshots'] as const;

/** Bytes of each table with its indexes and TOAST, and the update bytes the log holds. */
async function sizes(db: Database) {
  const out: Record<string, number> = {};
  for (const table of TABLES) {
    const [row] = await db.prisma.$queryRawUnsafe<Array<{ bytes: bigint }>>(`SELECT pg_total_relation_size('${table}') AS bytes`);
    out[table] = Number(row!.bytes);
  }
  const [payload] = await db.prisma.$queryRaw<Array<{ updates: bigint; authors: bigint; checkpoints: bigint }>>`
    SELECT (SELECT COALESCE(sum(octet_length(data)), 0) FROM board_updates) AS updates,
           (SELECT COALESCE(sum(pg_column_size(authors)), 0) FROM board_updates) AS authors,
           (SELECT COALESCE(sum(octet_length(data)), 0) FROM board_checkpoints) AS checkpoints`;
  return { ...out, updateBytes: Number(payload!.updates), authorsBytes: Number(payload!.authors), checkpointBytes: Number(payload!.checkpoints) };
}

async function measure(mode: string, db: Database) {
  const store = new PrismaBoardStore(db);
  const client = twentyComponents('History storage');
  const id = `history-${mode}`;
  await store.createBoard({ id, title: 'History storage', keyHashes: { owner: 'o', edit: 'e', view: 'v' }, createdAt: new Date() }, Y.encodeStateAsUpdate(client));
  const before = await sizes(db);
  await appendEdits(store, id, client, EDITS, COMPACT_EVERY);
  await db.prisma.$executeRawUnsafe('VACUUM ANALYZE');
  const after = await sizes(db);
  const grown = Object.fromEntries(Object.entries(after).map(([key, value]) => [key, value - before[key as keyof typeof before]]));
  const stateBytes = Y.encodeStateAsUpdate(client).byteLength;
  console.log(JSON.stringify({ mode, edits: EDITS, compactEvery: COMPACT_EVERY, boardStateBytes: stateBytes, grownBytes: grown }));
}

await onEachDatabase(measure);
