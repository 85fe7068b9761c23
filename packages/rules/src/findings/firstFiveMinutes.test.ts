import { describe, expect, it } from 'vitest';
import { sketch } from '../rules/sketch';
import { analyze } from './analyze';

// PRODUCT.md's demo: drop a balancer and two web servers, connect them, see the balancer flagged,
// raise its instances, watch the finding go.
describe('the first five minutes', () => {
  const drawn = (lbInstances: number) => sketch('demo', [['lb', 'load-balancer', { instances: lbInstances }], ['web1', 'web-server'], ['web2', 'web-server']], [['lb', 'web1'], ['lb', 'web2']]);

  it('flags the lone balancer, and only it', () => {
    expect(analyze(drawn(1)).map((f) => [f.rule, f.nodes])).toEqual([['single-point-of-failure', ['lb']]]);
  });

  it('clears once the balancer runs two instances', () => {
    expect(analyze(drawn(2))).toEqual([]);
  });
});
