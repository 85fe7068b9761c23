import type { Board } from '../boardSchema';
import type { Estimate } from '../estimate/estimate';
import type { LoadMap } from '../findings/finding';
import { buildGraph, type BoardGraph, type GraphNode } from '../graph/boardGraph';
import { entries } from '../graph/paths';
import { flowOrder } from './flowOrder';
import { route, type Emit } from './route';
import { shares, type Traffic } from './traffic';

/**
 * Where peak traffic enters: the clients by their traffic share; on a board without clients, the
 * nodes nothing calls.
 *
 * @example seedTraffic(graph, est).get('users') // { read: 3472.2, write: 347.2 }
 */
export function seedTraffic(graph: BoardGraph, est: Estimate): Map<string, Traffic> {
  const starts = entries(graph);
  const weights = starts.map((n) => (n.kind === 'client' && typeof n.props.share === 'number' ? n.props.share : 1));
  const inflow = new Map<string, Traffic>();
  shares(weights).forEach((share, i) => {
    inflow.set(starts[i]!.id, { read: est.peakReadQps * share, write: est.peakWriteQps * share });
  });
  return inflow;
}

/**
 * Utilisation of a node at a load: 0 where there is no ceiling (clients, managed services).
 *
 * @example utilization(webServerWithTwoInstances, 1500) // 0.75
 */
export function utilization(node: GraphNode, qps: number): number {
  const perInstance = node.props.capacityQps;
  if (typeof perInstance !== 'number' || perInstance <= 0) return 0;
  return qps / (perInstance * node.instances);
}

/**
 * `propagate` on an already indexed board, so `analyze` can share one graph.
 *
 * @example propagateGraph(buildGraph(board), estimate(board.assumptions))
 */
export function propagateGraph(graph: BoardGraph, est: Estimate): LoadMap {
  const inflow = seedTraffic(graph, est);
  const lookups = new Map<string, number>();
  const { order, isBackEdge } = flowOrder(graph, [...inflow.keys()]);
  const peakFactor = est.assumptions.peakFactor;
  let from = '';
  // One emitter for the whole pass, reading `from`: this loop runs on every edit of the board.
  const emit: Emit = (to, read, write, lookup) => {
    if (lookup) lookups.set(to.id, (lookups.get(to.id) ?? 0) + read + write);
    else if (!isBackEdge(from, to.id)) {
      const into = inflow.get(to.id);
      if (into) {
        into.read += read;
        into.write += write;
      } else inflow.set(to.id, { read, write });
    }
  };
  for (const node of order) {
    const traffic = inflow.get(node.id);
    if (!traffic || traffic.read + traffic.write === 0) continue;
    from = node.id;
    route(graph, node, traffic, peakFactor, emit);
  }
  const load: LoadMap = {};
  for (const node of graph.nodes.values()) {
    const traffic = inflow.get(node.id);
    const qps = (traffic ? traffic.read + traffic.write : 0) + (lookups.get(node.id) ?? 0);
    load[node.id] = { qps, utilization: utilization(node, qps) };
  }
  return load;
}

/**
 * Peak load on every component: traffic enters at the clients and flows along the edges (see
 * docs/estimation.md for the model). Pure; cycles are cut, so it always terminates.
 *
 * @example
 * const load = propagate(board, estimate(board.assumptions));
 * load.web1 // { qps: 3819.4, utilization: 3.82 }
 */
export function propagate(board: Board, est: Estimate): LoadMap {
  return propagateGraph(buildGraph(board), est);
}
