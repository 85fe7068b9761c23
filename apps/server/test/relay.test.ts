import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addNode, docToBoard, moveNodes, nodesOf } from '@scaleboard/board';
import { LocalBus } from '../src/relay/LocalRelay';
import type { RelayKind, RelayListener, RoomRelay } from '../src/relay/RoomRelay';
import { MemoryBoardStore } from '../src/storage/MemoryBoardStore';
import { eventually } from './eventually';
import { startTestServer, testServersClosedAfterEach, type TestServer } from './testServer';

/** A relay that can be cut, like a Redis blip: while cut, messages vanish both ways. */
class CuttableRelay implements RoomRelay {
  cut = false;
  private readonly reconnect: Array<() => void> = [];
  constructor(private readonly inner: RoomRelay) {}
  subscribe(boardId: string, listener: RelayListener) {
    return this.inner.subscribe(boardId, (kind, payload, sentAt) => !this.cut && listener(kind, payload, sentAt));
  }
  publish(boardId: string, kind: RelayKind, payload: Uint8Array) {
    // Lost, as a publish to an unreachable Redis fails: who would have received it is not known.
    return this.cut ? Promise.resolve(undefined) : this.inner.publish(boardId, kind, payload);
  }
  onReconnect(listener: () => void) {
    this.reconnect.push(listener);
  }
  restore() {
    this.cut = false;
    for (const listener of this.reconnect) listener();
  }
}

let a: TestServer;
let b: TestServer;
let relayB: CuttableRelay;
beforeEach(async () => {
  const store = new MemoryBoardStore();
  const bus = new LocalBus();
  relayB = new CuttableRelay(bus.connect());
  a = await startTestServer({ store, relay: bus.connect() });
  b = await startTestServer({ store, relay: relayB });
});
afterEach(async () => {
  await Promise.all([a.close(), b.close()]);
});

describe('two instances on one relay and one log', () => {
  it('relays updates and awareness between clients of different instances', async () => {
    const { id, keys } = await a.createBoard();
    const onA = a.connect(id, keys.edit);
    const onB = b.connect(id, keys.edit);
    await eventually(() => expect(onA.synced && onB.synced).toBe(true));
    addNode(onA.doc, { id: 'lb', kind: 'load-balancer', label: 'LB', x: 0, y: 0, props: {} });
    await eventually(() => expect(nodesOf(onB.doc).has('lb')).toBe(true));
    moveNodes(onB.doc, [{ id: 'lb', x: 5, y: 6 }]);
    await eventually(() => expect(docToBoard(onA.doc).nodes[0]).toMatchObject({ x: 5, y: 6 }));
    onB.awareness.setLocalStateField('user', { name: 'Bea' });
    await eventually(() => expect(onA.awareness.getStates().get(onB.doc.clientID)).toMatchObject({ user: { name: 'Bea' } }));
  });

  it('logs an update once, on the instance that accepted it', async () => {
    const { id, keys } = await a.createBoard();
    const onA = a.connect(id, keys.edit);
    const onB = b.connect(id, keys.edit);
    await eventually(() => expect(onA.synced && onB.synced).toBe(true));
    addNode(onA.doc, { id: 'db', kind: 'database', label: 'DB', x: 0, y: 0, props: {} });
    await eventually(() => expect(nodesOf(onB.doc).has('db')).toBe(true));
    expect((await a.app.metrics.updatesAccepted.get()).values[0]?.value).toBe(1);
    expect((await b.app.metrics.updatesAccepted.get()).values[0]?.value ?? 0).toBe(0);
  });

  it('catches up from the log what the relay dropped while it was cut', async () => {
    const { id, keys } = await a.createBoard();
    const onA = a.connect(id, keys.edit);
    const onB = b.connect(id, keys.edit);
    await eventually(() => expect(onA.synced && onB.synced).toBe(true));
    relayB.cut = true;
    addNode(onA.doc, { id: 'cache', kind: 'cache', label: 'Cache', x: 0, y: 0, props: {} });
    await eventually(async () => expect((await a.store.loadDocument(id)).updates.length).toBe(2));
    expect(nodesOf(onB.doc).has('cache')).toBe(false);
    relayB.restore();
    await eventually(() => expect(nodesOf(onB.doc).has('cache')).toBe(true));
  });
});

describe('a board opened on a second instance while the first holds edits in its commit window', () => {
  const start = testServersClosedAfterEach();

  it('holds every edit the first accepted when its newcomer is synced, and hears the next at once', async () => {
    const store = new MemoryBoardStore();
    const bus = new LocalBus();
    // Far longer than the test: an edit the window holds reaches the second instance only if asked for.
    const limits = { commitWindowMs: 600_000 };
    const first = await start({ store, relay: bus.connect(), limits });
    const second = await start({ store, relay: bus.connect(), limits });
    const { id, keys } = await first.createBoard();
    const writer = first.connect(id, keys.edit);
    await eventually(() => expect(writer.synced).toBe(true));
    addNode(writer.doc, { id: 'lb', kind: 'load-balancer', label: 'LB', x: 0, y: 0, props: {} });
    // Its relay reached nobody, so the first instance now holds its appends for the window.
    await eventually(async () => expect((await store.loadDocument(id)).updates.length).toBe(2));
    addNode(writer.doc, { id: 'db', kind: 'database', label: 'DB', x: 0, y: 0, props: {} });
    await eventually(async () => expect((await first.app.metrics.updatesAccepted.get()).values[0]?.value).toBe(2));
    expect((await store.loadDocument(id)).updates.length).toBe(2);

    const newcomer = second.connect(id, keys.view);
    await eventually(() => expect(newcomer.synced).toBe(true));
    expect([...nodesOf(newcomer.doc).keys()].sort()).toEqual(['db', 'lb']);

    addNode(writer.doc, { id: 'cache', kind: 'cache', label: 'Cache', x: 0, y: 0, props: {} });
    await eventually(() => expect(nodesOf(newcomer.doc).has('cache')).toBe(true));
  });
});
