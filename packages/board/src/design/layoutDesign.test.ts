import { describe, expect, it } from 'vitest';
import { readDesign } from './readDesign';
import { groupedFlowchart as flowchart } from './groupedFlowchart';


describe('layoutDesign', () => {
  it('places a design dagre cannot lay out in a grid instead of failing the import', () => {
    const result = readDesign(flowchart(60));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const places = new Set(result.board.nodes.filter((node) => node.kind !== 'region').map((node) => `${node.x},${node.y},${node.parent}`));
    // Every component has a place of its own in its group.
    expect(places.size).toBe(60);
  });

  it('gives every group a box around its members', () => {
    const result = readDesign('flowchart TD\n  subgraph outer[Outer]\n    subgraph inner[Inner]\n      a[Web] --> b[DB]\n    end\n    c[Cache]\n  end');
    if (!result.ok) throw new Error('refused');
    const byId = new Map(result.board.nodes.map((node) => [node.id, node]));
    for (const [member, group] of [['a', 'inner'], ['b', 'inner'], ['c', 'outer'], ['inner', 'outer']] as const) {
      const m = byId.get(member)!;
      const g = byId.get(group)!;
      const width = m.width ?? 176;
      const height = m.height ?? 56;
      expect(m.x >= 0 && m.y >= 0 && m.x + width <= g.width! && m.y + height <= g.height!, `${member} inside ${group}`).toBe(true);
    }
  });
});
