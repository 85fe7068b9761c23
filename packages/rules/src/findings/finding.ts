import type { AvailabilityReport } from '../availability/availability';
import type { Board } from '../boardSchema';
import type { BoardGraph } from '../graph/boardGraph';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** One problem in a design, as `scaleboard check --format json` prints it. */
export interface Finding {
  rule: string;
  severity: Severity;
  /** Ids of the components involved, in board order. */
  nodes: string[];
  message: string;
  fix: string;
}

/** What a rule reports; `analyze` adds the rule id and severity. */
export interface RuleHit {
  nodes: string[];
  message: string;
  /** Overrides the rule's generic fix when the hit knows better (e.g. the instance count that fits). */
  fix?: string;
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
}

/** A design rule: one module, like an ESLint rule — id, docs, examples and the check itself. */
export interface Rule {
  id: string;
  severity: Severity;
  title: string;
  /** The domain note's idea this rule comes from (DOMAIN.md chapter 1). */
  idea: string;
  /** Why it matters, in a few sentences, for docs and the findings panel. */
  explanation: string;
  fix: string;
  /** A board that triggers the rule. */
  example: Board;
  /** A board close to the example that does not. */
  nearMiss: Board;
  check(ctx: RuleContext): RuleHit[];
}
