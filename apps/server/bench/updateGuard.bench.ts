// What the update guard costs per update on the sync path: `guard.accept(update)` (check on the
// shadow, then the live document's apply, which the shadow does not repeat; since the fast path,
// the move workload skips the shadow: bench/guardFastPath.bench.ts), as BoardRoom does for
// every accepted update, against the apply alone — and against the path before issue 16,
// `guard.check(update)` then the live apply, which the shadow followed by applying it again. Run with `npm run bench:guard -w @scaleboard/server`; it prints one JSON
// line per workload. docs/BENCHMARKS.md ("The live document contract") has the figures and how
// the before/after were taken.
import os from 'node:os';
import * as Y from 'yjs';
import { addEdge, addNode, boardToDoc, moveNodes, setNodeProp, updateNode } from '@scaleboard/board';
import { sketch, type SketchEdge, type SketchNode } from '@scaleboard/rules';
import { UpdateGuard } from '../src/rooms/UpdateGuard';
import { median } from './measure';

const COMPONENTS = Number(process.env.COMPONENTS ?? 1000);
const UPDATES = Number(process.env.UPDATES ?? 2000);

/** Cells of ten components (the chapter-1 architecture), as on a big study-group board. */
function bigBoard(): Y.Doc {
  const nodes: SketchNode[] = [];
  const edges: SketchEdge[] = [];
  for (let c = 0; c < COMPONENTS / 10; c++) {
    const id = (name: string) => `${name}-${c}`;
    nodes.push([id('lb'), 'load-balancer'], ...[1, 2, 3, 4].map((w) => [id(`web${w}`), 'web-server'] as SketchNode), [id('cache'), 'cache'], [id('db'), 'database'], [id('replica'), 'database', { role: 'replica' }], [id('jobs'), 'message-queue'], [id('worker'), 'worker']);
    edges.push([id('db'), id('replica'), 'replication'], [id('jobs'), id('worker'), 'async'], [id('worker'), id('db')]);
    for (const w of [1, 2, 3, 4]) edges.push([id('lb'), id(`web${w}`)], [id(`web${w}`), id('db')]);
  }
  const doc = new Y.Doc();
  boardToDoc(sketch('Guard bench', nodes, edges), doc);
  return doc;
}

/** The edits a person makes most, each as the update their client sends. */
const WORKLOADS: Record<string, (client: Y.Doc, i: number) => void> = {
  move: (d, i) => moveNodes(d, [{ id: `web1-${i % (COMPONENTS / 10)}`, x: i, y: i }]),
  'set prop': (d, i) => setNodeProp(d, `web2-${i % (COMPONENTS / 10)}`, 'instances', 2 + (i % 5)),
  rename: (d, i) => updateNode(d, `cache-${i % (COMPONENTS / 10)}`, { label: `Cache ${i}` }),
  'add node + edge': (d, i) => {
    d.transact(() => {
      addNode(d, { id: `extra-${i}`, kind: 'cache', label: 'Extra', x: i, y: 0, props: {} });
      addEdge(d, { id: `extra-edge-${i}`, from: `lb-${i % (COMPONENTS / 10)}`, to: `extra-${i}`, kind: 'sync' });
    });
  },
};

function updatesOf(seed: Uint8Array, edit: (client: Y.Doc, i: number) => void): Uint8Array[] {
  const client = new Y.Doc();
  Y.applyUpdate(client, seed);
  const updates: Uint8Array[] = [];
  client.on('update', (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < UPDATES; i++) edit(client, i);
  return updates;
}

type Path = 'accept' | 'check then apply' | 'apply alone';

/** CPU µs per update along one path. */
function measure(seed: Uint8Array, updates: Uint8Array[], path: Path): number {
  const live = new Y.Doc();
  // Made before the board is loaded, as a room makes it: its shadow follows the live document.
  const guard = path === 'apply alone' ? undefined : new UpdateGuard(live, { maxBoardBytes: 64 * 1024 * 1024, maxBoardElements: 100_000 });
  Y.applyUpdate(live, seed);
  // CPU time, not wall time: on a shared machine waiting for a core is not the guard's cost.
  const start = process.cpuUsage();
  for (const update of updates) {
    if (!guard) {
      Y.applyUpdate(live, update);
      continue;
    }
    const verdict = path === 'accept' ? guard.accept(update, null) : guard.check(update);
    if (!verdict.ok) throw new Error(`refused: ${verdict.reason}`);
    if (path === 'check then apply') Y.applyUpdate(live, update);
  }
  const used = process.cpuUsage(start);
  const micros = (used.user + used.system) / updates.length;
  guard?.destroy();
  return micros;
}

const seed = Y.encodeStateAsUpdate(bigBoard());
for (const [name, edit] of Object.entries(WORKLOADS)) {
  const updates = updatesOf(seed, edit);
  const runs: Record<Path, number[]> = { accept: [], 'check then apply': [], 'apply alone': [] };
  // Alternating, repeated: the machine is shared and noisy.
  for (let round = 0; round < 5; round++) for (const path of Object.keys(runs) as Path[]) runs[path].push(measure(seed, updates, path));
  const accept = median(runs.accept);
  const checkThenApply = median(runs['check then apply']);
  const applyOnly = median(runs['apply alone']);
  console.log(JSON.stringify({
    workload: name,
    components: COMPONENTS,
    updates: updates.length,
    guardedMicrosPerUpdate: Number(accept.toFixed(1)),
    checkThenApplyMicrosPerUpdate: Number(checkThenApply.toFixed(1)),
    applyOnlyMicrosPerUpdate: Number(applyOnly.toFixed(1)),
    guardMicrosPerUpdate: Number((accept - applyOnly).toFixed(1)),
    loadAverage: os.loadavg()[0]?.toFixed(2),
  }));
}
