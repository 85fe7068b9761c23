import { PRICE_UNIT_LABEL, UNIT_PRICES } from '../cost/unitPrices';
import type { ComponentKind, NodeKind } from '../kinds';
import { KIND_LATENCY_MS } from '../latency/kindLatency';
import type { NumberPropSpec, PropSpec } from './propSpec';

/** Palette sections (PRODUCT.md: entry / compute / data / async / networks / notes). */
export const CATEGORIES = ['entry', 'compute', 'data', 'async', 'networks', 'notes'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Everything the product knows about one kind of node; its name and description are texts (`kindName`). */
export interface KindSpec {
  kind: NodeKind;
  category: Category;
  /** Distributed by nature (DNS, CDN, object storage): never a single point of failure, no capacity ceiling. */
  managed: boolean;
  /** Typed properties with defaults, in panel order. */
  props: Readonly<Record<string, PropSpec>>;
}

const instances: NumberPropSpec = {
  type: 'integer', default: 1, min: 1,
};

function capacity(qps: number | undefined): NumberPropSpec {
  return { type: 'number', default: qps, unit: 'QPS', min: 1 };
}

function availability(ratio: number): NumberPropSpec {
  return { type: 'number', default: ratio, min: 0, max: 1 };
}

const hardware: Readonly<Record<string, NumberPropSpec>> = {
  cpuCores: { type: 'integer', default: 8, min: 1 },
  memoryGb: { type: 'number', default: 32, unit: 'GB', min: 0 },
};

const ttlSeconds: NumberPropSpec = {
  type: 'number', unit: 's', min: 0,
};

function hitRatio(ratio: number): NumberPropSpec {
  return { type: 'number', default: ratio, min: 0, max: 1 };
}

const replicas: NumberPropSpec = {
  type: 'integer', default: 0, min: 0,
};

/** A request's time at the component, round trip included; defaults from the latency numbers table. Ten minutes is past any timeout. */
function latency(kind: ComponentKind): NumberPropSpec {
  return { type: 'number', default: KIND_LATENCY_MS[kind], unit: 'ms', min: 0, max: 600_000 };
}

/** The price of one unit of the component (an instance-month, a GB, a million requests…); dated defaults in UNIT_PRICES. */
function unitPrice(kind: Exclude<ComponentKind, 'client'>): NumberPropSpec {
  const price = UNIT_PRICES[kind];
  return { type: 'number', default: price.usd, unit: PRICE_UNIT_LABEL[price.unit], min: 0, max: 1_000_000_000 };
}

function component(kind: Exclude<ComponentKind, 'client'>, category: Category, qps: number | undefined, up: number, extra: Record<string, PropSpec> = {}): KindSpec {
  return {
    kind, category, managed: false,
    props: { instances, capacityQps: capacity(qps), availability: availability(up), latencyMs: latency(kind), unitPriceUsd: unitPrice(kind), ...extra },
  };
}

function managedService(kind: Exclude<ComponentKind, 'client'>, up: number, extra: Record<string, PropSpec> = {}): KindSpec {
  return {
    kind, category: 'entry', managed: true,
    props: { capacityQps: capacity(undefined), availability: availability(up), latencyMs: latency(kind), unitPriceUsd: unitPrice(kind), ...extra },
  };
}

function container(kind: NodeKind, category: Category): KindSpec {
  return { kind, category, managed: false, props: {} };
}

/**
 * The component catalogue, in palette order. Capacities are the rough per-instance figures used
 * in back-of-the-envelope interviews; every one can be overridden per node.
 */
export const CATALOGUE: Readonly<Record<NodeKind, KindSpec>> = {
  client: {
    kind: 'client', category: 'entry', managed: false,
    props: { share: { type: 'number', default: 1, min: 0 }, latencyMs: latency('client') },
  },
  dns: managedService('dns', 0.9999),
  cdn: { ...managedService('cdn', 0.9999, { hitRatio: hitRatio(0.9), ttlSeconds }) },
  'load-balancer': component('load-balancer', 'entry', 50_000, 0.9995, {
    algorithm: { type: 'enum', options: ['round-robin', 'least-connections', 'ip-hash'], default: 'round-robin' },
  }),
  'web-server': component('web-server', 'compute', 1_000, 0.999, {
    stateful: { type: 'boolean', default: false },
    ...hardware,
  }),
  'app-server': component('app-server', 'compute', 1_000, 0.999, {
    stateful: { type: 'boolean', default: false },
    ...hardware,
  }),
  cache: component('cache', 'data', 100_000, 0.999, {
    hitRatio: hitRatio(0.8), ttlSeconds,
    eviction: { type: 'enum', options: ['lru', 'lfu', 'fifo', 'none'], default: 'lru' },
    memoryGb: { type: 'number', default: 16, unit: 'GB', min: 0 },
  }),
  'session-store': component('session-store', 'data', 100_000, 0.999, { replicas }),
  database: component('database', 'data', 5_000, 0.9995, {
    role: { type: 'enum', options: ['primary', 'replica'], default: 'primary' },
    engine: { type: 'enum', options: ['sql', 'nosql'], default: 'sql' },
    replicas,
    ...hardware,
  }),
  'message-queue': component('message-queue', 'async', 20_000, 0.999),
  worker: component('worker', 'async', 100, 0.999),
  'object-storage': { ...managedService('object-storage', 0.9999), category: 'data' },
  note: container('note', 'notes'),
  'public-network': container('public-network', 'networks'),
  'private-network': container('private-network', 'networks'),
  region: container('region', 'networks'),
};

/**
 * @example catalogueOf('web-server').props.capacityQps // { default: 1000, unit: 'QPS', … }
 */
export function catalogueOf(kind: NodeKind): KindSpec {
  return CATALOGUE[kind];
}

/** Scale-up ceiling past which one machine is a warning (DOMAIN.md: vertical scaling has a hard limit). */
export const VERTICAL_CEILING = { cpuCores: 64, memoryGb: 512 } as const;
