import type { Rule, RuleHit } from '../findings/finding';
import { formatDuration, formatPercent } from '../format/formatAvailability';
import { sketch } from './sketch';

const FOUR_NINES = { availabilityTarget: 0.9999 };

export const availabilityTarget: Rule = {
  id: 'availability-target',
  severity: 'error',
  title: 'Design falls short of its availability target',
  idea: 'Horizontal scaling gives failover and redundancy; a single server, cache or database takes the service down with it (chapter 1).',
  explanation:
    'With an availabilityTarget in the assumptions, the request path\'s availability is computed from each instance\'s availability: '
    + 'redundant copies in parallel, the services a request needs in series. Below the target, the weakest stage is named.',
  fix: 'Add redundancy to the weakest component (more instances, a replica), or remove it from the request path.',
  example: sketch('Four nines on one database', [['users', 'client'], ['lb', 'load-balancer', { instances: 2 }], ['web1', 'web-server'], ['web2', 'web-server'], ['db', 'database']], [
    ['users', 'lb'], ['lb', 'web1'], ['lb', 'web2'], ['web1', 'db'], ['web2', 'db'],
  ], FOUR_NINES),
  nearMiss: sketch('Four nines with a replica', [['users', 'client'], ['lb', 'load-balancer', { instances: 2 }], ['web1', 'web-server'], ['web2', 'web-server'], ['db', 'database', { replicas: 1 }]], [
    ['users', 'lb'], ['lb', 'web1'], ['lb', 'web2'], ['web1', 'db'], ['web2', 'db'],
  ], FOUR_NINES),
  check({ board, availability }) {
    const target = board.assumptions.availabilityTarget;
    if (typeof target !== 'number') return [];
    const report = availability();
    if (report.availability >= target || !report.weakest) return [];
    const { nodes, availability: weakest } = report.weakest;
    const names = nodes.map((id) => `"${id}"`).join(' + ');
    const hit: RuleHit = {
      nodes,
      message: `The request path is up ${formatPercent(report.availability)} of the time (${report.nines} nines, about ${formatDuration(report.downtimePerYearSeconds)} down a year), `
        + `short of the ${formatPercent(target)} target; the weakest component is ${names} at ${formatPercent(weakest)}.`,
    };
    return [hit];
  },
};
