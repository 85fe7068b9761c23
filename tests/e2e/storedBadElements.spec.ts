import * as Y from 'yjs';
import { edgesOf, META_EXTRA_KEY, metaOf, nodesOf } from '@scaleboard/board';
import { createTempDataDir } from '@scaleboard/db/testing';
import { parseBoard } from '@scaleboard/rules';
import { startServerProcess, type ServerProcess } from '@scaleboard/server/process';
import { appendToDatabaseLog, boardInDatabase } from '../system/boardInDatabase';
import { expect, test as base } from './fixtures';

/**
 * Issue 14: a board whose stored log already holds elements that break the board file contract,
 * written into the store before any server opens the board: a newer client's component, fields of
 * the wrong type, an edge to nowhere, parents that are no group or form a cycle, and unknown
 * top-level fields named like known ones. The embedded database admits one process at a time, so
 * this spec runs a server of its own over its own data folder and stops it to write and read it.
 */
const test = base.extend<{ dataDir: string; startServer: () => Promise<ServerProcess> }>({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    // A closed, migrated database: the board's first server need not create and migrate one.
    const dir = await createTempDataDir({ migrated: true });
    await use(dir.path);
    await dir.remove();
  },
  startServer: async ({ dataDir }, use) => {
    const started: ServerProcess[] = [];
    await use(async () => {
      const server = await startServerProcess({ DATA_DIR: dataDir });
      started.push(server);
      return server;
    });
    await Promise.all(started.map((server) => server.stop()));
  },
});

const VALID_BOARD = {
  format: 'scaleboard/v1',
  title: 'Old log',
  nodes: [
    { id: 'public', kind: 'public-network', label: 'Public', x: 0, y: 0, width: 300, height: 200 },
    { id: 'lb', kind: 'load-balancer', label: 'LB', x: 40, y: 60, parent: 'public' },
    { id: 'web1', kind: 'web-server', label: 'Web 1', x: 400, y: 0 },
    { id: 'web2', kind: 'web-server', label: 'Web 2', x: 400, y: 200 },
    { id: 'db', kind: 'database', label: 'DB', x: 700, y: 100 },
  ],
  edges: [
    { id: 'e1', from: 'lb', to: 'web1', kind: 'sync' },
    { id: 'e2', from: 'lb', to: 'web2', kind: 'sync' },
    { id: 'e3', from: 'web1', to: 'db', kind: 'sync' },
    { id: 'e4', from: 'web2', to: 'db', kind: 'sync' },
  ],
};

/** The elements an old log may hold, as one Yjs update made past every check. */
function badElementsUpdate(): Uint8Array<ArrayBuffer> {
  const doc = new Y.Doc();
  const node = (id: string, fields: Record<string, unknown>, props: Record<string, unknown> = {}) => {
    const ynode = new Y.Map<unknown>(Object.entries(fields));
    ynode.set('props', new Y.Map<unknown>(Object.entries(props)));
    nodesOf(doc).set(id, ynode);
  };
  doc.transact(() => {
    node('quantum', { kind: 'quantum-cache', label: 'Quantum cache', x: 1000, y: 0 });
    node('wrong-props', { kind: 'cache', label: 'Wrong props', x: 1000, y: 200 }, { instances: 'three' });
    node('no-kind', { label: 'No kind', x: 1000, y: 400 });
    node('misparented', { kind: 'cache', label: 'Misparented', x: 20, y: 20, parent: 'db' });
    node('loop-a', { kind: 'region', label: 'Loop A', x: 0, y: 500, parent: 'loop-b' });
    node('loop-b', { kind: 'region', label: 'Loop B', x: 400, y: 500, parent: 'loop-a' });
    edgesOf(doc).set('dangling', new Y.Map<unknown>(Object.entries({ from: 'web1', to: 'ghost', kind: 'sync' })));
    metaOf(doc).set(META_EXTRA_KEY, { title: 'Shadow title', format: 'other/v9', generator: 'an old tool' });
  });
  return Y.encodeStateAsUpdate(doc) as Uint8Array<ArrayBuffer>;
}

