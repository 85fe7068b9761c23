import type { AvailabilityReport } from '../availability/availability';
import type { Board } from '../boardSchema';
import type { LatencyReport } from '../latency/latency';
import type { BoardGraph, GraphNode } from '../graph/boardGraph';
import type { ComponentNames } from '../i18n/componentNames';
import type { Lang } from '../i18n/lang';
import type { Message } from '../i18n/translate';
import type { EdgeKind, NodeKind } from '../kinds';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** One problem in a design, as `scaleboard check --format json` prints it. */
export interface Finding {
  rule: string;
  severity: Severity;
  /** Ids of the components involved, in board order. */
  nodes: string[];
  /** What is wrong, in the language asked for, naming components by their labels. */
  message: string;
  /** What to do about it, in the same language. */
  fix: string;
}

/** What a rule reports; `analyze` adds the rule id and severity and says the messages in a language. */
export interface RuleHit {
  nodes: string[];
  message: Message;
  /** Overrides the rule's generic fix when the hit knows better (e.g. the instance count that fits). */
  fix?: Message;
}

/** Per-node load, as computed by `propagate`. */
export interface NodeLoad {
  qps: number;
  utilization: number;
}
export type LoadMap = Record<string, NodeLoad>;

/** Shared, lazily computed views of one board so no rule recomputes what another already did. */
export interface RuleContext {
  board: Board;
  graph: BoardGraph;
  /** Components a request can touch (see `requestPath`). */
  requestPath: ReadonlySet<string>;
  load(): LoadMap;
  availability(): AvailabilityReport;
  latency(): LatencyReport;
  /** The language findings are said in, and the components' names in it. */
  lang: Lang;
  names: ComponentNames;
  /**
   * The components a rule with `local` reports on: every component for `analyze`, only those an
   * edit can have changed when the live analysis re-checks (see `RuleLocality`).
   */
  anchors: Iterable<GraphNode>;
  /**
   * A value that depends only on the board's structure — which components there are, their kinds
   * and groups, and the edges; never props or labels — computed once per key and, in the live
   * analysis, computed again after a structural edit. A rule with `local` keeps a Set of ids here:
   * the live analysis re-checks the ids that came or went (any other value rebuilds the findings).
   */
  structural<T>(key: string, compute: () => T): T;
  /**
   * The components reachable from every component of `kind` along edges of `along` (`reachable`),
   * those of `kind` included: a structural fact the live analysis keeps up to date through
   * structural edits in the time of what they reach, re-checking the ids that came or went.
   */
  reachableFrom(kind: NodeKind, along: readonly EdgeKind[]): ReadonlySet<string>;
}

/**
 * What a rule's hits depend on, so the live analysis (incremental/LiveAnalysis) re-checks only the
 * components an edit can have changed. A rule that declares it promises: it iterates
 * `ctx.anchors` (never `graph.nodes`) for the components it reports on; each hit's first node is the
 * anchor it was found at; and an anchor's hits depend only on the structure (`ctx.structural`),
 * the names of the anchor and its direct neighbours, the `props` listed here (`instances`
 * included) of the anchor — and with `radius: 1` of its direct neighbours — and, with `load`, on
 * the anchor's load. Of the structure, it reads the edges of the anchor and of its direct
 * neighbours, which components are on `ctx.requestPath` within two edges of it, `graph.hasKind`,
 * and anything further only through `ctx.reachableFrom` or `ctx.structural` as a Set of ids (a
 * structural edit re-checks the anchors within two edges of it and the members of such a set that
 * came or went).
 */
export interface RuleLocality {
  props: readonly string[];
  radius: 0 | 1;
  load?: true;
}

/** A design rule: one module, like an ESLint rule — id, docs, examples and the check itself. */
export interface Rule {
  id: string;
  severity: Severity;
  /**
   * Its title, the note's idea it comes from, why it matters and the generic fix live in the
   * resources under `rules.<id>` in every language (see `ruleText`), beside the messages it says.
   */
  /** A board that triggers the rule. */
  example: Board;
  /** A board close to the example that does not. */
  nearMiss: Board;
  check(ctx: RuleContext): RuleHit[];
  /** Left out, the rule is re-run on the whole board after every edit (right for board-wide rules). */
  local?: RuleLocality;
}
