import { setTimeout as sleep } from 'node:timers/promises';
import { cpus, loadavg } from 'node:os';
import { writeFileSync } from 'node:fs';
import { BenchClient, now } from './BenchClient';
import { idleBoardMemory, type IdleResult } from './idleBoards';
import { enableMemoryProbe, removeMemoryProbeDir } from './liveMemory';
import { MachineIdle } from './machineIdle';
import { cpuMs, cpuMsByPid, cpuMsSince, minorFaults, rssBytes } from './procStats';
import { median, quantile } from './stats';
import { hocuspocus, scaleboardCluster, scaleboardSingle, scaleboardVariant, startRedis, yWebsocketServer, type Target } from './targets';
import { Wire } from './wire';

/**
 * `npm run bench:sync`: C clients on one board each move their node R times a second; every
 * server under test gets the same workload in the same run, one after another, repeated.
 *
 * BENCH_WORKLOADS=10x20,50x5  BENCH_REPEATS=3  BENCH_DURATION_S=10  BENCH_WARMUP_S=5  BENCH_SERVER_WARMUP_S=30  BENCH_OBSERVERS=3
 * BENCH_IDLE_BOARDS=1000  BENCH_COLD_UPDATES=10000  BENCH_COLD_REST_S=60  BENCH_TARGETS=substring|=label,…  BENCH_OUT=results.json
 * BENCH_BASELINE_SERVER=/path/to/other/apps/server adds Scaleboard ×1 and ×3 from that checkout
 * (e.g. `git archive <commit> apps/server packages prisma tsconfig.base.json` unpacked beside a node_modules link; compiled like this one when it has scripts/build.mjs).
 * BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" passes flags to every Scaleboard and Hocuspocus instance.
 * BENCH_VARIANT_NODE_ARGS="--some-v8-flag" and/or BENCH_VARIANT_ENV="COMMIT_WINDOW_MS=1000" add a second Scaleboard ×1 run
 * with those flags and settings ("Scaleboard ×1 variant"), in turn with the rest: an A/B in one run.
 * Results: the table on stdout, progress per run on stderr; docs/BENCHMARKS.md ("Sync") explains the columns.
 */
const env = process.env;
const workloads = (env.BENCH_WORKLOADS ?? '10x20,50x5').split(',').map((w) => {
  const [clients, rate] = w.split('x').map(Number);
  if (!clients || !rate) throw new Error(`BENCH_WORKLOADS: bad workload ${w} (want CxR, e.g. 10x20)`);
  return { clients, rate };
});
const repeats = Number(env.BENCH_REPEATS ?? 3);
const runDurationS = Number(env.BENCH_DURATION_S ?? 10);
/**
 * Seconds every server runs each workload once, unmeasured, before the first measured run: V8
 * compiles a server's hot path while it first runs it (on its helper threads: a quarter of
 * Scaleboard ×1's CPU in the first 20 s of 10 × 20, and its CPU per edit still fell run after run
 * for a minute, 2026-12-04), which a server that has been serving boards for a while no longer
 * pays. Every server gets the same.
 */
const serverWarmUpS = Number(env.BENCH_SERVER_WARMUP_S ?? 30);
/** Seconds each run's clients move before its measured window opens (the board's own start: nodes created, the first compaction). */
const runWarmUpS = Number(env.BENCH_WARMUP_S ?? 5);
const observerCount = Number(env.BENCH_OBSERVERS ?? 3);
const idleBoards = Number(env.BENCH_IDLE_BOARDS ?? 1000);
const coldUpdates = Number(env.BENCH_COLD_UPDATES ?? 10_000);
/**
 * Seconds every server rests, beyond the wait for it to store and unload the board, before a timed
 * cold load. 0 measures the board's cold load on a server that is serving; 60, on one that sat
 * idle a minute first. On this machine (a Firecracker VM) the second costs every server 2–4×:
 * memory a process has not touched for a minute is slow to touch again (a load took 5,700 page
 * faults instead of 2,200, and its first scavenge 26 ms instead of 2.5), though the process gave
 * nothing back meanwhile (docs/BENCHMARKS.md, 2026-12-05 09:40–).
 */
