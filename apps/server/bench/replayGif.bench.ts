// The replay GIF of a 45-minute interview: a board grown by 2,000 edits (30 components added one
// after another, edges between them, moves and prop sets in between; compacted every COMPACT_EVERY
// appends as the rooms do), then `GET /api/boards/:id/replay.gif` over HTTP from a real app:
// 120 frames sampled from 2,000 versions, drawn in the export process. Time to the last byte and
// size. The memory store stamps versions with the time they were appended (it takes no chosen
// `at`), so the stamps' clock spans the seconds the script took, not 45 minutes; the drawing does
// not depend on it. Run with `npm run bench:replay-gif -w @scaleboard/server` (OUT=file.gif keeps the GIF); docs/BENCHMARKS.md
// ("Replay GIF") has the figures.
import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import * as Y from 'yjs';
import { addEdge, addNode, moveNodes, setNodeProp } from '@scaleboard/board';
import { GifReader } from 'omggif';
import { createApp } from '../src/app';
import { DEFAULT_LIMITS } from '../src/config';
import { generateKey, hashKey } from '../src/keys';
import { loadDocument } from '../src/rooms/loadDocument';
import { MemoryBoardStore } from '../src/storage/MemoryBoardStore';
import { MemoryInterviewStore } from '../src/storage/MemoryInterviewStore';

const EDITS = Number(process.env.EDITS ?? 2_000);
const COMPONENTS = 30;
const KINDS = ['load-balancer', 'web-server', 'cache', 'database', 'message-queue', 'worker'] as const;

const store = new MemoryBoardStore();
const viewKey = generateKey();
const boardId = 'replaybench';
await store.createBoard({ id: boardId, title: 'Replay bench', keyHashes: { owner: hashKey(generateKey()), edit: hashKey(generateKey()), view: hashKey(viewKey) }, createdAt: new Date() });

const client = new Y.Doc();
const pending: Uint8Array[] = [];
client.on('update', (update: Uint8Array) => pending.push(update));
const added: string[] = [];
for (let i = 0; i < EDITS; i++) {
  if (i % Math.floor(EDITS / COMPONENTS) === 0 && added.length < COMPONENTS) {
    const id = `c${added.length}`;
    addNode(client, { id, kind: KINDS[added.length % KINDS.length]!, label: `Component ${added.length}`, x: (added.length % 6) * 220, y: Math.floor(added.length / 6) * 160, props: {} });
    if (added.length > 0) addEdge(client, { id: `e${added.length}`, from: added[added.length - 1]!, to: id, kind: 'sync' });
    added.push(id);
  } else if (i % 2 === 0) {
    const target = added[i % added.length]!;
    moveNodes(client, [{ id: target, x: ((added.indexOf(target) % 6) * 220) + (i % 40), y: Math.floor(added.indexOf(target) / 6) * 160 + (i % 17) }]);
  } else {
    setNodeProp(client, added[i % added.length]!, 'instances', 1 + (i % 5));
  }
  // One version per step, as a room batches what arrives together.
  await store.appendUpdate(boardId, Y.mergeUpdates(pending.splice(0)), [{ name: 'Candidate', role: 'editor' }]);
  if ((i + 1) % DEFAULT_LIMITS.compactEvery === 0) {
    const { doc, lastSeq } = await loadDocument(store, boardId);
    await store.compact(boardId, Y.encodeStateAsUpdate(doc), lastSeq);
    doc.destroy();
  }
}

const app = createApp({ stores: { boards: store, interviews: new MemoryInterviewStore() }, logger: pino({ level: 'silent' }), limits: DEFAULT_LIMITS });
await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
const { port } = app.httpServer.address() as AddressInfo;
try {
  for (const run of ['cold (starts the export process)', 'warm']) {
    const started = performance.now();
    const res = await fetch(`http://127.0.0.1:${port}/api/boards/${boardId}/replay.gif?key=${viewKey}`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    const ms = performance.now() - started;
    if (res.status !== 200) throw new Error(`replay.gif answered ${res.status}: ${new TextDecoder().decode(bytes)}`);
    const gif = new GifReader(bytes);
    if (process.env.OUT) writeFileSync(process.env.OUT, bytes);
    console.log(`${run}: ${EDITS} versions → ${gif.numFrames()} frames of ${gif.width} × ${gif.height} px, ${(bytes.length / 1024).toFixed(0)} KiB in ${(ms / 1000).toFixed(1)} s`);
  }
} finally {
  await app.close();
}
