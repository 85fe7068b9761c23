// What a board leaves in the server's heap after its last session closes: the room, its Y.Doc,
// the guard's shadow, awareness, presence, the outgoing batch and the relay subscription must all
// go. Opens WARMUP boards (compiled code and caches are no board's), then BOARDS more, each joined
// by one session that sends an edit and its presence and leaves; after a full GC, the growth of
// the live heap per board. A store that keeps nothing stands in for the database, so what is
// measured is the rooms alone (the sync benchmark measures whole servers).
// Run with `npm run bench:idle-rooms -w @scaleboard/server` (needs --expose-gc, which the script passes);
// it prints one JSON line. docs/BENCHMARKS.md ("Sync") has the figures.
import { pino } from 'pino';
import * as Y from 'yjs';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { addNode } from '@scaleboard/board';
import { DEFAULT_LIMITS } from '../src/config';
import { createMetrics } from '../src/ops/metrics';
import { LocalRelay } from '../src/relay/LocalRelay';
import { RoomRegistry } from '../src/rooms/RoomRegistry';
import type { RoomSession } from '../src/rooms/RoomSession';
import { MemoryBoardStore } from '../src/storage/MemoryBoardStore';
import type { LoggedUpdate, StoredDocument } from '../src/storage/BoardStore';
import { encodeAwareness, encodeSyncUpdate } from '../src/sync/yMessages';

const WARMUP = Number(process.env.WARMUP ?? 300);
const BOARDS = Number(process.env.BOARDS ?? 3000);

/** Every board loads empty and every append is forgotten: nothing grows in the store. */
class ForgetfulStore extends MemoryBoardStore {
  private appended = 0;
  override async loadDocument(): Promise<StoredDocument> {
    return { snapshot: null, snapshotEncoding: 1, snapshotSeq: 0, updates: [] };
  }
  override async appendUpdate(_boardId: string, update: Uint8Array): Promise<LoggedUpdate> {
    return { seq: ++this.appended, data: update };
  }
}

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');

const registry = new RoomRegistry({
  store: new ForgetfulStore(),
  logger: pino({ level: 'silent' }),
  metrics: createMetrics(),
  relay: new LocalRelay(),
  compactEvery: DEFAULT_LIMITS.compactEvery,
  commitWindowMs: DEFAULT_LIMITS.commitWindowMs,
  boardLimits: DEFAULT_LIMITS,
});

/** One person opens board `n`, adds a node, says who they are, and leaves; resolves once the room is gone. */
async function visit(n: number): Promise<void> {
  const boardId = `idle-${n}`;
  const session: RoomSession = { id: `s-${n}`, role: 'editor', send: () => undefined, close: () => undefined };
  const room = await registry.join(boardId, session);
  const client = new Y.Doc();
  addNode(client, { id: `node-${n}`, kind: 'cache', label: 'Cache', x: n, y: 0, props: {} });
  room.receive(session, encodeSyncUpdate(Y.encodeStateAsUpdate(client)));
  const awareness = new Awareness(client);
  awareness.setLocalState({ user: { name: `Visitor ${n}` } });
  room.receive(session, encodeAwareness(encodeAwarenessUpdate(awareness, [client.clientID])));
  awareness.destroy();
  client.destroy();
  await new Promise((resolve) => setImmediate(resolve));
  registry.leave(room, session);
  await room.flush();
  // The registry destroys the room after its flush; give that a turn.
  await new Promise((resolve) => setImmediate(resolve));
}

async function liveHeap(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    gc!();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const { heapUsed, external } = process.memoryUsage();
  return heapUsed + external;
}

for (let n = 0; n < WARMUP; n++) await visit(n);
const before = await liveHeap();
for (let n = WARMUP; n < WARMUP + BOARDS; n++) await visit(n);
const after = await liveHeap();
if (registry.openCount !== 0) throw new Error(`${registry.openCount} rooms still open`);
console.log(JSON.stringify({ boards: BOARDS, bytesPerClosedBoard: Math.round((after - before) / BOARDS), openRooms: registry.openCount }));
