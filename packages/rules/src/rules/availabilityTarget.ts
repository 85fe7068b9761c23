import type { Rule, RuleHit } from '../findings/finding';
import { formatDuration, formatPercent } from '../format/formatAvailability';
import { sketch } from './sketch';

const FOUR_NINES = { availabilityTarget: 0.9999 };

export const availabilityTarget: Rule = {
  id: 'availability-target',
  severity: 'error',
  example: sketch('Four nines on one database', [['users', 'client'], ['lb', 'load-balancer', { instances: 2 }], ['web1', 'web-server'], ['web2', 'web-server'], ['db', 'database']], [
    ['users', 'lb'], ['lb', 'web1'], ['lb', 'web2'], ['web1', 'db'], ['web2', 'db'],
  ], FOUR_NINES),
  nearMiss: sketch('Four nines with a replica', [['users', 'client'], ['lb', 'load-balancer', { instances: 2 }], ['web1', 'web-server'], ['web2', 'web-server'], ['db', 'database', { replicas: 1 }]], [
    ['users', 'lb'], ['lb', 'web1'], ['lb', 'web2'], ['web1', 'db'], ['web2', 'db'],
  ], FOUR_NINES),
  check({ board, availability, names, lang }) {
    const target = board.assumptions.availabilityTarget;
    if (typeof target !== 'number') return [];
    const report = availability();
    if (report.availability >= target || !report.weakest) return [];
    const { nodes, availability: weakest } = report.weakest;
        const hit: RuleHit = {
      nodes,
      message: {
        key: 'rules.availability-target.message',
        params: {
          availability: formatPercent(report.availability), nines: report.nines, downtime: formatDuration(report.downtimePerYearSeconds, lang),
          target: formatPercent(target), weakest: nodes.map((id) => names.byId(id)).join(' + '), weakestAvailability: formatPercent(weakest),
        },
      },
    };
    return [hit];
  },
};
