import { BenchClient } from './BenchClient';
import { scaleboardSingle } from './targets';
import { Wire } from './wire';

/**
 * `npx tsx tests/bench/sync/compactionStall.ts`: the longest the event loop of a Scaleboard ×1
 * server (compiled, embedded database) stalls while ten writers make 10,000 moves to one board,
 * 1 ms apart each — the board's log compacts every 200 entries meanwhile, so the later
 * compactions fold a board of up to 20,000 items. Three boards, one after another; the figure is
 * prom-client's `nodejs_eventloop_lag_max_seconds`, read (and so reset) before and after each.
 */
const WRITERS = 10;
const MOVES_EACH = 1000;
const ROUNDS = 3;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function lagMaxMs(base: string): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  return Number(/^nodejs_eventloop_lag_max_seconds (\S+)/m.exec(text)?.[1]) * 1000;
}

const target = await scaleboardSingle();
const base = target.url(0, { id: 'x', token: 'y' }).replace('ws://', 'http://').replace(/\/yjs\/.*/, '');
try {
  for (let round = 1; round <= ROUNDS; round++) {
    const board = await target.createBoard();
    const writers = Array.from(
      { length: WRITERS },
      (_, index) => new BenchClient({ url: target.url(index, board), wire: new Wire(target.framing, board.id), token: board.token, index, observer: false, moves: MOVES_EACH }),
    );
    await Promise.all(writers.map((writer) => writer.synced));
    await lagMaxMs(base);
    await Promise.all(
      writers.map(async (writer) => {
        for (let n = 0; n < MOVES_EACH; n++) {
          writer.move();
          await sleep(1);
        }
      }),
    );
    console.log(`round ${round}: the event loop's longest stall ${(await lagMaxMs(base)).toFixed(1)} ms`);
    await Promise.all(writers.map((writer) => writer.close()));
  }
} finally {
  await target.stop();
}
