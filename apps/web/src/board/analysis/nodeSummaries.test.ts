import { describe, expect, it } from 'vitest';
import type { BoardNode, Finding } from '@scaleboard/rules';
import { loadLevel } from './loadLevel';
import { summarise } from './nodeSummaries';

const web = (id: string, instances?: number): BoardNode => ({ id, kind: 'web-server', label: id, x: 0, y: 0, props: instances === undefined ? {} : { instances } });
const finding = (rule: string, severity: Finding['severity'], nodes: string[]): Finding => ({ rule, severity, nodes, message: '', fix: '' });

describe('summarise', () => {
  it('gives each node its worst severity, its rules and its load', () => {
    const summaries = summarise(
      [finding('single-point-of-failure', 'warning', ['cache']), finding('over-capacity', 'error', ['cache']), finding('cache-without-expiry', 'warning', ['cache'])],
      { cache: { qps: 7000, utilization: 0.07 }, db: { qps: 10, utilization: 0.002 } },
      [],
    );
    expect(summaries.get('cache')).toMatchObject({ severity: 'error', qps: 7000 });
    expect(summaries.get('cache')?.rules[0]).toBe('over-capacity');
    expect(summaries.get('db')).toMatchObject({ severity: null, rules: [], utilization: 0.002 });
  });

  it('keeps the identity of summaries that did not change', () => {
    const first = summarise([finding('single-point-of-failure', 'warning', ['a', 'b'])], {}, [web('c', 3)]);
    const second = summarise([finding('single-point-of-failure', 'warning', ['a'])], {}, [web('c', 3)], first);
    expect(second.get('a')).toBe(first.get('a'));
    expect(second.get('c')).toBe(first.get('c'));
    expect(second.has('b')).toBe(false);
  });

  it('carries the instance count of nodes that run more than one, so an instance edit wakes only that card', () => {
    const first = summarise([], {}, [web('a'), web('b', 1), web('c', 3)]);
    expect([...first.keys()]).toEqual(['c']);
    expect(first.get('c')?.instances).toBe(3);
    const second = summarise([], {}, [web('a'), web('b', 1), web('c', 4)], first);
    expect(second.get('c')?.instances).toBe(4);
    expect(summarise([finding('single-point-of-failure', 'warning', ['a'])], {}, [web('a')]).get('a')?.instances).toBe(1);
  });

  it('marks what cannot serve under a drill, and wakes a card when it fails or recovers', () => {
    const calm = summarise([], {}, [web('a')]);
    const drill = summarise([], {}, [web('a')], calm, ['a']);
    expect(drill.get('a')).toMatchObject({ failed: true, severity: null });
    expect(summarise([], {}, [web('a')], drill, ['a']).get('a')).toBe(drill.get('a'));
    expect(summarise([], {}, [web('a')], drill).has('a')).toBe(false);
  });
});

describe('loadLevel', () => {
  it.each([[0, 'idle'], [0.3, 'ok'], [0.7, 'busy'], [0.9, 'hot'], [1.4, 'over'], [Number.NaN, 'idle']] as const)('%d → %s', (u, level) => {
    expect(loadLevel(u)).toBe(level);
  });
});
