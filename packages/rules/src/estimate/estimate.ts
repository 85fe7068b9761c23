import type { Assumptions } from '../boardSchema';
import { CATALOGUE } from '../catalogue/catalogue';
import { ASSUMPTION_FIELDS, ESTIMATE_INPUT_KEYS, type EstimateInputKey } from './assumptionFields';
import {
  DAYS_PER_YEAR, DEFAULT_ASSUMPTIONS, HOT_READ_SHARE, SECONDS_PER_DAY, type ResolvedAssumptions,
} from './defaultAssumptions';

/** Servers each tier needs at peak, from the catalogue's per-instance capacities. */
export interface ServersNeeded {
  webServers: number;
  cacheServers: number;
  databasePrimaries: number;
  databaseReplicas: number;
}

/** The back-of-the-envelope figures. Decimal units: bytes, bytes per second, requests per second. */
export interface Estimate {
  assumptions: ResolvedAssumptions;
  dailyActiveUsers: number;
  writesPerDay: number;
  readsPerDay: number;
  writeQps: number;
  peakWriteQps: number;
  readQps: number;
  peakReadQps: number;
  /** Reads plus writes. */
  qps: number;
  peakQps: number;
  /** Text and ids written per day. */
  textStoragePerDayBytes: number;
  mediaStoragePerDayBytes: number;
  /** Text plus media. */
  storagePerDayBytes: number;
  mediaStorageTotalBytes: number;
  storageTotalBytes: number;
  ingressBytesPerSecond: number;
  egressBytesPerSecond: number;
  peakIngressBytesPerSecond: number;
  peakEgressBytesPerSecond: number;
  /** Hot 20 % of a day's reads, text and ids only (media is the CDN's job). */
  cacheMemoryBytes: number;
  serversNeeded: ServersNeeded;
}

/** An unset, non-finite or negative value takes the field's default; any other is held inside the field's range. */
function resolveField(key: EstimateInputKey, value: number | undefined): number {
  const { min, max } = ASSUMPTION_FIELDS[key];
  const picked = typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : DEFAULT_ASSUMPTIONS[key];
  // Compared rather than Math.max'ed, so a value inside the range comes back unchanged (even -0).
  if (picked < min) return min;
  if (picked > max) return max;
  return picked;
}

/**
 * Fills unset assumptions with the defaults and holds each inside its range (a peak factor below 1
 * would make peak less than the average, so it is raised to 1).
 *
 * @example resolveAssumptions({ monthlyActiveUsers: 1e6 }).peakFactor // 2
 */
export function resolveAssumptions(input: Assumptions = {}): ResolvedAssumptions {
  return Object.fromEntries(ESTIMATE_INPUT_KEYS.map((key) => [key, resolveField(key, input[key])])) as ResolvedAssumptions;
}

function capacityOf(kind: 'web-server' | 'cache' | 'database'): number {
  return CATALOGUE[kind].props.capacityQps?.type === 'number' ? (CATALOGUE[kind].props.capacityQps.default ?? 1) : 1;
}

function defaultNumber(kind: 'cache', prop: string): number {
  const spec = CATALOGUE[kind].props[prop];
  return spec?.type === 'number' && spec.default !== undefined ? spec.default : 0;
}

/**
 * Servers each tier needs at a peak: one home for `estimate` and a what-if's scaled traffic (`scaleTraffic`).
 *
 * @example serversNeeded(7000, 6000, 1000, 0).webServers // 7
 */
export function serversNeeded(peakQps: number, peakReadQps: number, peakWriteQps: number, cacheMemoryBytes: number): ServersNeeded {
  const cacheHit = defaultNumber('cache', 'hitRatio');
  const cacheBytes = defaultNumber('cache', 'memoryGb') * 1e9;
  return {
    webServers: Math.ceil(peakQps / capacityOf('web-server')),
    cacheServers: Math.max(Math.ceil(peakReadQps / capacityOf('cache')), Math.ceil(cacheMemoryBytes / cacheBytes)),
    databasePrimaries: Math.ceil(peakWriteQps / capacityOf('database')),
    // Reads the cache misses land on the replicas.
    databaseReplicas: Math.ceil((peakReadQps * (1 - cacheHit)) / capacityOf('database')),
  };
}

/**
 * The domain note's estimation (chapter 2): DAU → QPS → peak QPS → storage, plus bandwidth,
 * cache memory and servers per tier. Every output is non-decreasing in every input.
 *
 * @example
 * const e = estimate({ monthlyActiveUsers: 300_000_000 });
 * e.dailyActiveUsers // 150_000_000
 * e.writeQps // 3472.2…
 * e.mediaStorageTotalBytes // 54_750_000_000_000_000 (54.75 PB)
 */
export function estimate(input: Assumptions = {}): Estimate {
  const a = resolveAssumptions(input);
  const dailyActiveUsers = a.monthlyActiveUsers * a.dailyActiveRatio;
  const writesPerDay = dailyActiveUsers * a.writesPerUserPerDay;
  const readsPerDay = writesPerDay * a.readsPerWrite;
  const writeQps = writesPerDay / SECONDS_PER_DAY;
  const readQps = writeQps * a.readsPerWrite;
  const peakWriteQps = writeQps * a.peakFactor;
  const peakReadQps = readQps * a.peakFactor;
  const textBytes = a.idBytes + a.textBytes;
  const textStoragePerDayBytes = writesPerDay * textBytes;
  // Multiplied in this order so the note's 30 TB comes out as an exact integer in floating point.
  const mediaStoragePerDayBytes = writesPerDay * a.mediaRatio * a.mediaBytes;
  const storagePerDayBytes = textStoragePerDayBytes + mediaStoragePerDayBytes;
  const retentionDays = DAYS_PER_YEAR * a.retentionYears;
  const bytesPerItem = textBytes + a.mediaRatio * a.mediaBytes;
  const cacheMemoryBytes = HOT_READ_SHARE * readsPerDay * textBytes;
  return {
    assumptions: a,
    dailyActiveUsers,
    writesPerDay,
    readsPerDay,
    writeQps,
    peakWriteQps,
    readQps,
    peakReadQps,
    qps: writeQps + readQps,
    peakQps: peakWriteQps + peakReadQps,
    textStoragePerDayBytes,
    mediaStoragePerDayBytes,
    storagePerDayBytes,
    mediaStorageTotalBytes: mediaStoragePerDayBytes * retentionDays,
    storageTotalBytes: storagePerDayBytes * retentionDays,
    ingressBytesPerSecond: writeQps * bytesPerItem,
    egressBytesPerSecond: readQps * bytesPerItem,
    peakIngressBytesPerSecond: peakWriteQps * bytesPerItem,
    peakEgressBytesPerSecond: peakReadQps * bytesPerItem,
    cacheMemoryBytes,
    serversNeeded: serversNeeded(peakWriteQps + peakReadQps, peakReadQps, peakWriteQps, cacheMemoryBytes),
  };
}