const coldRestS = Number(env.BENCH_COLD_REST_S ?? 0);
const only = env.BENCH_TARGETS?.split(',').map((s) => s.toLowerCase());
/** How long after the last move the observers may take to see every move before it counts as lost. */
const DRAIN_LIMIT_MS = 15_000;

interface RunResult {
  target: string;
  clients: number;
  rate: number;
  p50: number;
  p99: number;
  /** Document-update frames delivered to all clients, per second of the run. */
  framesPerS: number;
  /** Server CPU per edit (each edit is fanned out to C − 1 clients), µs. */
  cpuUsPerEdit: number;
  infraCpuUsPerEdit: number;
  /** The same by part of the infrastructure (nginx, redis, postgres). */
  infraCpuUsPerEditByPart: Record<string, number>;
  /** Page faults the server took per edit (memory it had to have mapped in again: a process that sat idle takes more, 2026-12-05). */
  faultsPerEdit: number;
  rssMB: number;
  sent: number;
  /** Share of the other clients' moves the observers saw (the rest were overwritten in transit). */
  seenShare: number;
  /** Observer × client pairs where the observer did not end with the client's last move. */
  notConverged: number;
  /** The machine's 1-minute load average at the end of the run (figures count only at ≤ 3). */
  load: number;
}

const log = (line: string) => process.stderr.write(`${line}\n`);

async function runWorkload(target: Target, clients: number, rate: number, { warmUpS, durationS } = { warmUpS: runWarmUpS, durationS: runDurationS }): Promise<RunResult> {
  const board = await target.createBoard();
  const period = 1000 / rate;
  const moves = Math.ceil((warmUpS + durationS) * rate) + 2;
  const all: BenchClient[] = [];
  // One by one, so the observers (the first ones) are spread over the instances of a server that spreads its clients.
  for (let index = 0; index < clients; index++) {
    const client = new BenchClient({ url: target.url(index, board), wire: new Wire(target.framing, board.id), token: board.token, index, observer: index < observerCount, moves });
    all.push(client);
    await client.synced;
  }
  const observers = all.filter((_, index) => index < observerCount);
  await sleep(500);

  const startAt = now() + 20;
  const measureAt = startAt + warmUpS * 1000;
  const endAt = measureAt + durationS * 1000;
  // The measured window opens once the warm-up's moves have been sent: CPU, moves sent, latencies and frames from here.
  let cpu0 = 0;
  let faults0 = 0;
  let infra0: Record<string, Map<number, number>> = {};
  let sent0 = 0;
  const measuring = new Promise<void>((resolve) =>
    setTimeout(() => {
      cpu0 = cpuMs(target.pids());
      faults0 = minorFaults(target.pids());
      sent0 = all.reduce((sum, client) => sum + client.sent, 0);
      for (const client of all) client.startCounting();
      // The infrastructure's processes as the window opens (a pool may open PostgreSQL backends
      // during the warm-up), asked for again at its end; the asking takes a few ms of the window.
      void target.infraPids().then((infraPids) => {
        infra0 = Object.fromEntries(Object.entries(infraPids).map(([part, pids]) => [part, cpuMsByPid(pids)]));
        resolve();
      });
    }, measureAt - now()),
  );
  await Promise.all([
    measuring,
    ...all.map(
      (client, index) =>
        new Promise<void>((resolve) => {
          let n = 0;
          const tick = () => {
            if (now() >= endAt || !client.move()) return resolve();
            const next = startAt + (index / clients) * period + ++n * period;
            setTimeout(tick, Math.max(0, next - now()));
          };
          setTimeout(tick, Math.max(0, startAt + (index / clients) * period - now()));
        }),
    ),
  ]);
  // Until every observer shows every client's last move (late moves count, with their latency).
  const behind = () => observers.reduce((sum, o) => sum + all.filter((c) => c !== o && !o.hasLatestOf(c)).length, 0);
  for (const giveUpAt = now() + DRAIN_LIMIT_MS; behind() > 0 && now() < giveUpAt; ) await sleep(100);
  await sleep(200);
  for (const client of all) client.stopCounting();
  const cpu = cpuMs(target.pids()) - cpu0;
  const faults = minorFaults(target.pids()) - faults0;
  const infraCpu = Object.fromEntries(Object.entries(await target.infraPids()).map(([part, pids]) => [part, cpuMsSince(infra0[part] ?? new Map(), pids)]));
  const rss = rssBytes(target.pids());

  const sentInAll = all.reduce((sum, client) => sum + client.sent, 0);
  const sent = sentInAll - sent0;
  const notConverged = behind();
  // A move overwritten by the next one before it reached an observer's server is never visible
  // there (Yjs drops the overwritten value when both arrive in one update): it has no latency.
  const expected = observers.length * sentInAll - observers.reduce((sum, o) => sum + o.sent, 0);
  const seen = observers.reduce((sum, o) => sum + all.reduce((n, c) => n + (c === o ? 0 : o.seenFrom(c.doc.clientID)), 0), 0);
  const latencies = observers.flatMap((observer) => observer.latencies);
  await Promise.all(all.map((client) => client.close()));
  return {
    target: target.name,
    clients,
    rate,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    framesPerS: all.reduce((sum, client) => sum + client.framesReceived, 0) / durationS,
    cpuUsPerEdit: (cpu * 1000) / sent,
    infraCpuUsPerEdit: (Object.values(infraCpu).reduce((sum, ms) => sum + ms, 0) * 1000) / sent,
    infraCpuUsPerEditByPart: Object.fromEntries(Object.entries(infraCpu).map(([part, ms]) => [part, (ms * 1000) / sent])),
    faultsPerEdit: faults / sent,
    rssMB: rss / 2 ** 20,
    sent,
    seenShare: seen / expected,
    notConverged,
    load: loadavg()[0] ?? 0,
  };
}

