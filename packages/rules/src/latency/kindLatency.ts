import type { ComponentKind } from '../kinds';
import { latencyMsOf } from './latencyNumbers';

/**
 * Time a server spends handling one request besides waiting on what it calls. The table has no
 * row for application code, so this is an assumption, not a citation: 1 ms, the same order as a
 * handful of datacentre round trips. Every component's `latencyMs` overrides it.
 */
export const HANDLING_MS = 1;

const roundTrip = latencyMsOf('datacentreRoundTrip');

/**
 * Each kind's typical latency in milliseconds — the time a request spends at a component,
 * counting the round trip that reaches it — as a sum of LATENCY_NUMBERS rows; the catalogue's
 * `latencyMs` default. Derivations (docs/estimation.md, "Latency"):
 *
 * - client: 0 — the users' own network is theirs, not the design's; set it to model far users.
 * - DNS, load balancer: a round trip within the datacentre.
 * - CDN: a round trip to the edge and an SSD random read (edges serve from SSD and memory).
 * - web/app server, worker: a round trip plus HANDLING_MS.
 * - cache, session store: a round trip plus a main-memory reference.
 * - database: a round trip plus a disk seek (a query that misses the buffer pool waits on storage).
 * - message queue: a round trip plus an SSD random read (a durable append before the ack).
 * - object storage: a round trip, a disk seek and 1 MB read sequentially from disk.
 *
 * @example KIND_LATENCY_MS.database // 2.5
 */
export const KIND_LATENCY_MS: Readonly<Record<ComponentKind, number>> = {
  client: 0,
  dns: roundTrip,
  cdn: roundTrip + latencyMsOf('ssdRandomRead'),
  'load-balancer': roundTrip,
  'web-server': roundTrip + HANDLING_MS,
  'app-server': roundTrip + HANDLING_MS,
  cache: roundTrip + latencyMsOf('mainMemoryReference'),
  'session-store': roundTrip + latencyMsOf('mainMemoryReference'),
  database: roundTrip + latencyMsOf('diskSeek'),
  'message-queue': roundTrip + latencyMsOf('ssdRandomRead'),
  worker: roundTrip + HANDLING_MS,
  'object-storage': roundTrip + latencyMsOf('diskSeek') + latencyMsOf('read1MbFromDisk'),
};
