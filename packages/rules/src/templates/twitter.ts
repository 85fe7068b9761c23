import { TWITTER_ASSUMPTIONS } from '../estimate/defaultAssumptions';
import { sketch } from '../rules/sketch';
import { layoutTemplate } from './layoutTemplate';
import type { Template } from './template';

/**
 * The domain note's chapter-2 estimate (300 million monthly users) on the chapter-1 architecture,
 * with every tier sized so that nothing is over capacity at peak.
 */
export const TWITTER: Template = {
  id: 'twitter-estimate',
  fixes: [],
  board: layoutTemplate(sketch('Twitter at 300M MAU', [
    ['users', 'client'], ['dns', 'dns'], ['internet', 'public-network'], ['private', 'private-network'],
    ['lb', 'load-balancer', { instances: 2 }, 'internet'],
    ['web1', 'web-server', { instances: 40 }, 'private'], ['web2', 'web-server', { instances: 40 }, 'private'],
    ['sessions', 'session-store', { instances: 2 }, 'private'],
    ['cache', 'cache', { instances: 8, ttlSeconds: 3600, hitRatio: 0.8 }, 'private'],
    ['db', 'database', { role: 'primary', instances: 2 }, 'private'],
    ['replica1', 'database', { role: 'replica', instances: 3 }, 'private'], ['replica2', 'database', { role: 'replica', instances: 3 }, 'private'],
    ['cdn', 'cdn', { ttlSeconds: 86_400 }], ['media', 'object-storage'],
    ['jobs', 'message-queue', { instances: 2 }, 'private'], ['workers', 'worker', { instances: 40 }, 'private'],
    ['estimate', 'note'],
  ], [
    ['users', 'dns'], ['users', 'lb'], ['users', 'cdn'], ['cdn', 'media'], ['lb', 'web1'], ['lb', 'web2'],
    ['web1', 'sessions'], ['web2', 'sessions'], ['web1', 'cache'], ['web2', 'cache'],
    ['web1', 'db'], ['web2', 'db'], ['web1', 'replica1'], ['web1', 'replica2'], ['web2', 'replica1'], ['web2', 'replica2'],
    ['db', 'replica1', 'replication'], ['db', 'replica2', 'replication'],
    ['web1', 'jobs', 'async'], ['web2', 'jobs', 'async'], ['jobs', 'workers', 'async'], ['workers', 'media'],
  ], { ...TWITTER_ASSUMPTIONS })),
};