/** Writers that together make `coldUpdates` edits to one board of a persisting server. */
const COLD_WRITERS = 10;
/**
 * Untimed loads of other boards on each instance before the timed one, so the figure measures
 * the load and not the first run (and compilation) of the code that loads: a server that has
 * been serving boards has run it before. Each took enough moves (~25 KB of log) that Scaleboard
 * folds it into a snapshot when its last client leaves (`SETTLE_AFTER_BYTES`), so they load as
 * the cold board does, from a Yjs v2 snapshot. With 200 moves they loaded from v1 log entries
 * only, and where nothing else had run Yjs's v2 readers on that thread (a compaction does) the
 * timed load paid for V8 compiling them: 81 ms to step 2 instead of 15–33 (docs/BENCHMARKS.md).
 */
const WARM_UP_LOADS = 5;
const WARM_UP_MOVES = 1000;

/** Boards that took a few edits each, to be loaded once per instance before a timed cold load. */
async function warmUpBoards(target: Target): Promise<Array<{ id: string; token: string }>> {
  return Promise.all(
    Array.from({ length: WARM_UP_LOADS }, async () => {
      const board = await target.createBoard();
      const writer = new BenchClient({ url: target.url(0, board), wire: new Wire(target.framing, board.id), token: board.token, index: 0, observer: false, moves: WARM_UP_MOVES });
      await writer.synced;
      for (let n = 0; n < WARM_UP_MOVES; n++) {
        writer.move();
        await sleep(1);
      }
      await sleep(200);
      await writer.close();
      return board;
    }),
  );
}

/**
 * Cold load: a board that took `coldUpdates` edits (ten writers, 1 ms apart each) and was left
 * by everyone, so no instance holds it, is opened once on each instance in turn, after
 * `WARM_UP_LOADS` untimed loads of other boards there, each time once
 * the servers have gone idle (they have stored the edits and unloaded the board); the time from
 * opening the socket to the arrival of the server's full state (sync step 2), in ms, the slowest
 * instance's; the same to the reader having decoded and applied it (`appliedMs`: the reader's own
 * work, which an observer doubles by decoding every struct for its stamps, is in it); and how many
 * writers' last moves were missing from a load (summed over the instances: edits lost).
 */
