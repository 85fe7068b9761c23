import type { AvailabilityReport } from '../availability/availability';
import type { Board } from '../boardSchema';
import type { Estimate } from '../estimate/estimate';
import type { RuleContext } from '../findings/finding';
import type { BoardGraph, GraphNode } from '../graph/boardGraph';
import { namesOver } from '../i18n/componentNames';
import type { Lang } from '../i18n/lang';
import type { Report } from '../report';
import type { LiveCost } from './liveCost';
import type { LiveFindings } from './liveFindings';
import type { LiveLatency } from './liveLatency';
import type { LiveLoad } from './liveLoad';
import { alongEdges, LiveReach } from './liveReach';
import type { LiveStages } from './liveStages';

// The state a LiveAnalysis keeps between edits, shared by its props half (LiveAnalysis.ts) and its
// structural half (structuralEdit.ts), and what both derive from it: the rules' context, the report.

/** What `reportWithAvailability` returns, kept live. */
export interface LiveReport extends Report {
  availability: AvailabilityReport;
}

/**
 * The components whose findings, load or props may differ from the previous report: `'all'` after
 * a rebuild. What a view of per-component marks (badges, load) needs to redo.
 */
export type Touched = ReadonlySet<string> | 'all';

/** Everything built from one structure of the board, kept while only props and labels change. */
export interface Live {
  graph: BoardGraph;
  /** Where requests enter (`entries`), by id. */
  entries: string[];
  estimate: Estimate;
  load: LiveLoad;
  /** The components a request can touch (`requestPath`). */
  path: LiveReach;
  /** The availability of the request path's stages. */
  stages: LiveStages;
  latency: LiveLatency;
  cost: LiveCost;
  findings: LiveFindings;
  /** What the rules keep per structure (`ctx.structural`), by key. */
  memo: Map<string, unknown>;
  /** The reaches the rules asked for (`ctx.reachableFrom`), by kind and edge kinds. */
  reaches: Map<string, LiveReach>;
  /** Component ids by trimmed label, for naming (`componentNames`). */
  labels: Map<string, Set<string>>;
  ctx: RuleContext;
  /** Each component's place in the board's order (the graph's); one added comes last. */
  position: Map<string, number>;
  nextPosition: number;
  /** The ids of the board's nodes (groups and notes included). */
  ids: Set<string>;
}

/** What the rules read of a board, over the live state (the structure's memos start empty). */
export function contextOf(live: Live, board: Board, lang: Lang): RuleContext {
  const { graph, labels } = live;
  const memo = new Map<string, unknown>();
  live.memo = memo;
  return {
    board,
    graph,
    lang,
    names: namesOver(graph.nodes, (label) => labels.get(label)?.size ?? 0, lang),
    requestPath: live.path.reached,
    load: () => live.load.load,
    availability: () => live.stages.availability,
    latency: () => live.latency.latency,
    anchors: { [Symbol.iterator]: () => graph.nodes.values() },
    structural: <T>(key: string, compute: () => T): T => {
      if (!memo.has(key)) memo.set(key, compute());
      return memo.get(key) as T;
    },
    reachableFrom: (kind, along) => {
      const key = `${kind}:${along.join()}`;
      let reach = live.reaches.get(key);
      if (!reach) live.reaches.set(key, (reach = new LiveReach(graph, alongEdges((node) => node.kind === kind, along))));
      return reach.reached;
    },
  };
}

/** The report the live state holds now. */
export function reportOf(live: Live): LiveReport {
  return { findings: live.findings.findings, estimate: live.estimate, load: live.load.load, latency: live.latency.latency, cost: live.cost.cost, availability: live.stages.availability };
}

export function addLabel(labels: Map<string, Set<string>>, node: GraphNode): void {
  const label = node.label.trim();
  if (!label) return;
  const ids = labels.get(label);
  if (ids) ids.add(node.id);
  else labels.set(label, new Set([node.id]));
}

/**
 * Changes a component's label and notes whose names read differently: its own, and those of the
 * components that share the old or the new label when that label goes from one user to several or
 * back (`componentNames` adds the kind to repeated labels).
 */
export function rename(labels: Map<string, Set<string>>, node: GraphNode, label: string, renamed: Set<string>, from = node.label): void {
  const before = from.trim();
  const after = label.trim();
  renamed.add(node.id);
  if (before) {
    const ids = labels.get(before)!;
    ids.delete(node.id);
    if (ids.size === 0) labels.delete(before);
    else if (ids.size === 1) for (const id of ids) renamed.add(id);
  }
  node.label = label;
  addLabel(labels, node);
  const sharing = after ? labels.get(after) : undefined;
  if (sharing && sharing.size === 2) for (const id of sharing) renamed.add(id);
}

