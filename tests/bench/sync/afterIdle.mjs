// `node bench/sync/afterIdle.mjs 70` (from tests/, where yjs resolves; add V8 flags before the
// script to compare): how long this machine takes to apply and decode a board's state of 10,000
// moves, five times warm, then after the process has sat idle the given seconds, and the page
// faults each took. docs/BENCHMARKS.md, 2026-12-05 09:40: a minute idle costs every server here.
import * as Y from 'yjs';

const board = new Y.Doc();
const nodes = board.getMap('nodes');
for (let writer = 0; writer < 10; writer++) nodes.set(`n${writer}`, new Y.Map());
for (let move = 0; move < 10_000; move++) {
  const node = nodes.get(`n${move % 10}`);
  board.transact(() => {
    node.set('x', move);
    node.set('y', move);
  });
}
const state = Y.encodeStateAsUpdate(board);

function measure(label) {
  const faults = process.resourceUsage().minorPageFault;
  const started = performance.now();
  Y.applyUpdate(new Y.Doc(), state);
  Y.decodeUpdate(state);
  console.log(`${label}: ${(performance.now() - started).toFixed(1)} ms, ${process.resourceUsage().minorPageFault - faults} page faults`);
}

console.log(`state: ${state.byteLength} bytes`);
for (let run = 1; run <= 5; run++) measure(`warm ${run}`);
const idleS = Number(process.argv[2] ?? 70);
await new Promise((resolve) => setTimeout(resolve, idleS * 1000));
measure(`after ${idleS} s idle`);
measure('again');
