/** Every kind of node a `scaleboard/v1` board may hold, in palette order. */
export const COMPONENT_KINDS = [
  'client',
  'dns',
  'cdn',
  'load-balancer',
  'web-server',
  'app-server',
  'cache',
  'session-store',
  'database',
  'message-queue',
  'worker',
  'object-storage',
] as const;

/** Containers that other nodes name in their `parent`. */
export const GROUP_KINDS = ['public-network', 'private-network', 'region'] as const;

/** Free-text annotations. */
export const ANNOTATION_KINDS = ['note'] as const;

export const NODE_KINDS = [...COMPONENT_KINDS, ...ANNOTATION_KINDS, ...GROUP_KINDS] as const;

/** How a request travels along an edge. */
export const EDGE_KINDS = ['sync', 'async', 'replication'] as const;

export type ComponentKind = (typeof COMPONENT_KINDS)[number];
export type GroupKind = (typeof GROUP_KINDS)[number];
export type NodeKind = (typeof NODE_KINDS)[number];
export type EdgeKind = (typeof EDGE_KINDS)[number];

/**
 * @example isGroupKind('region') // true
 */
export function isGroupKind(kind: string): kind is GroupKind {
  return (GROUP_KINDS as readonly string[]).includes(kind);
}
