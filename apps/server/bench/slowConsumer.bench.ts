// A view-key client that never reads its socket and sends sync step 1 250 times a second (under
// MAX_UPDATES_PER_SECOND) against a ~300 KB board, as issue 13's probe did: prints the server
// process's resident memory each second. Run with
// `npx tsx bench/slowConsumer.bench.ts` from apps/server; figures in docs/security.md.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { addNode } from '@scaleboard/board';
import type { CreateBoardResponse } from '@scaleboard/protocol';
import { encodeSyncStep1, encodeSyncUpdate } from '../src/sync/yMessages';
import { startServerProcess } from '../test/serverProcess';

const SECONDS = 15;
const REQUESTS_PER_SECOND = 250;

function rssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Math.round(Number(match?.[1] ?? 0) / 1024);
}

function open(url: string): Promise<WebSocket> {
  const ws = new WebSocket(url);
  ws.on('error', () => undefined);
  return new Promise((resolve) => ws.once('open', () => resolve(ws)));
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'slow-consumer-'));
const server = await startServerProcess({ DATA_DIR: dataDir, LOG_LEVEL: 'info' });
try {
  const pid = server.child.pid as number;
  const wsBase = server.url.replace('http', 'ws');
  const board = (await (await fetch(`${server.url}/api/boards`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as CreateBoardResponse;
  const doc = new Y.Doc();
  for (let i = 0; i < 300; i++) addNode(doc, { id: `n${i}`, kind: 'note', label: `${i} ${'z'.repeat(1000)}`, x: i, y: 0, props: {} });
  const writer = await open(`${wsBase}/yjs/${board.id}?key=${board.keys.edit}`);
  writer.send(encodeSyncUpdate(Y.encodeStateAsUpdate(doc)));
  writer.close();
  console.log(`board: ${Y.encodeStateAsUpdate(doc).byteLength} bytes; server RSS at start ${rssMb(pid)} MB`);

  const slow = await open(`${wsBase}/yjs/${board.id}?key=${board.keys.view}`);
  (slow as unknown as { _socket: Socket })._socket.pause();
  const ask = encodeSyncStep1(new Y.Doc());
  const sender = setInterval(() => slow.readyState === WebSocket.OPEN && slow.send(ask), 1000 / REQUESTS_PER_SECOND);
  let peak = 0;
  for (let s = 1; s <= SECONDS; s++) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const rss = rssMb(pid);
    peak = Math.max(peak, rss);
    console.log(`t=${s}s server RSS ${rss} MB`);
  }
  clearInterval(sender);
  const metrics = await (await fetch(`${server.url}/metrics`)).text();
  console.log(`peak server RSS ${peak} MB`);
  console.log(metrics.split('\n').filter((l) => /^scaleboard_(sync_slow|sync_send_buffer|sync_step1)/.test(l)).join('\n'));
  slow.terminate();
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