async function coldLoad(target: Target, machineIdle: MachineIdle): Promise<ColdLoad> {
  const board = await target.createBoard();
  const perWriter = Math.ceil(coldUpdates / COLD_WRITERS);
  const writers = Array.from(
    { length: COLD_WRITERS },
    (_, index) => new BenchClient({ url: target.url(index, board), wire: new Wire(target.framing, board.id), token: board.token, index, observer: false, moves: perWriter }),
  );
  await Promise.all(writers.map((writer) => writer.synced));
  await Promise.all(
    writers.map(async (writer) => {
      for (let n = 0; n < perWriter; n++) {
        writer.move();
        await sleep(1);
      }
    }),
  );
  await sleep(500);
  await Promise.all(writers.map((writer) => writer.close()));
  const warmUp = await warmUpBoards(target);
  let slowest = 0;
  let slowestApplied = 0;
  let lost = 0;
  let step2Bytes = 0;
  let serverFaults = 0;
  for (let instance = 0; instance < target.instances; instance++) {
    for (const board of warmUp) {
      const warming = new BenchClient({ url: target.url(instance, board), wire: new Wire(target.framing, board.id), token: board.token, index: COLD_WRITERS + instance, observer: true, moves: 0 });
      await warming.synced;
      await warming.close();
    }
    // Long enough for every server to store and unload the board (Hocuspocus waits for its store),
    // then `coldRestS`, and then until the machine is idle: a load measures reading the board, not
    // a write backlog.
    await sleep(3000);
    await quiesce(target, machineIdle, coldRestS);
    const faultsBefore = minorFaults(target.pids());
    const started = now();
    const reader = new BenchClient({ url: target.url(instance, board), wire: new Wire(target.framing, board.id), token: board.token, index: COLD_WRITERS + instance, observer: true, moves: 0 });
    await reader.synced;
    slowestApplied = Math.max(slowestApplied, now() - started);
    slowest = Math.max(slowest, reader.step2At - started);
    serverFaults = Math.max(serverFaults, minorFaults(target.pids()) - faultsBefore);
    lost += writers.filter((writer) => !reader.hasLatestOf(writer)).length;
    step2Bytes = reader.step2Bytes;
    await reader.close();
  }
  return { ms: slowest, appliedMs: slowestApplied, lost, step2Bytes, serverFaults };
}

interface ColdLoad {
  /** Socket open → sync step 2 arrived, the slowest instance's. */
  ms: number;
  /** Socket open → the reader has applied it. */
  appliedMs: number;
  lost: number;
  /** Size of the state the last load received. */
  step2Bytes: number;
  /** Page faults the servers took from socket open until the reader had applied the state, the most of any instance's load (each costs about 12 µs here). */
  serverFaults: number;
}

/** Waits for the machine to be idle (`MachineIdle.wait`) before `target` is measured, and says how long it took. */
async function quiesce(target: Target, machineIdle: MachineIdle, restS = 0): Promise<void> {
  const waited = await machineIdle.wait(restS);
  if (waited > 1.5) log(`  before ${target.name}: ${fmt(waited)} s until the machine was idle${waited >= 60 ? ' (gave up: still busy)' : ''}`);
}

/** Median cold-load time over the runs, to step 2 and to applied, and the last moves missing from any load, summed. */
function coldCell(runs: ColdLoad[] | undefined): string {
  if (!runs?.length) return '–';
  return `${fmt(median(runs.map((r) => r.ms)))} / ${fmt(median(runs.map((r) => r.appliedMs)))} (${runs.reduce((sum, r) => sum + r.lost, 0)})`;
}

/** ": nginx 310, postgres 620, redis 40" — where the infra's CPU per edit went, or nothing. */
const infraParts = (result: RunResult): string => {
  const parts = Object.entries(result.infraCpuUsPerEditByPart);
  return parts.length > 0 ? `: ${parts.map(([part, us]) => `${part} ${fmt(us, 0)}`).join(', ')}` : '';
};

