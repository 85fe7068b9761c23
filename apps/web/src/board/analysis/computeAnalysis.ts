import type { DrillRecord } from '@scaleboard/protocol';
import { LiveAnalysis, simulate, type AvailabilityReport, type Board, type Lang, type Report, type Touched } from '@scaleboard/rules';

/** Everything the rules package says about the live board, plus the board it was computed on. */
export interface BoardAnalysis extends Report {
  board: Board;
  availability: AvailabilityReport;
  /** The language its findings are said in. */
  lang: Lang;
  /** The drill in play it was computed under, or null for the board as drawn. */
  drill: DrillRecord | null;
  /** Components that cannot serve under the drill (none without one). */
  failed: readonly string[];
  /** Counts the analyses of one document, so a reader can tell whether `basis` is the one it last saw. */
  version: number;
  /** The version this one was updated from (-1 for a fresh analysis or a drill's), and the nodes whose findings, load or props can differ from it. */
  basis: number;
  touched: Touched;
  /** Not analysed yet: a big board being opened is analysed once it is drawn (documentAnalysis.ts). No findings and no load meanwhile. */
  pending: boolean;
}

/** The document's live analysis, with the version this analysis gets and the one it was last updated to. */
export interface LiveSource {
  live: LiveAnalysis;
  version: number;
  basis: number;
}

const NONE: readonly string[] = [];

/**
 * The same `report()` the server's `GET /api/boards/:id/report` returns, plus the availability
 * the inspector shows. For the board as drawn it comes from the board's live analysis, which
 * re-derives only what the edit since the last board changed (docs/BENCHMARKS.md); under a drill
 * it is the rules' `simulate` of its scenario instead (findings of the drill first, the load under
 * the scenario, what failed), computed whole and leaving the live analysis where it was. No rule
 * logic here: this only calls the rules package. Ids of the drill the board no longer has (the
 * candidate deleted them) are ignored by `simulate`.
 *
 * @example computeAnalysis(board, 'ko', null, { live, version: 3, basis: 2 }).touched // Set { 'web1' }
 */
export function computeAnalysis(
  board: Board,
  lang: Lang = 'en',
  drill: DrillRecord | null = null,
  source?: LiveSource,
): BoardAnalysis {
  // Under a drill `source` is not read: a caller numbering its analyses sets `version` on the result.
  if (drill) return { board, lang, drill, ...simulate(board, drill.scenario, { lang }), version: 0, basis: -1, touched: 'all', pending: false };
  const { live, version, basis } = source ?? { live: new LiveAnalysis(board, { lang }), version: 0, basis: -1 };
  const report = live.update(board);
  return { board, lang, drill: null, failed: NONE, ...report, version, basis, touched: live.touched, pending: false };
}

/**
 * What is shown of `board` before the rules have read it: the report of a board with its
 * assumptions and nothing drawn (no findings, no load, the estimate of the assumptions alone), for
 * `board` itself, marked pending. A caller numbering its analyses sets `version`.
 *
 * @example pendingAnalysis(board, 'en', null).findings // []
 */
export function pendingAnalysis(board: Board, lang: Lang, drill: DrillRecord | null): BoardAnalysis {
  const nothingDrawn = computeAnalysis({ ...board, nodes: [], edges: [] }, lang);
  return { ...nothingDrawn, findings: [], board, drill, basis: -1, touched: 'all', pending: true };
}
