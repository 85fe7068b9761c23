import type { Rule, RuleHit } from '../findings/finding';
import { formatMs } from '../format/formatMs';
import { sketch } from './sketch';

const FOUR_MS = { latencyTargetMs: 4 };

export const latencyTarget: Rule = {
  id: 'latency-target',
  severity: 'error',
  example: sketch('A 4 ms target, every read on the database', [['users', 'client'], ['lb', 'load-balancer'], ['web', 'web-server'], ['db', 'database']], [
    ['users', 'lb'], ['lb', 'web'], ['web', 'db'],
  ], FOUR_MS),
  nearMiss: sketch('A 4 ms target, reads through a cache', [['users', 'client'], ['lb', 'load-balancer'], ['web', 'web-server'], ['cache', 'cache', { ttlSeconds: 60 }], ['db', 'database']], [
    ['users', 'lb'], ['lb', 'web'], ['web', 'cache'], ['cache', 'db'],
  ], FOUR_MS),
  check({ board, latency, names }) {
    const target = board.assumptions.latencyTargetMs;
    if (typeof target !== 'number') return [];
    const report = latency();
    const path = report.paths[0];
    if (!path || path.ms <= target) return [];
    let slowest = path.nodes[0]!;
    for (const id of path.nodes) if ((report.perNode[id] ?? 0) > (report.perNode[slowest] ?? 0)) slowest = id;
    const hit: RuleHit = {
      nodes: path.nodes,
      message: {
        key: 'rules.latency-target.message',
        params: {
          path: path.nodes.map((id) => names.byId(id)).join(' → '), ms: formatMs(path.ms), target: formatMs(target),
          slowest: names.byId(slowest), slowestMs: formatMs(report.perNode[slowest] ?? 0),
        },
      },
    };
    return [hit];
  },
};
