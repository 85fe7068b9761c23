import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import { addNode, docToBoard } from '@scaleboard/board';
import { ROOM_EVENTS, type Member } from '@scaleboard/protocol';
import type { Cluster } from '@scaleboard/server/cluster';
import { Clients, createBoard, gauge, nodeIds, syncConnections, webServer } from './clients';
import { eventually } from '@scaleboard/server/testing';
import { startTestCluster, type TestCluster } from './testCluster';

/**
 * The scale-out for real: three server processes on PostgreSQL and Redis, Debian's nginx in
 * front, clients that only know the balancer's address.
 */
let testCluster: TestCluster;
let cluster: Cluster;
const clients = new Clients();

beforeAll(async () => {
  testCluster = await startTestCluster(3);
  cluster = testCluster.cluster;
}, 120_000);

afterAll(async () => {
  clients.destroyAll();
  await testCluster?.stop();
}, 60_000);

describe('three instances behind nginx', () => {
  it('relays edits, cursors and the roster between clients of different instances', async () => {
    const board = await createBoard(cluster.url);
    const peers = cluster.instances.map((instance) => clients.connect(instance.url, board));
    await eventually(() => expect(peers.every((c) => c.synced)).toBe(true), { timeoutMs: 15_000 });
    peers.forEach((peer, i) => addNode(peer.doc, webServer(`from-${i}`)));
    for (const peer of peers) await eventually(() => expect(nodeIds(peer.doc)).toEqual(['from-0', 'from-1', 'from-2']));
    peers[0]!.awareness.setLocalStateField('user', { name: 'Ada' });
    await eventually(() => expect(peers[2]!.awareness.getStates().get(peers[0]!.doc.clientID)).toMatchObject({ user: { name: 'Ada' } }));

    const rosters: Member[][] = [];
    const sockets = cluster.instances.map((instance, i) => {
      const socket = io(instance.url, { transports: ['websocket'], auth: { boardId: board.id, key: board.keys.view, name: `P${i}` }, forceNew: true });
      socket.on(ROOM_EVENTS.roster, (members: Member[]) => (rosters[i] = members));
      return socket;
    });
    try {
      await eventually(() => expect(rosters[0]?.map((m) => m.name)).toEqual(['P0', 'P1', 'P2']), { timeoutMs: 15_000 });
    } finally {
      sockets.forEach((s) => s.disconnect());
    }
  });

  it("sends a board's sync sockets through nginx to one home instance, different boards to different ones, Socket.IO round-robin", async () => {
    const each = (name: string) => Promise.all(cluster.instances.map((instance) => gauge(instance.url, name)));
    const since = (before: number[], after: number[]) => after.map((n, i) => n - before[i]!);
    const roomsBefore = await each('scaleboard_rooms_open');
    const boards = await Promise.all(Array.from({ length: 12 }, () => createBoard(cluster.url)));
    const peers = boards.flatMap((board) => [clients.connect(cluster.url, board), clients.connect(cluster.url, board)]);
    await eventually(() => expect(peers.every((peer) => peer.synced)).toBe(true), { timeoutMs: 15_000 });
    const rooms = since(roomsBefore, await each('scaleboard_rooms_open'));
    // Twelve rooms in all: no board has its two sockets on two instances…
    expect(rooms.reduce((sum, n) => sum + n, 0)).toBe(12);
    // …and the boards are at home on more than one instance (all twelve on one: 3 × 3⁻¹² by chance).
    expect(rooms.filter((n) => n > 0).length).toBeGreaterThan(1);
    for (const peer of peers) peer.destroy();

    // Socket.IO's path names no board: nginx balances its connections round-robin.
    const socketsBefore = await each('scaleboard_room_event_connections');
    const sockets = Array.from({ length: 6 }, (_, i) =>
      io(cluster.url, { transports: ['websocket'], auth: { boardId: boards[0]!.id, key: boards[0]!.keys.view, name: `S${i}` }, forceNew: true }),
    );
    try {
      await eventually(async () => {
        const opened = since(socketsBefore, await each('scaleboard_room_event_connections'));
        expect(opened.reduce((sum, n) => sum + n, 0)).toBe(6);
        expect(opened.every((n) => n > 0)).toBe(true);
      });
    } finally {
      sockets.forEach((s) => s.disconnect());
    }
  });

  it('loses no edit when the instance serving a client is killed with SIGKILL', async () => {
    const board = await createBoard(cluster.url);
    const a = clients.connect(cluster.url, board);
    const b = clients.connect(cluster.url, board);
    await eventually(() => expect(a.synced && b.synced).toBe(true), { timeoutMs: 15_000 });
    for (let i = 0; i < 20; i++) addNode(i % 2 ? a.doc : b.doc, webServer(`before-${i}`));
    await eventually(() => expect(nodeIds(a.doc)).toEqual(nodeIds(b.doc)));

    const counts = await Promise.all(cluster.instances.map((instance) => syncConnections(instance.url)));
    const victim = cluster.instances[counts.findIndex((count) => count > 0)]!;
    victim.process.kill('SIGKILL');
    expect(await victim.exited).toBe('SIGKILL');

    // Edits made while the clients are cut off or reconnecting, then after they are back.
    for (let i = 0; i < 20; i++) addNode(i % 2 ? a.doc : b.doc, webServer(`during-${i}`));
    await eventually(() => expect(a.wsconnected && b.wsconnected).toBe(true), { timeoutMs: 20_000 });
    for (let i = 0; i < 10; i++) addNode(i % 2 ? a.doc : b.doc, webServer(`after-${i}`));

    const expected = [
      ...['before', 'during'].flatMap((p) => Array.from({ length: 20 }, (_, i) => `${p}-${i}`)),
      ...Array.from({ length: 10 }, (_, i) => `after-${i}`),
    ].sort();
    await eventually(() => expect(nodeIds(a.doc)).toEqual(expected), { timeoutMs: 20_000 });
    await eventually(() => expect(nodeIds(b.doc)).toEqual(expected), { timeoutMs: 20_000 });

    // Every surviving instance serves the whole board to a newcomer.
    for (const instance of cluster.instances.filter((i) => i !== victim)) {
      await eventually(
        async () => {
          const res = await fetch(`${instance.url}/api/boards/${board.id}/export.json?key=${board.keys.view}`);
          expect((await res.json()) as unknown).toEqual(docToBoard(a.doc));
        },
        { timeoutMs: 10_000 },
      );
    }
  }, 90_000);
});
