import type { NodeKind } from '../kinds';
import type { NumberPropSpec, PropSpec } from './propSpec';

/** Palette sections (PRODUCT.md: entry / compute / data / async / networks / notes). */
export const CATEGORIES = ['entry', 'compute', 'data', 'async', 'networks', 'notes'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Everything the product knows about one kind of node. */
export interface KindSpec {
  kind: NodeKind;
  label: string;
  category: Category;
  description: string;
  /** Distributed by nature (DNS, CDN, object storage): never a single point of failure, no capacity ceiling. */
  managed: boolean;
  /** Typed properties with defaults, in panel order. */
  props: Readonly<Record<string, PropSpec>>;
}

const instances: NumberPropSpec = {
  type: 'integer', label: 'Instances', default: 1, min: 1,
  description: 'Identical copies behind one name. Two or more give failover (horizontal scaling).',
};

function capacity(qps: number | undefined): NumberPropSpec {
  return {
    type: 'number', label: 'Capacity per instance', default: qps, unit: 'QPS', min: 1,
    description: 'Peak requests per second one instance handles; load above it is an over-capacity finding.',
  };
}

function availability(ratio: number): NumberPropSpec {
  return {
    type: 'number', label: 'Availability per instance', default: ratio, min: 0, max: 1,
    description: 'Fraction of the time one instance is up; redundancy and serial paths combine it.',
  };
}

const hardware: Readonly<Record<string, NumberPropSpec>> = {
  cpuCores: { type: 'integer', label: 'CPU cores', default: 8, min: 1, description: 'Scale-up size of one instance.' },
  memoryGb: { type: 'number', label: 'Memory', default: 32, unit: 'GB', min: 0, description: 'Scale-up size of one instance.' },
};

const ttlSeconds: NumberPropSpec = {
  type: 'number', label: 'TTL', unit: 's', min: 0,
  description: 'How long an entry is served before it expires; unset means entries never expire.',
};

function hitRatio(ratio: number): NumberPropSpec {
  return {
    type: 'number', label: 'Hit ratio', default: ratio, min: 0, max: 1,
    description: 'Share of reads answered without going further; the rest reach the source.',
  };
}

const replicas: NumberPropSpec = {
  type: 'integer', label: 'Replicas', default: 0, min: 0,
  description: 'Copies kept in sync for failover (besides replicas drawn with replication edges).',
};

function component(
  kind: NodeKind, label: string, category: Category, description: string,
  qps: number | undefined, up: number, extra: Record<string, PropSpec> = {},
): KindSpec {
  return { kind, label, category, description, managed: false, props: { instances, capacityQps: capacity(qps), availability: availability(up), ...extra } };
}

function managedService(kind: NodeKind, label: string, description: string, up: number, extra: Record<string, PropSpec> = {}): KindSpec {
  return { kind, label, category: 'entry', description, managed: true, props: { capacityQps: capacity(undefined), availability: availability(up), ...extra } };
}

function container(kind: NodeKind, label: string, category: Category, description: string): KindSpec {
  return { kind, label, category, description, managed: false, props: {} };
}

/**
 * The component catalogue, in palette order. Capacities are the rough per-instance figures used
 * in back-of-the-envelope interviews; every one can be overridden per node.
 */
export const CATALOGUE: Readonly<Record<NodeKind, KindSpec>> = {
  client: {
    kind: 'client', label: 'Client', category: 'entry', managed: false,
    description: 'Users (web browser, mobile app). Peak traffic enters the design here.',
    props: { share: { type: 'number', label: 'Traffic share', default: 1, min: 0, description: 'Relative share of the users this client stands for.' } },
  },
  dns: managedService('dns', 'DNS', 'Resolves the domain to the load balancer\'s public IP.', 0.9999),
  cdn: { ...managedService('cdn', 'CDN', 'Edge servers caching static content (images, video, CSS, JS) until the origin\'s TTL ends.', 0.9999, { hitRatio: hitRatio(0.9), ttlSeconds }) },
  'load-balancer': component('load-balancer', 'Load balancer', 'entry', 'Public IP in front; spreads traffic over web servers on private IPs.', 50_000, 0.9995, {
    algorithm: { type: 'enum', label: 'Algorithm', options: ['round-robin', 'least-connections', 'ip-hash'], default: 'round-robin', description: 'How backends are picked; ip-hash pins a user to a server (sticky).' },
  }),
  'web-server': component('web-server', 'Web server', 'compute', 'Serves HTTP requests; stateless when session state lives in a shared store.', 1_000, 0.999, {
    stateful: { type: 'boolean', label: 'Stateful', default: false, description: 'Keeps session state in its own memory, so a user must come back to the same server.' },
    ...hardware,
  }),
  'app-server': component('app-server', 'App / API server', 'compute', 'Business logic behind the web tier.', 1_000, 0.999, {
    stateful: { type: 'boolean', label: 'Stateful', default: false, description: 'Keeps session state in its own memory, so a user must come back to the same server.' },
    ...hardware,
  }),
  cache: component('cache', 'Cache', 'data', 'In-memory store between servers and the database: hit answers at once, miss reads the source.', 100_000, 0.999, {
    hitRatio: hitRatio(0.8), ttlSeconds,
    eviction: { type: 'enum', label: 'Eviction', options: ['lru', 'lfu', 'fifo', 'none'], default: 'lru', description: 'What goes when memory is full.' },
    memoryGb: { type: 'number', label: 'Memory', default: 16, unit: 'GB', min: 0, description: 'Memory of one instance.' },
  }),
  'session-store': component('session-store', 'Session store', 'data', 'Shared store (Redis-like or NoSQL) that keeps the web tier stateless.', 100_000, 0.999, { replicas }),
  database: component('database', 'Database', 'data', 'Durable store; a primary takes writes, replicas serve reads and fail over.', 5_000, 0.9995, {
    role: { type: 'enum', label: 'Role', options: ['primary', 'replica'], default: 'primary', description: 'Primary takes writes; replicas copy it and serve reads.' },
    engine: { type: 'enum', label: 'Engine', options: ['sql', 'nosql'], default: 'sql', description: 'Relational or NoSQL.' },
    replicas,
    ...hardware,
  }),
  'message-queue': component('message-queue', 'Message queue', 'async', 'Durable buffer: producers publish, workers consume at their own pace.', 20_000, 0.999),
  worker: component('worker', 'Worker', 'async', 'Runs long asynchronous jobs taken from a queue.', 100, 0.999),
  'object-storage': { ...managedService('object-storage', 'Object storage', 'Durable blob store (media, static files), often a CDN origin.', 0.9999), category: 'data' },
  note: container('note', 'Note', 'notes', 'Free text on the board; ignored by the rules.'),
  'public-network': container('public-network', 'Public network', 'networks', 'Reachable from the internet.'),
  'private-network': container('private-network', 'Private network', 'networks', 'Private IPs only, unreachable from the internet.'),
  region: container('region', 'Data centre / region', 'networks', 'A data centre; several give geo-routing and disaster recovery.'),
};

/**
 * @example catalogueOf('web-server').props.capacityQps // { default: 1000, unit: 'QPS', … }
 */
export function catalogueOf(kind: NodeKind): KindSpec {
  return CATALOGUE[kind];
}

/** Scale-up ceiling past which one machine is a warning (DOMAIN.md: vertical scaling has a hard limit). */
export const VERTICAL_CEILING = { cpuCores: 64, memoryGb: 512 } as const;
