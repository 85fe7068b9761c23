import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addNode, boardToDoc, nodesOf } from '@scaleboard/board';
import { createTempDataDir, createTestDatabase } from '@scaleboard/db/testing';
import { ROOM_EVENTS, type InterviewStateMessage, type RoomError } from '@scaleboard/protocol';
import { BOARD_FORMAT, type Board } from '@scaleboard/rules';
import { generateBoardId, generateKey, hashKey } from '../src/keys';
import { CLOSE_CODES } from '../src/rooms/RoomSession';
import { PrismaBoardStore } from '../src/storage/PrismaBoardStore';
import { eventually } from './eventually';
import { startTestServer, type TestServer } from './testServer';

// A NUL in a label (issue 13, finding 14's sibling): the Yjs log keeps it as bytes, but PostgreSQL
// refuses it in the JSON of an interview phase snapshot, so ending a phase failed on a board
// holding one. The live document refuses it now; boards whose old log already holds one keep
// working, the snapshot stored without it.

interface Database {
  store: PrismaBoardStore;
  close(): Promise<void>;
}

const DATABASES: Array<[string, () => Promise<Database>]> = [
  [
    'the embedded database',
    async () => {
      const dir = await createTempDataDir({ migrated: true });
      const store = await PrismaBoardStore.open({ dataDir: dir.path });
      return { store, close: () => store.close().then(() => dir.remove()) };
    },
  ],
  [
    'PostgreSQL',
    async () => {
      const database = await createTestDatabase();
      const store = await PrismaBoardStore.open({ databaseUrl: database.url, dataDir: 'unused' });
      return { store, close: () => store.close().then(() => database.drop()) };
    },
  ],
];

describe.each(DATABASES)('a NUL in a label over %s', (_name, open) => {
  let database: Database;
  let server: TestServer;
  beforeAll(async () => {
    database = await open();
    server = await startTestServer({ store: database.store });
  }, 120_000); // an embedded database opens in ~4 s idle, much longer on a busy machine
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });

  /** Stores a board as an old log may hold it: written before the live document refused NUL. */
  async function storeOldBoard(content: Board): Promise<{ id: string; owner: string }> {
    const doc = new Y.Doc();
    boardToDoc(content, doc);
    const id = generateBoardId();
    const owner = generateKey();
    await server.store.createBoard({ id, title: 'Old', keyHashes: { owner: hashKey(owner), edit: hashKey(generateKey()), view: hashKey(generateKey()) }, createdAt: new Date() }, Y.encodeStateAsUpdate(doc));
    return { id, owner };
  }

  /** Starts the interview and ends its first phase, as the owner does over Socket.IO. */
  async function endFirstPhase(id: string, owner: string): Promise<{ states: InterviewStateMessage[]; errors: RoomError[] }> {
    const socket = server.roomClient({ boardId: id, key: owner, name: 'Ivy' });
    const states: InterviewStateMessage[] = [];
    const errors: RoomError[] = [];
    socket.on(ROOM_EVENTS.interviewState, (state) => states.push(state));
    socket.on(ROOM_EVENTS.roomError, (error) => errors.push(error));
    await eventually(() => expect(states.at(-1)?.status).toBe('idle'));
    socket.emit(ROOM_EVENTS.interviewCommand, { action: 'start' });
    await eventually(() => expect(states.at(-1)).toMatchObject({ status: 'running', phase: 0 }));
    socket.emit(ROOM_EVENTS.interviewCommand, { action: 'advance' });
    await eventually(() => expect(errors.length > 0 || states.at(-1)?.phase === 1).toBe(true));
    return { states, errors };
  }

  it('refuses a label with a NUL written through the live document, so the board stays storable', async () => {
    const { id, keys } = await server.createBoard();
    const doc = new Y.Doc();
    const provider = server.connect(id, keys.edit, doc);
    const closes: number[] = [];
    provider.on('connection-close', (event) => closes.push(event?.code ?? 0));
    await eventually(() => expect(provider.synced).toBe(true));
    // Written around the editing functions (which drop a NUL), as a hostile client would.
    doc.transact(() => {
      addNode(doc, { id: 'db', kind: 'database', label: 'Orders', x: 0, y: 0, props: {} });
      nodesOf(doc).get('db')?.set('label', 'Orders\u0000DB');
    });
    await eventually(() => expect(closes).toContain(CLOSE_CODES.badMessage));
    provider.destroy();

    const res = await fetch(`${server.url}/api/boards/${id}/export.json?key=${keys.view}`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as Board).nodes).toEqual([]);
    const { states, errors } = await endFirstPhase(id, keys.owner);
    expect(errors).toEqual([]);
    expect(states.at(-1)).toMatchObject({ phase: 1, snapshotPhases: [0] });
  });

  it('ends a phase, reports and exports a board whose old log holds a NUL, the snapshot stored without it', async () => {
    const label = 'Orders\u0000DB';
    const nodes = [
      { id: 'db', kind: 'database' as const, label, x: 0, y: 0, props: { engine: 'pg\u0000' } },
      { id: 'n', kind: 'note' as const, label, x: 0, y: 200, props: {} },
    ];
    const { id, owner } = await storeOldBoard({ format: BOARD_FORMAT, title: 'T\u0000', assumptions: {}, nodes, edges: [{ id: 'e', from: 'n', to: 'db', kind: 'sync', label }] });

    const { states, errors } = await endFirstPhase(id, owner);
    expect(errors).toEqual([]);
    expect(states.at(-1)).toMatchObject({ phase: 1, snapshotPhases: [0] });
    const snapshot = await fetch(`${server.url}/api/boards/${id}/interview/snapshots/0?key=${owner}`);
    expect(snapshot.status).toBe(200);
    const { board } = (await snapshot.json()) as { board: Board };
    expect(board.nodes.map((n) => n.label)).toEqual(['OrdersDB', 'OrdersDB']);
    expect(board.title).toBe('T');

    for (const path of ['report', 'export.json', 'export.md', 'interview/summary.md']) {
      const res = await fetch(`${server.url}/api/boards/${id}/${path}?key=${owner}`);
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
    }
  });

  it('refuses a NUL in a node label of an imported board with a 400 naming the field', async () => {
    const content = { format: BOARD_FORMAT, nodes: [{ id: 'db', kind: 'database', label: 'a\u0000b', x: 0, y: 0 }] };
    const res = await fetch(`${server.url}/api/boards`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ board: content }) });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { path: string; message: string } }).error).toMatchObject({ path: 'board.nodes[0].label', message: expect.stringMatching(/NUL/) });
  });
});
