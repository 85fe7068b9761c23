import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateBoardResponse } from '@scaleboard/protocol';
import { startTestCluster, type TestCluster } from './testCluster';

/**
 * One viewer asking for many exports of a big board at once (issue 13, finding 9) must not
 * stall the instance: /healthz, polled throughout, answers within a second, and every export
 * either arrives or is refused cleanly with 429 and Retry-After. One real instance on PostgreSQL
 * and Redis, as deployed; in a process of its own, so the test's work never counts against it.
 */
const ELEMENTS = 5000;
const PARALLEL_EXPORTS = 8;

let testCluster: TestCluster;
let server: { url: string };
let boardId: string;
let viewKey: string;
beforeAll(async () => {
  testCluster = await startTestCluster(1);
  server = testCluster.cluster.instances[0]!;
  const res = await fetch(`${server.url}/api/boards`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ board: generatedBoard(ELEMENTS) }) });
  expect(res.status).toBe(201);
  const created = (await res.json()) as CreateBoardResponse;
  boardId = created.id;
  viewKey = created.keys.view;
}, 60_000);
afterAll(async () => {
  await testCluster?.stop();
}, 60_000);

describe(`${PARALLEL_EXPORTS} parallel SVG exports of a ${ELEMENTS}-element board`, () => {
  it('leave /healthz answering within a second, and each export succeeds or gets a clean 429', async () => {
    // A health check every 25 ms, whether or not the last one has answered: what a load
    // balancer's probes (and every other client) experience while the exports run.
    const latencies: number[] = [];
    const probes: Promise<void>[] = [];
    const probe = async () => {
      const started = performance.now();
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      latencies.push(performance.now() - started);
    };
    const ticker = setInterval(() => probes.push(probe()), 25);
    const exports = await Promise.all(
      Array.from({ length: PARALLEL_EXPORTS }, async () => {
        const res = await fetch(`${server.url}/api/boards/${boardId}/export.svg?key=${viewKey}`);
        const body = await res.text();
        return { status: res.status, retryAfter: res.headers.get('retry-after'), isSvg: body.startsWith('<svg') };
      }),
    );
    clearInterval(ticker);
    await Promise.all(probes);

    const sorted = [...latencies].sort((a, b) => a - b);
    const p50 = sorted[Math.floor(sorted.length / 2)] ?? 0;
    console.log(`healthz during exports: n=${sorted.length} p50=${p50.toFixed(0)} ms max=${(sorted.at(-1) ?? 0).toFixed(0)} ms; statuses ${exports.map((e) => e.status).join(',')}`);
    expect(sorted.length).toBeGreaterThan(0);
    expect(sorted.at(-1)).toBeLessThan(1000);
    expect(exports.some((e) => e.status === 200)).toBe(true);
    for (const e of exports) {
      if (e.status === 200) expect(e.isSvg).toBe(true);
      else expect([e.status, Number(e.retryAfter) > 0]).toEqual([429, true]);
    }
  });
});

function generatedBoard(elements: number) {
  const nodes = Array.from({ length: elements * 0.6 }, (_, i) => ({
    id: `n${i}`,
    kind: i % 3 ? 'web-server' : 'cache',
    label: `Service ${i}`,
    x: (i % 60) * 200,
    y: Math.floor(i / 60) * 140,
    props: {},
  }));
  const edges = Array.from({ length: elements - nodes.length }, (_, i) => ({ id: `e${i}`, from: `n${i}`, to: `n${i + 1}`, kind: 'sync' }));
  return { format: 'scaleboard/v1', title: 'Big', assumptions: {}, nodes, edges };
}