const SKIPPED_NODES = /^scaleboard_elements_skipped_total\{element="node"\} (\d+)$/m;

test('a board whose stored log holds bad elements opens, reports and exports, and keeps them through an edit', async ({ dataDir, startServer, newUser, request }) => {
  // Four opens of the embedded database (two servers and this process), each seconds on a loaded machine.
  test.setTimeout(180_000);
  // The board is made through the public API, then the server stops so its store can be written.
  const first = await startServer();
  const created = await request.post(`${first.url}/api/boards`, { data: { board: VALID_BOARD } });
  expect(created.status()).toBe(201);
  const { id, keys } = (await created.json()) as { id: string; keys: { edit: string } };
  expect(await first.stop()).toBe(0);
  await appendToDatabaseLog({ dataDir }, id, badElementsUpdate());

  const server = await startServer();
  const skippedNodes = async () => Number(SKIPPED_NODES.exec(await (await request.get(`${server.url}/metrics`)).text())?.[1]);
  const skippedBefore = await skippedNodes();
  expect(skippedBefore).toBe(0);

  const alice = await newUser('Alice');
  const errors: string[] = [];
  alice.page.on('pageerror', (error) => errors.push(error.message));
  await alice.board.open(`${server.url}/b/${id}#key=${encodeURIComponent(keys.edit)}`, 'Alice');
  for (const label of ['Public', 'LB', 'Web 1', 'Web 2', 'DB']) await expect(alice.board.node(label)).toBeVisible();
  await expect(alice.page.getByRole('group', { name: 'Quantum cache, unknown component' })).toBeVisible();
  // Nothing tells the person off for what an old log holds: no error page, no error message.
  await expect(alice.page.getByRole('alert')).toHaveCount(0);
  expect(errors).toEqual([]);

  const get = (file: string) => request.get(`${server.url}/api/boards/${id}/${file}`, { headers: { Authorization: `Bearer ${keys.edit}` } });
  for (const file of ['report', 'export.json', 'export.svg', 'export.png']) expect({ file, status: (await get(file)).status() }).toEqual({ file, status: 200 });
  const exported = parseBoard(await (await get('export.json')).json());
  expect(exported.ok ? 'ok' : exported.error).toBe('ok');
  // Unknown top-level fields named `title` and `format` stand in for nothing.
  expect(exported.ok && { format: exported.board.format, title: exported.board.title }).toEqual({ format: 'scaleboard/v1', title: 'Old log' });
  expect(await skippedNodes()).toBeGreaterThan(skippedBefore);

  // An edit in the browser goes through the guard and into the log beside the old elements.
  const exportedNodes = async () => ((await (await get('export.json')).json()) as { nodes: unknown[] }).nodes.length;
  const nodesBefore = await exportedNodes();
  await alice.board.addFromPalette('cache');
  await expect.poll(exportedNodes).toBe(nodesBefore + 1);
  await alice.page.close();
  expect(await server.stop()).toBe(0);

  const stored = await boardInDatabase({ dataDir }, id);
  const field = (id: string, key: string) => nodesOf(stored).get(id)?.get(key);
  expect(field('quantum', 'kind')).toBe('quantum-cache');
  expect((field('wrong-props', 'props') as Y.Map<unknown>).get('instances')).toBe('three');
  expect(field('no-kind', 'label')).toBe('No kind');
  expect(field('misparented', 'parent')).toBe('db');
  expect([field('loop-a', 'parent'), field('loop-b', 'parent')]).toEqual(['loop-b', 'loop-a']);
  expect(edgesOf(stored).get('dangling')?.get('to')).toBe('ghost');
  expect(metaOf(stored).get(META_EXTRA_KEY)).toEqual({ title: 'Shadow title', format: 'other/v9', generator: 'an old tool' });
  expect([...nodesOf(stored).values()].filter((n) => n.get('kind') === 'cache')).toHaveLength(3);
});
