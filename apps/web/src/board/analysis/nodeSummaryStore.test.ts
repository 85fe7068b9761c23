import { describe, expect, it } from 'vitest';
import type { Finding } from '@scaleboard/rules';
import { shownSummaries, type NodeSummary } from './nodeSummaries';
import { NodeSummaryStore } from './nodeSummaryStore';

const spof: Finding = { rule: 'single-point-of-failure', severity: 'warning', nodes: ['a'], message: '', fix: '' };
const summary = (qps: number, severity: NodeSummary['severity'] = null): NodeSummary => ({ severity, rules: severity ? ['single-point-of-failure'] : [], qps, utilization: qps / 100, instances: 1, failed: false });

describe('NodeSummaryStore', () => {
  it('wakes only the nodes whose visible summary changed, and every node when the overlay is switched', () => {
    const store = new NodeSummaryStore();
    const woken: string[] = [];
    const unsubscribe = ['a', 'b', 'c'].map((id) => store.subscribeTo(id)(() => woken.push(id)));
    const a = summary(1);
    store.update(new Map([['a', a], ['b', summary(2)]]), true);
    expect(woken.sort()).toEqual(['a', 'b', 'c']); // the overlay went on

    woken.length = 0;
    store.update(new Map([['a', a], ['b', summary(3)]]), true);
    expect(woken).toEqual(['b']);
    expect(store.get('b').qps).toBe(3);
    expect(store.get('c').qps).toBeNull();

    woken.length = 0;
    store.update(new Map([['a', a]]), false);
    expect(woken.sort()).toEqual(['a', 'b', 'c']);
    expect(store.showLoad).toBe(false);

    woken.length = 0;
    unsubscribe.forEach((stop) => stop());
    store.update(new Map(), true);
    expect(woken).toEqual([]);
  });

  it('with the overlay off, leaves the load out (shownSummaries): a change of load alone wakes nobody, a new finding does', () => {
    const store = new NodeSummaryStore();
    const woken: string[] = [];
    store.subscribeTo('a')(() => woken.push('a'));
    const load = (qps: number) => ({ a: { qps, utilization: qps / 100 } });
    let previous = new Map<string, NodeSummary>();
    // As AnalysisProvider does: the summaries computed from the last ones, then handed to the store.
    const show = (findings: Finding[], qps: number, showLoad: boolean) => {
      previous = shownSummaries({ findings, load: load(qps), board: { nodes: [] } }, showLoad, previous);
      store.update(previous, showLoad);
    };
    show([], 1, false);
    expect(store.get('a')).toMatchObject({ qps: null, utilization: null });
    woken.length = 0;
    show([], 2, false);
    expect(woken).toEqual([]);
    show([spof], 2, false);
    expect(woken).toEqual(['a']);
    expect(store.get('a').severity).toBe('warning');
    show([spof], 2, true);
    expect(store.get('a').qps).toBe(2);
  });
});
