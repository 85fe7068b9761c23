// What the update guard's fast path saves on the sync bench's workload, in process: MOVES moves
// from 10 clients, each dragging its own node of a 10-node board (as `npm run bench:sync` does),
// each taken by `guard.accept` with the fast path on and off (every update checked on the shadow,
// as before it), against the live apply alone. The live document has an update listener in every
// path, as a room's has (Yjs then encodes each transaction once, whoever listens). After a round
// of each not counted, alternating, repeated ROUNDS times, medians. Run with `npm run bench:guard-fast-path -w @scaleboard/server`;
// docs/BENCHMARKS.md (Sync, "the guard's fast path for moves") has the figures.
import os from 'node:os';
import * as Y from 'yjs';
import { addNode, moveNodes } from '@scaleboard/board';
import { UpdateGuard } from '../src/rooms/UpdateGuard';
import { median } from './measure';

const MOVES = Number(process.env.MOVES ?? 20_000);
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const CLIENTS = 10;
const LIMITS = { maxBoardBytes: 16 * 1024 * 1024, maxBoardElements: 10_000 };

function board(): Uint8Array {
  const doc = new Y.Doc();
  for (let i = 0; i < CLIENTS; i++) addNode(doc, { id: `n${i}`, kind: 'web-server', label: `Web ${i}`, x: i * 200, y: 0, props: {} });
  return Y.encodeStateAsUpdate(doc);
}

/**
 * The moves in the order the server receives them: the clients in turn, each moving its own node,
 * each sent as its transaction's update (what a y-websocket client sends for an edit; its delete
 * set holds the two entries the move overwrote).
 */
function movesOf(seed: Uint8Array): Uint8Array[] {
  const updates: Uint8Array[] = [];
  const clients = Array.from({ length: CLIENTS }, () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, seed);
    doc.on('update', (update: Uint8Array) => updates.push(update));
    return doc;
  });
  for (let i = 0; i < MOVES; i++) moveNodes(clients[i % CLIENTS]!, [{ id: `n${i % CLIENTS}`, x: 1 + (i % 997), y: 1 + ((i * 7) % 991) }]);
  return updates;
}

type Path = 'fast path on' | 'fast path off' | 'apply alone';

/** CPU and wall µs per move along one path. */
function measure(seed: Uint8Array, updates: Uint8Array[], path: Path): { cpu: number; wall: number } {
  const live = new Y.Doc();
  Y.applyUpdate(live, seed);
  live.on('update', () => undefined);
  const guard = path === 'apply alone' ? undefined : new UpdateGuard(live, LIMITS, undefined, { fastPath: path === 'fast path on' });
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  for (const update of updates) {
    if (!guard) {
      Y.applyUpdate(live, update, 'client');
      continue;
    }
    const verdict = guard.accept(update, 'client');
    if (!verdict.ok) throw new Error(`refused: ${verdict.reason}`);
  }
  const wall = ((performance.now() - wallStart) * 1000) / updates.length;
  const used = process.cpuUsage(cpuStart);
  guard?.destroy();
  return { cpu: (used.user + used.system) / updates.length, wall };
}

const seed = board();
const updates = movesOf(seed);
const paths: Path[] = ['fast path on', 'fast path off', 'apply alone'];
const runs = new Map(paths.map((path) => [path, { cpu: [] as number[], wall: [] as number[] }]));
// One round of each path first, not counted: the first round of each read ~2× (the JIT warming up).
for (const path of paths) measure(seed, updates, path);
const loadBefore = os.loadavg()[0]!;
for (let round = 0; round < ROUNDS; round++) {
  // Alternating, and each round in another order: the machine is shared.
  for (const path of round % 2 === 0 ? paths : [...paths].reverse()) {
    const { cpu, wall } = measure(seed, updates, path);
    runs.get(path)!.cpu.push(cpu);
    runs.get(path)!.wall.push(wall);
  }
}
const micros = (path: Path) => ({ cpu: median(runs.get(path)!.cpu), wall: median(runs.get(path)!.wall) });
const [on, off, alone] = paths.map(micros) as [ReturnType<typeof micros>, ReturnType<typeof micros>, ReturnType<typeof micros>];
console.log(JSON.stringify({
  moves: updates.length,
  clients: CLIENTS,
  rounds: ROUNDS,
  cpuMicrosPerMove: { fastPathOn: +on.cpu.toFixed(2), fastPathOff: +off.cpu.toFixed(2), applyAlone: +alone.cpu.toFixed(2) },
  wallMicrosPerMove: { fastPathOn: +on.wall.toFixed(2), fastPathOff: +off.wall.toFixed(2), applyAlone: +alone.wall.toFixed(2) },
  guardCpuMicrosPerMove: { fastPathOn: +(on.cpu - alone.cpu).toFixed(2), fastPathOff: +(off.cpu - alone.cpu).toFixed(2) },
  cpuMicrosPerMoveEachRound: Object.fromEntries(paths.map((path) => [path, runs.get(path)!.cpu.map((micros) => +micros.toFixed(1))])),
  loadAverage: { before: +loadBefore.toFixed(2), after: +os.loadavg()[0]!.toFixed(2) },
}));
