import type { BoardNode } from '../boardSchema';
import { resolveProps } from '../catalogue/resolveProps';

/**
 * A component whose hit ratio a drill can set: a cache or a CDN (the kinds the load model lets
 * serve part of their traffic themselves).
 *
 * @example holdsHitRatio({ kind: 'cdn' }) // true
 */
export function holdsHitRatio(node: Pick<BoardNode, 'kind'>): boolean {
  return node.kind === 'cache' || node.kind === 'cdn';
}

/**
 * A database that is not drawn as a replica: what "the primary database goes down" fails, and what
 * a drill promotes a replica for.
 *
 * @example isPrimaryDatabase({ kind: 'database', props: { role: 'replica' } }) // false
 */
export function isPrimaryDatabase(node: Pick<BoardNode, 'kind' | 'props'>): boolean {
  return node.kind === 'database' && resolveProps(node.kind, node.props).role !== 'replica';
}
