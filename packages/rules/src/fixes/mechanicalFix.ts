import type { Board, BoardNode } from '../boardSchema';
import { resolveProps } from '../catalogue/resolveProps';
import type { Finding, LoadMap } from '../findings/finding';

/** Instances a redundant tier starts with: the smallest count that survives one failure. */
export const REDUNDANT_INSTANCES = 2;
/** A cache TTL long enough to pay off, short enough to bound staleness. */
export const CACHE_TTL_SECONDS = 300;
/** A CDN TTL for static assets. */
export const CDN_TTL_SECONDS = 86_400;

/**
 * A fix that needs no judgement, described as data so every client can name it in its own
 * language and apply it as one change. `fixPatch` turns it into board edits.
 */
export type MechanicalFix =
  | { action: 'raise-instances'; node: string; instances: number }
  | { action: 'add-replica'; node: string }
  | { action: 'add-session-store'; node: string; store: string | null }
  | { action: 'set-ttl'; node: string; ttlSeconds: number };

function instancesOf(node: BoardNode): number {
  const value = resolveProps(node.kind, node.props).instances;
  return typeof value === 'number' ? value : 1;
}

/**
 * The mechanical fix of a finding, or null when fixing it needs a design decision (where DNS
 * should point, what belongs in a private network…).
 *
 * @example
 * mechanicalFix({ rule: 'single-point-of-failure', nodes: ['cache'], … }, board, load)
 * // { action: 'raise-instances', node: 'cache', instances: 2 }
 */
export function mechanicalFix(finding: Finding, board: Board, load: LoadMap = {}): MechanicalFix | null {
  const byId = new Map(board.nodes.map((n) => [n.id, n]));
  const first = byId.get(finding.nodes[0] ?? '');
  if (!first) return null;
  switch (finding.rule) {
    case 'single-point-of-failure':
      if (first.kind === 'database') return { action: 'add-replica', node: first.id };
      return { action: 'raise-instances', node: first.id, instances: Math.max(REDUNDANT_INSTANCES, instancesOf(first) + 1) };
    case 'session-store-single-point':
      return { action: 'raise-instances', node: first.id, instances: REDUNDANT_INSTANCES };
    case 'load-balancer-single-backend': {
      const backends = finding.nodes.slice(1).map((id) => byId.get(id)).filter((n): n is BoardNode => n !== undefined);
      if (backends.length !== 1) return null;
      return { action: 'raise-instances', node: backends[0]!.id, instances: REDUNDANT_INSTANCES };
    }
    case 'over-capacity': {
      const capacity = resolveProps(first.kind, first.props).capacityQps;
      const qps = load[first.id]?.qps;
      if (typeof capacity !== 'number' || capacity <= 0 || qps === undefined) return null;
      return { action: 'raise-instances', node: first.id, instances: Math.max(instancesOf(first) + 1, Math.ceil(qps / capacity)) };
    }
    case 'stateful-web-tier': {
      // One shared store for the whole tier: reuse the board's first session store if it has one.
      const store = board.nodes.filter((n) => n.kind === 'session-store').sort((a, b) => (a.id < b.id ? -1 : 1))[0];
      return { action: 'add-session-store', node: first.id, store: store?.id ?? null };
    }
    case 'cache-without-expiry':
      return { action: 'set-ttl', node: first.id, ttlSeconds: CACHE_TTL_SECONDS };
    case 'cdn-without-ttl':
      return { action: 'set-ttl', node: first.id, ttlSeconds: CDN_TTL_SECONDS };
    default:
      return null;
  }
}
