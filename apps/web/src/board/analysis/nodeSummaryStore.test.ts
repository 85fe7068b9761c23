import { describe, expect, it } from 'vitest';
import type { NodeSummary } from './nodeSummaries';
import { NodeSummaryStore } from './nodeSummaryStore';

const summary = (qps: number): NodeSummary => ({ severity: null, titles: [], qps, utilization: null });

describe('NodeSummaryStore', () => {
  it('wakes only the nodes whose summary changed, and every node when the overlay is switched', () => {
    const store = new NodeSummaryStore();
    const woken: string[] = [];
    const unsubscribe = ['a', 'b', 'c'].map((id) => store.subscribeTo(id)(() => woken.push(id)));
    const a = summary(1);
    const b = summary(2);
    store.update(new Map([['a', a], ['b', b]]), false);
    expect(woken.sort()).toEqual(['a', 'b']);

    woken.length = 0;
    store.update(new Map([['a', a], ['b', summary(3)]]), false);
    expect(woken).toEqual(['b']);
    expect(store.get('b').qps).toBe(3);
    expect(store.get('c').qps).toBeNull();

    woken.length = 0;
    store.update(new Map([['a', a]]), true);
    expect(woken.sort()).toEqual(['a', 'b', 'c']);
    expect(store.showLoad).toBe(true);

    woken.length = 0;
    unsubscribe.forEach((stop) => stop());
    store.update(new Map(), false);
    expect(woken).toEqual([]);
  });
});
