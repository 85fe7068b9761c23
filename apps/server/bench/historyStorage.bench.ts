// What history costs on disk: 1,000 typical small edits (moves and prop sets, made with the board
// package's edit functions) on a 20-component board, appended as the server does and compacted
// every COMPACT_EVERY (default 200) appends — each compaction a snapshot plus a checkpoint —
// then the size of the tables on embedded PGlite and on PostgreSQL (TEST_DATABASE_URL, default
// the local server). Run with `npm run bench:history -w @scaleboard/server`; it prints one JSON
// line per database. docs/database.md ("History") has the figures.
import * as Y from 'yjs';
import { boardToDoc, moveNodes, setNodeProp } from '@scaleboard/board';
import { openDatabase, type Database } from '@scaleboard/db';
import { createTempDataDir, createTestDatabase } from '@scaleboard/db/testing';
import { sketch, type SketchEdge, type SketchNode } from '@scaleboard/rules';
import { DEFAULT_LIMITS } from '../src/config';
import { loadDocument } from '../src/rooms/loadDocument';
import { PrismaBoardStore } from '../src/storage/PrismaBoardStore';

const EDITS = Number(process.env.EDITS ?? 1000);
const COMPACT_EVERY = Number(process.env.COMPACT_EVERY ?? DEFAULT_LIMITS.compactEvery);
const TABLES = ['board_updates', 'board_checkpoints', 'board_snapshots'] as const;

/** Two cells of the chapter-1 architecture: 20 components, 16 connections. */
function twentyComponents(): Y.Doc {
  const nodes: SketchNode[] = [];
  const edges: SketchEdge[] = [];
  for (const c of [0, 1]) {
    const id = (name: string) => `${name}-${c}`;
    nodes.push([id('lb'), 'load-balancer'], ...[1, 2, 3, 4].map((w) => [id(`web${w}`), 'web-server'] as SketchNode), [id('cache'), 'cache'], [id('db'), 'database'], [id('replica'), 'database', { role: 'replica' }], [id('jobs'), 'message-queue'], [id('worker'), 'worker']);
    edges.push([id('db'), id('replica'), 'replication'], [id('jobs'), id('worker'), 'async'], [id('worker'), id('db')]);
    for (const w of [1, 2, 3, 4]) edges.push([id('lb'), id(`web${w}`)]);
  }
  const doc = new Y.Doc();
  boardToDoc(sketch('History storage', nodes, edges), doc);
  return doc;
}

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
  const client = twentyComponents();
  const id = `history-${mode}`;
  await store.createBoard({ id, title: 'History storage', keyHashes: { owner: 'o', edit: 'e', view: 'v' }, createdAt: new Date() }, Y.encodeStateAsUpdate(client));
  const before = await sizes(db);
  let pending: Uint8Array | null = null;
  client.on('update', (update: Uint8Array) => (pending = update));
  const componentIds = [...client.getMap('nodes').keys()];
  for (let i = 0; i < EDITS; i++) {
    const target = componentIds[i % componentIds.length]!;
    if (i % 2 === 0) moveNodes(client, [{ id: target, x: 100 + i, y: 50 + (i % 7) }]);
    else setNodeProp(client, target, 'instances', 1 + (i % 5));
    await store.appendUpdate(id, pending!, [{ name: 'Ada Lovelace', role: 'editor' }]);
    // As UpdateLog does: fold what the store holds, through the last seq read.
    if ((i + 1) % COMPACT_EVERY === 0) {
      const { doc, lastSeq } = await loadDocument(store, id);
      await store.compact(id, Y.encodeStateAsUpdate(doc), lastSeq);
      doc.destroy();
    }
  }
  await db.prisma.$executeRawUnsafe('VACUUM ANALYZE');
  const after = await sizes(db);
  const grown = Object.fromEntries(Object.entries(after).map(([key, value]) => [key, value - before[key as keyof typeof before]]));
  const stateBytes = Y.encodeStateAsUpdate(client).byteLength;
  console.log(JSON.stringify({ mode, edits: EDITS, compactEvery: COMPACT_EVERY, boardStateBytes: stateBytes, grownBytes: grown }));
}

const dir = await createTempDataDir();
const embedded = await openDatabase({ dataDir: dir.path });
try {
  await measure('pglite', embedded);
} finally {
  await embedded.close();
  await dir.remove();
}
const database = await createTestDatabase();
const postgres = await openDatabase({ databaseUrl: database.url, dataDir: 'unused' });
try {
  await measure('postgresql', postgres);
} finally {
  await postgres.close();
  await database.drop();
}
