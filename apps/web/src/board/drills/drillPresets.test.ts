import { describe, expect, it } from 'vitest';
import { sketch } from '@scaleboard/rules';
import { failedLabels, presetScenario } from './drillPresets';

const board = sketch('Drill', [
  ['users', 'client'], ['lb', 'load-balancer'], ['web', 'web-server'], ['cache', 'cache'], ['cdn', 'cdn'],
  ['replica', 'database', { role: 'replica' }], ['db', 'database', { role: 'primary' }], ['note', 'note'], ['private', 'private-network'],
]);

describe('presetScenario', () => {
  it('fails the first primary database, never a replica', () => {
    expect(presetScenario('primary-db-down', board, [])).toEqual({ fail: ['db'] });
    expect(presetScenario('primary-db-down', sketch('No DB', [['web', 'web-server']]), [])).toBeNull();
  });

  it('triples the traffic, and colds every cache and CDN', () => {
    expect(presetScenario('traffic-x3', board, [])).toEqual({ traffic: 3 });
    expect(presetScenario('cold-cache', board, [])).toEqual({ hitRatios: { cache: 0, cdn: 0 } });
    expect(presetScenario('cold-cache', sketch('No cache', [['web', 'web-server']]), [])).toBeNull();
  });

  it('fails the selected components and groups, leaving out users, notes and ids the board lacks', () => {
    expect(presetScenario('fail-component', board, ['web', 'users', 'note', 'private', 'gone'])).toEqual({ fail: ['web', 'private'] });
    expect(presetScenario('fail-component', board, ['users'])).toBeNull();
  });
});

describe('failedLabels', () => {
  it('names what failed by label, and by id once it is gone', () => {
    expect(failedLabels({ fail: ['db', 'gone'] }, { ...board, nodes: board.nodes.map((n) => (n.id === 'db' ? { ...n, label: 'Orders DB' } : n)) })).toEqual(['Orders DB', 'gone']);
  });
});
