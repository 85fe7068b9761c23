import type { AvailabilityReport } from '../availability/availability';
import type { Board } from '../boardSchema';
import type { LatencyReport } from '../latency/latency';
import type { BoardGraph } from '../graph/boardGraph';
import type { ComponentNames } from '../i18n/componentNames';
import type { Lang } from '../i18n/lang';
import type { Message } from '../i18n/translate';

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
}
