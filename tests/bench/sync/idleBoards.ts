import { setTimeout as sleep } from 'node:timers/promises';
import { BenchClient } from './BenchClient';
import { liveBytes } from './liveMemory';
import { rssBytes } from './procStats';
import { slope } from './stats';
import type { Target } from './targets';
import { Wire } from './wire';

export interface IdleResult {
  /** RSS of the server's processes at rest: started, `RESTING_AFTER_BOARDS` boards opened and left, a full GC. */
  restingRssBytes: number;
  /**
   * Live heap + external after a full GC, per board opened, edited and left: the slope of a
   * least-squares line through IDLE_STEPS readings, so one-off growth between two readings (a map
   * resizing, code compiled late) does not count as every board's.
   */
  liveBytes: number;
  /** RSS growth per board (an upper bound: V8 and the allocator rarely return pages). */
  rssBytes: number;
}

/**
 * Boards opened and left before the resting RSS is read. They pay for lazy start-up work (compiled
 * code, query caches), which is no board's: a heap-snapshot diff after 50 showed most of the
 * growth that followed was compiled code.
 */
const RESTING_AFTER_BOARDS = 200;
/**
 * Boards opened and left after that on each instance, before the first heap reading. V8 goes on
 * optimizing the code a board runs for several hundred more: after 200, ×1's slope read 0.82–0.92
 * KB a board, and a heap-snapshot diff over the next 2,000 boards grew by compiled code and its
 * deoptimization data and by no object of a board's; after 600, it read 0.15–0.24 KB. Each
 * instance of a cluster sees only its share of the boards, so it gets its 800 (2026-12-06,
 * docs/BENCHMARKS.md).
 */
const IDLE_WARM_UP_BOARDS = 800;
/** Readings of the live heap while the idle boards are opened, for the slope. */
const IDLE_STEPS = 5;

/** Opens `count` boards (one client each makes one edit and leaves), then measures what stays. */
export async function idleBoardMemory(target: Target, count: number): Promise<IdleResult> {
  await openAndLeave(target, RESTING_AFTER_BOARDS);
  await sleep(3000);
  await liveBytes(target.pids()); // for its full GC
  const restingRssBytes = rssBytes(target.pids());
  await openAndLeave(target, IDLE_WARM_UP_BOARDS * target.instances);
  await sleep(3000);
  const readings = [{ boards: 0, bytes: await liveBytes(target.pids()) }];
  const rss0 = rssBytes(target.pids());
  for (let step = 1; step <= IDLE_STEPS; step++) {
    const boards = Math.round((count * step) / IDLE_STEPS);
    await openAndLeave(target, boards - readings[readings.length - 1]!.boards);
    // Servers unload a board a little after its last client leaves (Hocuspocus's Redis extension waits 1 s).
    await sleep(3000);
    readings.push({ boards, bytes: await liveBytes(target.pids()) });
  }
  return { restingRssBytes, liveBytes: slope(readings.map((r) => [r.boards, r.bytes])), rssBytes: (rssBytes(target.pids()) - rss0) / count };
}

async function openAndLeave(target: Target, count: number): Promise<void> {
  for (let first = 0; first < count; first += 10) {
    await Promise.all(
      Array.from({ length: Math.min(10, count - first) }, async (_, i) => {
        const board = await target.createBoard();
        const client = new BenchClient({ url: target.url(first + i, board), wire: new Wire(target.framing, board.id), token: board.token, index: 0, observer: false, moves: 1 });
        await client.synced;
        client.move();
        await sleep(50);
        await client.close();
      }),
    );
  }
}
