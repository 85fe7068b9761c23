import { compareFindings, findingOf } from '../findings/analyze';
import type { Finding, Rule, RuleContext } from '../findings/finding';
import type { BoardGraph } from '../graph/boardGraph';

/** What changed since the findings were last brought up to date (structure excepted: that rebuilds). */
export interface FindingsChange {
  /** Components whose props changed, with the names of the props that did (`instances` included). */
  props: ReadonlyMap<string, ReadonlySet<string>>;
  /** Components whose name (`componentNames`) may read differently now. */
  renamed: ReadonlySet<string>;
  /** Components whose load changed. */
  load: ReadonlySet<string>;
  /** After a structural edit: components every local rule re-checks (its reach of the edit), and those removed. */
  anchors?: ReadonlySet<string>;
  removed?: readonly string[];
}

/** A local rule's findings by the anchor they were found at; a board-wide rule's as a list. */
type RuleFindings = ({ rule: Rule; byAnchor: Map<string, Finding[]> } | { rule: Rule; all: Finding[] }) & {
  /** The rule's findings in the report's order, kept until they change (sorting thousands by node cost more than an edit). */
  sorted?: Finding[];
};

/**
 * `analyze` kept up to date between edits of props and labels: a rule with `local` (RuleLocality)
 * re-checks only the anchors an edit can reach; a board-wide rule runs again whole (those left are
 * linear and cheap once the load and availability are kept live). The list comes out in `analyze`'s
 * order: per rule, anchors in board order, then the same stable sort.
 */
export class LiveFindings {
  private readonly byRule: RuleFindings[];
  /** `byRule` in the report's order of rules. */
  private readonly inOrder: RuleFindings[];
  private current: Finding[];

  constructor(
    private readonly graph: BoardGraph,
    rules: readonly Rule[],
    ctx: RuleContext,
    /** Each component's place in the board's order (kept by the caller). */
    private readonly position: ReadonlyMap<string, number>,
  ) {
    this.byRule = rules.map((rule) => {
      const found = rule.check(ctx).map((hit) => findingOf(rule, hit, ctx.lang));
      if (!rule.local) return { rule, all: found };
      const byAnchor = new Map<string, Finding[]>();
      for (const finding of found) {
        const anchor = finding.nodes[0]!;
        const list = byAnchor.get(anchor);
        if (list) list.push(finding);
        else byAnchor.set(anchor, [finding]);
      }
      return { rule, byAnchor };
    });
    const first = (rule: Rule): Finding => ({ rule: rule.id, severity: rule.severity, nodes: [], message: '', fix: '' });
    this.inOrder = [...this.byRule].sort((a, b) => compareFindings(first(a.rule), first(b.rule)));
    this.current = this.assemble();
  }

  get findings(): Finding[] {
    return this.current;
  }

  /**
   * Re-checks what `change` can have changed, with `ctx` describing the board as it is now. Adds to
   * `touched` the nodes named by a finding that came or went; when any did, `findings` is a new array.
   *
   * @example live.update({ props: new Map([['web1', new Set(['instances'])]]), renamed: new Set(), load: new Set() }, ctx, touched)
   */
  update(change: FindingsChange, ctx: RuleContext, touched: Set<string>): boolean {
    const removed = change.removed ?? [];
    if (change.props.size === 0 && change.renamed.size === 0 && change.load.size === 0 && !change.anchors?.size && removed.length === 0) return false;
    let changed = false;
    const touch = (findings: readonly Finding[]) => {
      for (const finding of findings) for (const id of finding.nodes) touched.add(id);
    };
    for (const id of removed) {
      for (const entry of this.byRule) {
        if (!('byAnchor' in entry)) continue;
        const gone = entry.byAnchor.get(id);
        if (!gone) continue;
        touch(gone);
        entry.byAnchor.delete(id);
        entry.sorted = undefined;
        changed = true;
      }
    }
    for (const entry of this.byRule) {
      if (!('byAnchor' in entry)) {
        const all = entry.rule.check(ctx).map((hit) => findingOf(entry.rule, hit, ctx.lang));
        if (!sameFindings(entry.all, all)) {
          touch(entry.all);
          touch(all);
          entry.all = all;
          entry.sorted = undefined;
          changed = true;
        }
        continue;
      }
      for (const anchor of this.anchorsOf(entry.rule, change)) {
        const node = this.graph.nodes.get(anchor);
        if (!node) continue;
        const found = entry.rule.check({ ...ctx, anchors: [node] }).map((hit) => findingOf(entry.rule, hit, ctx.lang));
        const before = entry.byAnchor.get(anchor) ?? [];
        if (sameFindings(before, found)) continue;
        touch(before);
        touch(found);
        if (found.length > 0) entry.byAnchor.set(anchor, found);
        else entry.byAnchor.delete(anchor);
        entry.sorted = undefined;
        changed = true;
      }
    }
    if (changed) this.current = this.assemble();
    return changed;
  }

  private anchorsOf(rule: Rule, change: FindingsChange): Set<string> {
    const local = rule.local!;
    const anchors = new Set<string>();
    for (const [id, props] of change.props) {
      if (!local.props.some((prop) => props.has(prop))) continue;
      anchors.add(id);
      if (local.radius === 1) this.addNeighbours(id, anchors);
    }
    // Rules name the anchor and its direct neighbours.
    for (const id of change.renamed) {
      anchors.add(id);
      this.addNeighbours(id, anchors);
    }
    if (local.load) for (const id of change.load) anchors.add(id);
    for (const id of change.anchors ?? []) anchors.add(id);
    return anchors;
  }

  private addNeighbours(id: string, into: Set<string>): void {
    for (const edge of this.graph.out.get(id) ?? []) into.add(edge.to);
    for (const edge of this.graph.in.get(id) ?? []) into.add(edge.from);
  }

  /**
   * The findings in `analyze`'s order. Every finding of a rule has its severity, so that order is the
   * rules' (by severity, then rule) with each rule's findings sorted by node, ties in the order found:
   * only the rules whose findings changed are sorted again.
   */
  private assemble(): Finding[] {
    const list: Finding[] = [];
    for (const entry of this.inOrder) {
      if (!entry.sorted) {
        if ('all' in entry) entry.sorted = [...entry.all].sort(compareFindings);
        else {
          const found: Finding[] = [];
          const anchors = [...entry.byAnchor.keys()].sort((a, b) => this.position.get(a)! - this.position.get(b)!);
          for (const anchor of anchors) found.push(...entry.byAnchor.get(anchor)!);
          entry.sorted = found.sort(compareFindings);
        }
      }
      for (const finding of entry.sorted) list.push(finding);
    }
    return list;
  }

}

function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  return a.length === b.length && a.every((f, i) => {
    const g = b[i]!;
    return f.rule === g.rule && f.message === g.message && f.fix === g.fix && f.nodes.length === g.nodes.length && f.nodes.every((n, j) => n === g.nodes[j]);
  });
}
