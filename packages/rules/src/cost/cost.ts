import type { Board } from '../boardSchema';
import { estimate as estimateOf, type Estimate } from '../estimate/estimate';
import type { LoadMap } from '../findings/finding';
import { buildGraph, type BoardGraph, type GraphNode } from '../graph/boardGraph';
import { propagateGraph } from '../load/propagate';
import { SECONDS_PER_MONTH, unitPriceOfKind } from './unitPrices';

/** The cost part of `report`: `scaleboard check --format json`'s `"cost"`. */
export interface CostReport {
  /** The whole design, per month. */
  monthly: number;
  currency: 'USD';
  /** Each component's monthly cost. */
  perNode: Record<string, number>;
  /** `monthly` over the month's requests (the estimate's average QPS); null with no traffic. */
  perMillionRequests: number | null;
}

function unitPriceOf(node: GraphNode): number {
  return typeof node.props.unitPriceUsd === 'number' ? node.props.unitPriceUsd : 0;
}

/**
 * Machines a component pays for: its instances, plus for databases and session stores the
 * replicas its `replicas` prop counts (replicas drawn as nodes pay for themselves).
 *
 * @example copiesOf(dbWithTwoReplicas) // 3
 */
export function copiesOf(node: GraphNode | { kind: string; instances: number; props: Readonly<Record<string, unknown>> }): number {
  const replicas = node.kind === 'database' || node.kind === 'session-store' ? node.props.replicas : 0;
  return node.instances + (typeof replicas === 'number' ? replicas : 0);
}

/** Bytes one read serves: its id and text, and the media of the reads that carry some. */
function bytesPerRead(est: Estimate): number {
  const a = est.assumptions;
  return a.idBytes + a.textBytes + a.mediaRatio * a.mediaBytes;
}

/**
 * One component's monthly cost from its unit price: per instance-month × its copies; per million
 * requests (queue messages, DNS queries) × its average load over a month; per GB served (CDN) ×
 * the bytes its average load serves, each request counted as a read; per GB-month (object
 * storage) × its share of the media kept over the retention period.
 */
export function monthlyOf(node: GraphNode, est: Estimate, load: LoadMap, objectStores: number): number {
  const unit = unitPriceOfKind(node.kind)?.unit;
  if (!unit) return 0;
  const price = unitPriceOf(node);
  // Load is at peak; a month is billed at the average.
  const averageQps = (load[node.id]?.qps ?? 0) / est.assumptions.peakFactor;
  switch (unit) {
    case 'instanceMonth':
      return price * copiesOf(node);
    case 'millionRequests':
      return price * (averageQps * SECONDS_PER_MONTH) / 1e6;
    case 'gbServed':
      return price * (averageQps * bytesPerRead(est) * SECONDS_PER_MONTH) / 1e9;
    case 'gbMonth':
      return price * (est.mediaStorageTotalBytes / objectStores) / 1e9;
  }
}

/**
 * Cents: what a bill shows, and it keeps sums of floats from printing 0.30000000000000004. A board
 * file may ask for 10^303 instances: the bill then saturates at the largest number JSON can carry
 * instead of overflowing to Infinity (which JSON would print as null).
 */
export function roundCents(usd: number): number {
  const cents = Math.round(usd * 100) / 100;
  return Number.isFinite(cents) ? cents : Number.MAX_VALUE;
}

/**
 * `cost` on an already indexed board, with the estimate and load `report` computed.
 *
 * @example costOfGraph(graph, est, propagateGraph(graph, est)).monthly
 */
export function costOfGraph(graph: BoardGraph, est: Estimate, load: LoadMap): CostReport {
  let objectStores = 0;
  for (const node of graph.nodes.values()) if (node.kind === 'object-storage') objectStores++;
  const perNode: Record<string, number> = {};
  let total = 0;
  for (const node of graph.nodes.values()) {
    const usd = monthlyOf(node, est, load, objectStores);
    perNode[node.id] = roundCents(usd);
    total += usd;
  }
  return costReportOf(total, est, perNode);
}

/**
 * The report from the unrounded total, the sum of every component's `monthlyOf` in board order.
 *
 * @example costReportOf(577.055, est, perNode).monthly // 577.06
 */
export function costReportOf(total: number, est: Estimate, perNode: Record<string, number>): CostReport {
  // A trickle of traffic (a few users a month) makes the quotient overflow: no figure then, as with none.
  const perMillion = Math.round((total / (est.qps * SECONDS_PER_MONTH)) * 1e12) / 1e6;
  return { monthly: roundCents(total), currency: 'USD', perNode, perMillionRequests: Number.isFinite(perMillion) ? perMillion : null };
}

/**
 * Monthly cost of a design from its components' unit prices (dated defaults in UNIT_PRICES,
 * editable per component as `unitPriceUsd`), the total, and the cost per million requests. See
 * docs/estimation.md, "Cost".
 *
 * @example cost(board) // { monthly: 577.06, currency: 'USD', perNode: { lb: 16.43, web1: 280.32, … }, perMillionRequests: null }
 */
export function cost(board: Board): CostReport {
  const graph = buildGraph(board);
  const est = estimateOf(board.assumptions);
  return costOfGraph(graph, est, propagateGraph(graph, est));
}
