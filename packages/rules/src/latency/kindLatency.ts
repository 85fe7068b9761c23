import type { ComponentKind } from '../kinds';
import { latencyMsOf, type LatencyNumberId } from './latencyNumbers';

/**
 * Time a server spends handling one request besides waiting on what it calls. The table has no
 * row for application code, so this is an assumption, not a citation: 1 ms, the same order as a
 * couple of datacentre round trips. Every component's `latencyMs` overrides it.
 */
export const HANDLING_MS = 1;

/** A part of a kind's typical latency: a row of the table, or the servers' handling time. */
export type LatencyPart = LatencyNumberId | 'handling';

/**
 * What a request waits for at each kind, as rows of LATENCY_NUMBERS — the derivation the docs and
 * the latency card show (docs/estimation.md, "Latency"):
 *
 * - client: nothing — the users' own network is theirs, not the design's; set it to model far users.
 * - DNS, load balancer: a round trip within the datacentre.
 * - CDN: a round trip to the edge and an SSD random read (edges serve from SSD and memory).
 * - web/app server, worker: a round trip plus HANDLING_MS.
 * - cache, session store: a round trip plus a main-memory reference.
 * - database: a round trip plus a disk seek (a query that misses the buffer pool waits on storage).
 * - message queue: a round trip plus an SSD random read (a durable append before the ack).
 * - object storage: a round trip, a disk seek and 1 MB read sequentially from disk.
 */
export const KIND_LATENCY_PARTS: Readonly<Record<ComponentKind, readonly LatencyPart[]>> = {
  client: [],
  dns: ['datacentreRoundTrip'],
  cdn: ['datacentreRoundTrip', 'ssdRandomRead'],
  'load-balancer': ['datacentreRoundTrip'],
  'web-server': ['datacentreRoundTrip', 'handling'],
  'app-server': ['datacentreRoundTrip', 'handling'],
  cache: ['datacentreRoundTrip', 'mainMemoryReference'],
  'session-store': ['datacentreRoundTrip', 'mainMemoryReference'],
  database: ['datacentreRoundTrip', 'diskSeek'],
  'message-queue': ['datacentreRoundTrip', 'ssdRandomRead'],
  worker: ['datacentreRoundTrip', 'handling'],
  'object-storage': ['datacentreRoundTrip', 'diskSeek', 'read1MbFromDisk'],
};

function partMs(part: LatencyPart): number {
  return part === 'handling' ? HANDLING_MS : latencyMsOf(part);
}

/**
 * Each kind's typical latency in milliseconds — the time a request spends at a component,
 * counting the round trip that reaches it: the sum of its KIND_LATENCY_PARTS. The catalogue's
 * `latencyMs` default.
 *
 * @example KIND_LATENCY_MS.database // 2.5
 */
export const KIND_LATENCY_MS = Object.fromEntries(
  Object.entries(KIND_LATENCY_PARTS).map(([kind, parts]) => [kind, parts.reduce((sum, part) => sum + partMs(part), 0)]),
) as Readonly<Record<ComponentKind, number>>;
