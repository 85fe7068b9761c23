import type { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { addNode } from '@scaleboard/board';
import { CLOSE_CODES } from '../src/rooms/RoomSession';
import { encodeSyncStep1, encodeSyncUpdate } from '../src/sync/yMessages';
import { eventually } from './eventually';
import { openRawSync, settled, type RawSync } from './rawSync';
import { MemoryBoardStore } from '../src/storage/MemoryBoardStore';
import { testServersClosedAfterEach, type TestServer } from './testServer';

const start = testServersClosedAfterEach();

/** A board of about `notes` KB: one note of 1,000 characters per KB. */
async function boardOfSize(server: TestServer, notes: number): Promise<{ id: string; keys: { edit: string; view: string } }> {
  const { id, keys } = await server.createBoard();
  const doc = new Y.Doc();
  for (let i = 0; i < notes; i++) addNode(doc, { id: `n${i}`, kind: 'note', label: `${i} ${'z'.repeat(1000)}`, x: i, y: 0, props: {} });
  const writer = openRawSync(server.wsUrl, id, keys.edit);
  expect(await writer.status).toBe(101);
  writer.ws.send(encodeSyncUpdate(Y.encodeStateAsUpdate(doc)));
  expect(await settled(writer)).toBe(true);
  writer.ws.close();
  return { id, keys };
}

/** The underlying TCP socket of a ws client, to stop reading from it as a stuck client would. */
function tcpOf(raw: RawSync): Socket {
  return (raw.ws as unknown as { _socket: Socket })._socket;
}

async function metricValue(server: TestServer, name: 'slowConsumersClosed' | 'sendBufferPeakBytes' | 'syncStep1Coalesced'): Promise<number> {
  const metric = server.app.metrics[name];
  return (await metric.get()).values[0]?.value ?? 0;
}

/** The updates of the sync step 2 replies (message type 0, sync type 1) `raw` received. */
function step2Updates(raw: RawSync): Uint8Array[] {
  return raw.received
    .filter((m) => m[0] === 0 && m[1] === 1)
    .map((m) => {
      const decoder = decoding.createDecoder(m);
      decoding.readVarUint(decoder);
      decoding.readVarUint(decoder);
      return decoding.readVarUint8Array(decoder);
    });
}
const step2Count = (raw: RawSync): number => step2Updates(raw).length;

const ASK_FOR_EVERYTHING = encodeSyncStep1(new Y.Doc());

/**
 * A viewer that stops reading and asks for the whole board every 5 ms (200 a second, under the
 * rate limit) until the server closes it as a slow consumer; resolves with it, still paused.
 */
async function stuckViewerClosedBy(server: TestServer, boardId: string, viewKey: string): Promise<RawSync> {
  const slow = openRawSync(server.wsUrl, boardId, viewKey);
  expect(await slow.status).toBe(101);
  tcpOf(slow).pause();
  await eventually(
    async () => {
      if (slow.ws.readyState === slow.ws.OPEN) slow.ws.send(ASK_FOR_EVERYTHING);
      expect(await metricValue(server, 'slowConsumersClosed')).toBe(1);
    },
    { timeoutMs: 15_000, intervalMs: 5 },
  );
  return slow;
}

describe('slow sync consumers', () => {
  it('closes a view session that stops reading while asking for the board again and again (MAX_SEND_BUFFER_BYTES); an honest client still syncs', async () => {
    const cap = 1024 * 1024;
    const server = await start({ limits: { maxSendBufferBytes: cap, minResyncIntervalMs: 0, maxUpdatesPerSecond: 1000 } });
    const { id, keys } = await boardOfSize(server, 300);

    const slow = await stuckViewerClosedBy(server, id, keys.view);
    const peak = await metricValue(server, 'sendBufferPeakBytes');
    expect(peak).toBeGreaterThan(cap / 2);
    expect(peak).toBeLessThanOrEqual(cap);

    // Once the stuck client reads again (within the close handshake's grace), it finds the
    // reason after what was queued for it.
    tcpOf(slow).resume();
    expect(await slow.closed).toEqual({ code: CLOSE_CODES.slowConsumer, reason: 'not reading fast enough (MAX_SEND_BUFFER_BYTES)' });

    const honest = server.connect(id, keys.view);
    await eventually(() => expect(honest.doc.getMap('nodes').size).toBe(300), { timeoutMs: 10_000 });
  });

  it('answers a burst of sync step 1 from one session once now and once more after MIN_RESYNC_INTERVAL_MS', async () => {
    const server = await start({ limits: { minResyncIntervalMs: 300 } });
    const { id, keys } = await boardOfSize(server, 5);
    const viewer = openRawSync(server.wsUrl, id, keys.view);
    expect(await viewer.status).toBe(101);
    for (let i = 0; i < 20; i++) viewer.ws.send(ASK_FOR_EVERYTHING);
    expect(await settled(viewer)).toBe(true);
    expect(step2Count(viewer)).toBe(1);
    await eventually(() => expect(step2Count(viewer)).toBe(2));
    expect(await metricValue(server, 'syncStep1Coalesced')).toBe(19);
    // The coalesced answer carries the whole board, as the last request asked.
    const replica = new Y.Doc();
    Y.applyUpdate(replica, step2Updates(viewer)[1] as Uint8Array);
    expect(replica.getMap('nodes').size).toBe(5);
    viewer.ws.close();
  });

  it('cuts off a stuck client that never reads its close within the close handshake’s grace, not ws’s 30 s', async () => {
    const server = await start({ limits: { maxSendBufferBytes: 256 * 1024, minResyncIntervalMs: 0, maxUpdatesPerSecond: 1000 } });
    const { id, keys } = await boardOfSize(server, 100);
    const slow = await stuckViewerClosedBy(server, id, keys.view);
    // The client stays paused: its socket, and what was queued for it, are let go all the same.
    await eventually(async () => expect((await server.app.metrics.syncConnections.get()).values[0]?.value).toBe(0), { timeoutMs: 10_000, intervalMs: 50 });
    tcpOf(slow).destroy();
  });

  it('closes a session that sends more than MAX_SEND_BUFFER_BYTES before its board has opened', async () => {
    // A store whose board opens only when the test says so.
    let open: () => void = () => undefined;
    const opened = new Promise<void>((resolve) => (open = resolve));
    const store = new MemoryBoardStore();
    const loadDocument = store.loadDocument.bind(store);
    store.loadDocument = async (boardId) => {
      await opened;
      return loadDocument(boardId);
    };
    const server = await start({ store, limits: { maxSendBufferBytes: 64 * 1024 } });
    const { id, keys } = await server.createBoard();
    const eager = openRawSync(server.wsUrl, id, keys.edit);
    expect(await eager.status).toBe(101);
    const awarenessQuery = new Uint8Array([3]);
    const chunk = encodeSyncUpdate(new Uint8Array(16 * 1024));
    for (let i = 0; i < 5; i++) eager.ws.send(chunk);
    eager.ws.send(awarenessQuery);
    expect(await eager.closed).toEqual({ code: CLOSE_CODES.policy, reason: 'too much sent before the board opened (MAX_SEND_BUFFER_BYTES)' });
    open();
  });
});