const fmt = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

async function main(): Promise<void> {
  const started = new Date().toISOString();
  const load0 = loadavg()[0] ?? 0;
  // Read first: a bad setting stops the run before anything is started.
  const variant = scaleboardVariant(env.BENCH_VARIANT_NODE_ARGS, env.BENCH_VARIANT_ENV);
  enableMemoryProbe();
  const redis = await startRedis();
  const factories: Array<[string, () => Promise<Target>]> = [
    ['Scaleboard ×1', scaleboardSingle],
    ['Scaleboard ×3', () => scaleboardCluster(redis)],
    ['Scaleboard ×3 spread', () => scaleboardCluster(redis, undefined, '', true)],
    ['y-websocket', yWebsocketServer],
    ['Hocuspocus', () => hocuspocus(1)],
    ['Hocuspocus ×2', () => hocuspocus(2, redis)],
    ['Hocuspocus (PostgreSQL)', () => hocuspocus(1, undefined, true)],
    ['Hocuspocus ×2 (PostgreSQL)', () => hocuspocus(2, redis, true)],
  ];
  const baseline = env.BENCH_BASELINE_SERVER;
  if (baseline) {
    factories.splice(2, 0, ['Scaleboard ×1 baseline', () => scaleboardSingle(baseline, ' — baseline')], [
      'Scaleboard ×3 baseline',
      () => scaleboardCluster(redis, baseline, ' — baseline'),
    ]);
  }
  if (variant) factories.splice(1, 0, ['Scaleboard ×1 variant', variant]);
  const targets: Target[] = [];
  try {
    for (const [label, start] of factories) {
      // A name in BENCH_TARGETS picks the servers whose label contains it; `=name`, the one so labelled.
      if (only && !only.some((o) => (o.startsWith('=') ? label.toLowerCase() === o.slice(1) : label.toLowerCase().includes(o)))) continue;
      log(`starting ${label}…`);
      targets.push(await start());
    }
    const machineIdle = await MachineIdle.read();
    log(`at rest, every server started: ${fmt(machineIdle.backgroundMsPerS, 0)} ms of CPU a second`);
    // On fresh processes, before the load runs leave garbage whose collection would swamp it.
    const idle = new Map<string, IdleResult>();
    for (const target of targets) {
      const result = await idleBoardMemory(target, idleBoards);
      idle.set(target.name, result);
      log(
        `idle boards, ${target.name}: resting RSS ${fmt(result.restingRssBytes / 2 ** 20)} MB; ` +
          `${fmt(result.liveBytes / 1024, 2)} KB live, ${fmt(result.rssBytes / 1024)} KB RSS each`,
      );
    }
    for (const target of serverWarmUpS > 0 ? targets : []) {
      for (const { clients, rate } of workloads) await runWorkload(target, clients, rate, { warmUpS: serverWarmUpS, durationS: 1 });
      log(`warmed up ${target.name}: ${serverWarmUpS} s of each workload`);
    }
    const results: RunResult[] = [];
    const cold = new Map<string, ColdLoad[]>();
    for (let repeat = 1; repeat <= repeats; repeat++) {
      // Each repeat starts one server further along: a server run first in its repeat read 5–12 %
      // more CPU per edit in A/B runs (2026-12-05, not understood), and Scaleboard ×1 was always first.
      const shift = (repeat - 1) % targets.length;
      const inTurn = [...targets.slice(shift), ...targets.slice(0, shift)];
      for (const target of inTurn) {
        if (!target.persists || coldUpdates <= 0) continue;
        const result = await coldLoad(target, machineIdle).catch((error: unknown) => {
          log(`#${repeat} cold load of a ${coldUpdates}-edit board, ${target.name}: FAILED (${error instanceof Error ? error.message : String(error)})`);
          return undefined;
        });
        if (!result) continue;
        cold.set(target.name, [...(cold.get(target.name) ?? []), result]);
        log(`#${repeat} cold load of a ${coldUpdates}-edit board, ${target.name}: ${fmt(result.ms)} ms to step 2 (${fmt(result.step2Bytes / 1024)} KB), ${fmt(result.appliedMs)} ms applied (slowest instance), ${result.serverFaults} page faults in the servers, last moves missing ${result.lost}`);
      }
      for (const { clients, rate } of workloads) {
        for (const target of inTurn) {
          await quiesce(target, machineIdle);
          const result = await runWorkload(target, clients, rate);
          results.push(result);
          log(
            `#${repeat} C=${clients} R=${rate} ${target.name}: p50 ${fmt(result.p50)} ms, p99 ${fmt(result.p99)} ms, ` +
              `${fmt(result.framesPerS, 0)} frames/s, ${fmt(result.cpuUsPerEdit, 0)} µs CPU/edit (+${fmt(result.infraCpuUsPerEdit, 0)} infra${infraParts(result)}), ${fmt(result.faultsPerEdit, 2)} page faults/edit, ` +
              `RSS ${fmt(result.rssMB)} MB, sent ${result.sent}, seen ${fmt(result.seenShare * 100)} %, not converged ${result.notConverged}, load ${fmt(result.load, 2)}`,
          );
        }
      }
    }
    const lines = [
      `Sync benchmark, ${started}: node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ` +
        `load average ${fmt(load0, 2)} before / ${fmt(loadavg()[0] ?? 0, 2)} after; every server warmed up with ${serverWarmUpS} s of each workload, then ${runDurationS} s measured per run after ${runWarmUpS} s of warm-up, median of ${repeats} runs; ` +
        `${Math.min(observerCount)} observers measure, the other clients write pre-encoded moves.`,
      '',
      '| C × R | server | p50 ms | p99 ms | frames delivered/s | server CPU µs/edit | infra CPU µs/edit | server RSS MB | moves seen | not converged | idle board KB live / RSS | resting RSS MB | cold load ms: step 2 / applied (last moves missing) | load avg max |',
      '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ];
    for (const { clients, rate } of workloads) {
      for (const target of targets) {
        const runs = results.filter((r) => r.target === target.name && r.clients === clients && r.rate === rate);
        const m = (pick: (r: RunResult) => number) => median(runs.map(pick));
        lines.push(
          `| ${clients} × ${rate} | ${target.name} | ${fmt(m((r) => r.p50))} | ${fmt(m((r) => r.p99))} | ${fmt(m((r) => r.framesPerS), 0)} | ` +
            `${fmt(m((r) => r.cpuUsPerEdit), 0)} | ${fmt(m((r) => r.infraCpuUsPerEdit), 0)} | ${fmt(m((r) => r.rssMB))} | ` +
            `${fmt(m((r) => r.seenShare) * 100)} % | ${runs.reduce((sum, r) => sum + r.notConverged, 0)} | ${fmt((idle.get(target.name)?.liveBytes ?? Number.NaN) / 1024, 2)} / ${fmt((idle.get(target.name)?.rssBytes ?? Number.NaN) / 1024)} | ` +
            `${fmt((idle.get(target.name)?.restingRssBytes ?? Number.NaN) / 2 ** 20)} | ${coldCell(cold.get(target.name))} | ${fmt(Math.max(...runs.map((r) => r.load)), 2)} |`,
        );
      }
    }
    const loadMax = Math.max(load0, ...results.map((r) => r.load));
    if (loadMax > 3) lines.push('', `**Not a result: the load average reached ${fmt(loadMax, 2)} (> 3); re-run on a quiet machine.**`);
    console.log(lines.join('\n'));
    if (env.BENCH_OUT) writeFileSync(env.BENCH_OUT, JSON.stringify({ started, results, idle: Object.fromEntries(idle), coldLoadMs: Object.fromEntries(cold) }, null, 2));
  } finally {
    for (const target of targets) await target.stop().catch((error: unknown) => log(`stopping ${target.name}: ${String(error)}`));
    await redis.stop();
    removeMemoryProbeDir();
  }
}

await main();
