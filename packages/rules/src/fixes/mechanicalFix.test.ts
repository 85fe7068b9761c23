import { describe, expect, it } from 'vitest';
import type { Board } from '../boardSchema';
import { report } from '../report';
import { RULES } from '../rules';
import { sketch } from '../rules/sketch';
import { applyPatch, fixPatch, type NameNode } from './fixPatch';
import { mechanicalFix } from './mechanicalFix';

function namer(): NameNode {
  let n = 0;
  return (kind) => {
    n += 1;
    return { id: `${kind}-new-${n}`, label: `${kind} ${n}`, edgeId: `edge-new-${n}` };
  };
}

/** Applies the first fixable finding of `rule` and returns the board before and after. */
function fixFirst(board: Board, rule: string) {
  const before = report(board);
  const finding = before.findings.find((f) => f.rule === rule);
  if (!finding) throw new Error(`no ${rule} finding`);
  const fix = mechanicalFix(finding, board, before.load);
  if (!fix) return { finding, fix, after: board };
  return { finding, fix, after: applyPatch(board, fixPatch(fix, board, namer())) };
}

describe('mechanicalFix', () => {
  it('makes every fixable rule example stop reporting the component it fixed', () => {
    let fixable = 0;
    for (const rule of RULES) {
      const { finding, fix, after } = fixFirst(rule.example, rule.id);
      if (!fix) continue;
      fixable += 1;
      const remaining = report(after).findings.filter((f) => f.rule === rule.id && f.nodes[0] === finding.nodes[0]);
      expect(remaining, rule.id).toEqual([]);
    }
    expect(fixable).toBeGreaterThanOrEqual(6);
  });

  it('raises a lone cache to two instances', () => {
    const board = sketch('Cache and DB', [['cache', 'cache'], ['db', 'database']], [['cache', 'db']]);
    expect(fixFirst(board, 'single-point-of-failure').fix).toEqual({ action: 'raise-instances', node: 'cache', instances: 2 });
  });

  it('adds a replica next to a lone database, connected by replication', () => {
    const board = sketch('One DB', [['web', 'web-server', { instances: 2 }], ['db', 'database', { engine: 'nosql' }]], [['web', 'db']]);
    const { fix, after } = fixFirst(board, 'single-point-of-failure');
    expect(fix).toEqual({ action: 'add-replica', node: 'db' });
    expect(after.nodes.at(-1)).toMatchObject({ kind: 'database', props: { role: 'replica', engine: 'nosql' }, y: 112 });
    expect(after.edges.at(-1)).toMatchObject({ from: 'db', kind: 'replication' });
    expect(report(after).findings.filter((f) => f.rule === 'single-point-of-failure')).toEqual([]);
  });

  it('adds one redundant session store for a stateful tier and reuses it for the next server', () => {
    const board = RULES.find((r) => r.id === 'stateful-web-tier')!.example;
    const first = fixFirst(board, 'stateful-web-tier');
    expect(first.fix).toMatchObject({ action: 'add-session-store', store: null });
    const second = fixFirst(first.after, 'stateful-web-tier');
    expect(second.fix).toMatchObject({ action: 'add-session-store', store: 'session-store-new-1' });
    const findings = report(second.after).findings.map((f) => f.rule);
    expect(findings).not.toContain('stateful-web-tier');
    expect(findings).not.toContain('session-store-single-point');
    expect(second.after.nodes.filter((n) => n.kind === 'session-store')).toHaveLength(1);
  });

  it('scales an over-capacity tier to the instance count the load needs', () => {
    const board = RULES.find((r) => r.id === 'over-capacity')!.example;
    const { fix, after } = fixFirst(board, 'over-capacity');
    expect(fix).toMatchObject({ action: 'raise-instances' });
    expect(report(after).findings.filter((f) => f.rule === 'over-capacity' && f.nodes[0] === fix!.node)).toEqual([]);
  });

  it('leaves findings that need a decision alone', () => {
    const rule = RULES.find((r) => r.id === 'dns-target')!;
    const finding = report(rule.example).findings.find((f) => f.rule === 'dns-target')!;
    expect(mechanicalFix(finding, rule.example)).toBeNull();
  });
});
