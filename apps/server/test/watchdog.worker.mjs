// The no-stall test's watchdog (noStall.test.ts), on a thread of its own so that the attacker's
// work in the test's main thread (building and sending 100 MB of presence, say) cannot delay
// what it measures: a `/healthz` every 25 ms, and one honest edit at a time between two people
// on another board. Plain JavaScript: a worker thread has no TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';

const { url, boardId, key, pid, giveUpMs } = workerData;
const wsUrl = url.replace(/^http/, 'ws');
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function rssMb() {
  return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
}

function connect() {
  return new WebsocketProvider(`${wsUrl}/yjs`, boardId, new Y.Doc(), { params: { key }, WebSocketPolyfill: WebSocket, disableBc: true });
}

/** Resolves true once `condition` holds, false after `timeoutMs`. */
async function until(condition, timeoutMs) {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) return false;
    await pause(2);
  }
  return true;
}

const alice = connect();
const bob = connect();
await until(() => alice.synced && bob.synced, 30_000);

let running = true;
let stats = { slowestHealthMs: 0, slowestSyncMs: 0, healthChecks: 0, edits: 0, rssBeforeMb: rssMb(), rssPeakMb: 0 };
stats.rssPeakMb = stats.rssBeforeMb;

const health = (async () => {
  while (running) {
    const started = performance.now();
    // A stalled instance shows as a timed-out check, not as a watchdog that hangs.
    const answered = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(giveUpMs) }).then(
      (res) => res.text().then(() => res.ok),
      () => false,
    );
    stats.slowestHealthMs = Math.max(stats.slowestHealthMs, answered ? performance.now() - started : Infinity);
    stats.healthChecks++;
    stats.rssPeakMb = Math.max(stats.rssPeakMb, rssMb());
    await pause(25);
  }
})();

let written = 0;
const sync = (async () => {
  while (running) {
    const id = `n${written++}`;
    const started = performance.now();
    alice.doc.transact(() => {
      const node = new Y.Map([['kind', 'cache'], ['label', id], ['x', written], ['y', 0], ['props', new Y.Map()]]);
      alice.doc.getMap('nodes').set(id, node);
    });
    const arrived = await until(() => bob.doc.getMap('nodes').has(id), giveUpMs);
    stats.slowestSyncMs = Math.max(stats.slowestSyncMs, arrived ? performance.now() - started : Infinity);
    stats.edits++;
    await pause(25);
  }
})();

parentPort.on('message', async (message) => {
  if (message === 'start') {
    // Only the attack's window counts: connecting the honest pair is not the attacker's doing.
    const rss = rssMb();
    stats = { slowestHealthMs: 0, slowestSyncMs: 0, healthChecks: 0, edits: 0, rssBeforeMb: rss, rssPeakMb: rss };
    parentPort.postMessage('started');
  } else if (message === 'stop') {
    running = false;
    await Promise.all([health, sync]);
    alice.destroy();
    bob.destroy();
    parentPort.postMessage(stats);
  }
});
parentPort.postMessage('ready');
