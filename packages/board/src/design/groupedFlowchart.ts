/**
 * A Mermaid flowchart of n nodes, each linked to another, in subgraphs of ten: a connected graph with
 * cycles, the layout's hard case (at n = 60 dagre 3.1.3 throws while routing edges). Shared by the
 * layout test and the read-design benchmark.
 *
 * @example groupedFlowchart(20) // 'flowchart LR\n  subgraph g0[Zone 0]\n    n0[Web 0] --> n1\n…'
 */
export function groupedFlowchart(n: number): string {
  const lines = ['flowchart LR'];
  for (let g = 0; g < n / 10; g++) {
    lines.push(`  subgraph g${g}[Zone ${g}]`);
    for (let i = g * 10; i < Math.min(n, g * 10 + 10); i++) lines.push(`    n${i}[Web ${i}] --> n${(i * 7 + 1) % n}`);
    lines.push('  end');
  }
  return lines.join('\n');
}
