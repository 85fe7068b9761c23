import { setTimeout as sleep } from 'node:timers/promises';
import { now } from './BenchClient';
import { machineBusyMs } from './procStats';

/**
 * CPU ms a second above the machine at rest below which it counts as idle (5 % of one core). The
 * rest is read once every server has started: this machine's own daemons (kdamond, an agent, a
 * message broker) and the started servers at rest kept it above a fixed 50 ms a second, so every wait
 * ran its full minute, and a server that has sat idle a minute loads 2–4× slower (`coldRestS` in run.ts).
 */
const QUIET_MS_PER_S = 50;

/** CPU ms the whole machine spends busy over the next second, all cores. */
async function busyMsPerS(): Promise<number> {
  const before = machineBusyMs();
  await sleep(1000);
  return machineBusyMs() - before;
}

/**
 * The machine at rest, read once every server has started, and the wait for it before a measure.
 *
 * @example const idle = await MachineIdle.read(); await idle.wait(60); // seconds it waited beyond the rest
 */
export class MachineIdle {
  private constructor(
    /** The machine's busy CPU ms a second with every server started and idle, the quietest of five seconds. */
    readonly backgroundMsPerS: number,
  ) {}

  static async read(): Promise<MachineIdle> {
    const readings: number[] = [];
    while (readings.length < 5) readings.push(await busyMsPerS());
    return new MachineIdle(Math.min(...readings));
  }

  /**
   * Waits at least `restS` seconds, then (up to a minute more) until the whole machine is back to
   * its background — every process, not only the next server's: what the servers measured before
   * did last (a cluster's compactions and PostgreSQL's autovacuum after a cold load's 10,000
   * appends, a closing board's snapshot) would otherwise run on the same two cores during the
   * measure, and weigh on whichever server comes next. Resolves with the seconds waited beyond
   * `restS` (60 or more: it gave up, still busy).
   */
  async wait(restS = 0): Promise<number> {
    await sleep(restS * 1000);
    const started = now();
    for (const giveUpAt = started + 60_000; now() < giveUpAt; ) {
      if ((await busyMsPerS()) < this.backgroundMsPerS + QUIET_MS_PER_S) break;
    }
    return (now() - started) / 1000;
  }
}
