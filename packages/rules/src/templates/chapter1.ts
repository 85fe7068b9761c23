import type { Assumptions } from '../boardSchema';
import { sketch, type SketchEdge, type SketchNode } from '../rules/sketch';
import { layoutTemplate } from './layoutTemplate';
import type { Template } from './template';

const users = (monthlyActiveUsers: number): Assumptions => ({ monthlyActiveUsers });

// Steps 3 onwards share their front: DNS for the address, the balancer's public IP, servers on private IPs.
const NETWORKS: SketchNode[] = [['internet', 'public-network'], ['private', 'private-network']];
const FRONT_EDGES: SketchEdge[] = [['users', 'dns'], ['users', 'lb'], ['lb', 'web1'], ['lb', 'web2']];

function tier(stateful: boolean, instances: number): SketchNode[] {
  return [
    ['users', 'client'], ['dns', 'dns'], ...NETWORKS,
    ['lb', 'load-balancer', { instances: 2 }, 'internet'],
    ['web1', 'web-server', { instances, stateful }, 'private'],
    ['web2', 'web-server', { instances, stateful }, 'private'],
  ];
}

const REPLICATED: SketchNode[] = [
  ['db', 'database', { role: 'primary' }, 'private'],
  ['replica1', 'database', { role: 'replica' }, 'private'],
  ['replica2', 'database', { role: 'replica' }, 'private'],
];
const REPLICATION_EDGES: SketchEdge[] = [
  ['web1', 'db'], ['web2', 'db'], ['web1', 'replica1'], ['web1', 'replica2'], ['web2', 'replica1'], ['web2', 'replica2'],
  ['db', 'replica1', 'replication'], ['db', 'replica2', 'replication'],
];
const CACHE: SketchNode[] = [['cache', 'cache', { instances: 2, ttlSeconds: 300, hitRatio: 0.8 }, 'private']];
const CACHE_EDGES: SketchEdge[] = [['web1', 'cache'], ['web2', 'cache']];
const CDN: SketchNode[] = [['cdn', 'cdn', { ttlSeconds: 86_400 }], ['media', 'object-storage']];
const CDN_EDGES: SketchEdge[] = [['users', 'cdn'], ['cdn', 'media']];
const SESSIONS: SketchNode[] = [['sessions', 'session-store', { instances: 2 }, 'private']];
const SESSION_EDGES: SketchEdge[] = [['web1', 'sessions'], ['web2', 'sessions']];
const QUEUE: SketchNode[] = [['jobs', 'message-queue', { instances: 2 }, 'private'], ['workers', 'worker', { instances: 8 }, 'private']];
const QUEUE_EDGES: SketchEdge[] = [['web1', 'jobs', 'async'], ['web2', 'jobs', 'async'], ['jobs', 'workers', 'async'], ['workers', 'db']];

const MILLIONS = users(50_000_000);

/**
 * The chapter-1 progression, "from zero to millions of users": each step is a whole board, drawn
 * the way the book draws it, with users growing as the design does.
 */
export const CHAPTER_1: readonly Template[] = [
  {
    id: 'ch1-1-single-server',
    fixes: [],
    board: layoutTemplate(sketch('1. Single server', [['users', 'client'], ['dns', 'dns'], ['server', 'web-server', { cpuCores: 96, memoryGb: 768 }]], [['users', 'dns'], ['users', 'server']], users(10_000))),
  },
  {
    id: 'ch1-2-separate-database',
    fixes: ['vertical-scaling-limit'],
    board: layoutTemplate(sketch('2. Separate database', [['users', 'client'], ['dns', 'dns'], ['web', 'web-server'], ['db', 'database']], [['users', 'dns'], ['users', 'web'], ['web', 'db']], users(100_000))),
  },
  {
    id: 'ch1-3-load-balancer',
    fixes: ['single-point-of-failure'],
    board: layoutTemplate(sketch('3. Load balancer and web tier', [...tier(true, 1), ['db', 'database', {}, 'private']], [...FRONT_EDGES, ['web1', 'db'], ['web2', 'db']], users(1_000_000))),
  },
  {
    id: 'ch1-4-database-replication',
    fixes: ['single-point-of-failure'],
    board: layoutTemplate(sketch('4. Database replication', [...tier(true, 8), ...REPLICATED], [...FRONT_EDGES, ...REPLICATION_EDGES], MILLIONS)),
  },
  {
    id: 'ch1-5-cache',
    fixes: ['over-capacity'],
    board: layoutTemplate(sketch('5. Cache tier', [...tier(true, 8), ...REPLICATED, ...CACHE], [...FRONT_EDGES, ...REPLICATION_EDGES, ...CACHE_EDGES], MILLIONS)),
  },
  {
    id: 'ch1-6-cdn',
    fixes: [],
    board: layoutTemplate(sketch('6. CDN', [...tier(true, 8), ...REPLICATED, ...CACHE, ...CDN], [...FRONT_EDGES, ...REPLICATION_EDGES, ...CACHE_EDGES, ...CDN_EDGES], MILLIONS)),
  },
  {
    id: 'ch1-7-stateless-web-tier',
    fixes: ['stateful-web-tier'],
    board: layoutTemplate(sketch('7. Stateless web tier', [...tier(false, 8), ...REPLICATED, ...CACHE, ...CDN, ...SESSIONS], [
      ...FRONT_EDGES, ...REPLICATION_EDGES, ...CACHE_EDGES, ...CDN_EDGES, ...SESSION_EDGES,
    ], MILLIONS)),
  },
  {
    id: 'ch1-8-message-queue',
    fixes: [],
    board: layoutTemplate(sketch('8. Message queue', [...tier(false, 8), ...REPLICATED, ...CACHE, ...CDN, ...SESSIONS, ...QUEUE], [
      ...FRONT_EDGES, ...REPLICATION_EDGES, ...CACHE_EDGES, ...CDN_EDGES, ...SESSION_EDGES, ...QUEUE_EDGES,
    ], MILLIONS)),
  },
];
