// What the history benchmarks share: the board they edit, the edits (appended and compacted as
// the server does), and running a measurement on embedded PGlite and on PostgreSQL.
import * as Y from 'yjs';
import { boardToDoc, moveNodes, setNodeProp } from '@scaleboard/board';
import { openDatabase, type Database } from '@scaleboard/db';
import { createTempDataDir, createTestDatabase } from '@scaleboard/db/testing';
import { sketch, type SketchEdge, type SketchNode } from '@scaleboard/rules';
import { loadDocument } from '../src/rooms/loadDocument';
import type { BoardStore } from '../src/storage/BoardStore';

/** Two cells of the chapter-1 architecture: 20 components. */
export function twentyComponents(title: string): Y.Doc {
  const nodes: SketchNode[] = [];
  const edges: SketchEdge[] = [];
  for (const c of [0, 1]) {
    const id = (name: string) => `${name}-${c}`;
    nodes.push([id('lb'), 'load-balancer'], ...[1, 2, 3, 4].map((w) => [id(`web${w}`), 'web-server'] as SketchNode), [id('cache'), 'cache'], [id('db'), 'database'], [id('replica'), 'database', { role: 'replica' }], [id('jobs'), 'message-queue'], [id('worker'), 'worker']);
    edges.push([id('db'), id('replica'), 'replication'], [id('jobs'), id('worker'), 'async'], [id('worker'), id('db')]);
    for (const w of [1, 2, 3, 4]) edges.push([id('lb'), id(`web${w}`)]);
  }
  const doc = new Y.Doc();
  boardToDoc(sketch(title, nodes, edges), doc);
  return doc;
}

/**
 * Makes `edits` small edits on `client` — alternately a move and a prop set, as a person does —
 * appending each to the board's log with one author and compacting every `compactEvery` appends
 * as UpdateLog does (folding what the store holds). Resolves each edit's version, in order.
 */
export async function appendEdits(store: BoardStore, id: string, client: Y.Doc, edits: number, compactEvery: number): Promise<number[]> {
  const versions: number[] = [];
  let pending: Uint8Array | null = null;
  client.on('update', (update: Uint8Array) => (pending = update));
  const components = [...client.getMap('nodes').keys()];
  for (let i = 0; i < edits; i++) {
    const target = components[i % components.length]!;
    if (i % 2 === 0) moveNodes(client, [{ id: target, x: 100 + i, y: 50 + (i % 7) }]);
    else setNodeProp(client, target, 'instances', 1 + (i % 5));
    versions.push((await store.appendUpdate(id, pending!, [{ name: 'Ada Lovelace', role: 'editor' }])).seq);
    if ((i + 1) % compactEvery === 0) {
      const { doc, lastSeq } = await loadDocument(store, id);
      await store.compact(id, Y.encodeStateAsUpdateV2(doc), lastSeq, 2);
      doc.destroy();
    }
  }
  return versions;
}

/** Runs `measure` on a fresh embedded PGlite database, then on a fresh PostgreSQL one (TEST_DATABASE_URL). */
export async function onEachDatabase(measure: (mode: 'pglite' | 'postgresql', db: Database) => Promise<void>): Promise<void> {
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
}
