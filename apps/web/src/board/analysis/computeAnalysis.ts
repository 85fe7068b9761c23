import type { DrillRecord } from '@scaleboard/protocol';
import { reportWithAvailability, simulate, type AvailabilityReport, type Board, type Lang, type Report } from '@scaleboard/rules';

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
}

const NONE: readonly string[] = [];

/**
 * The same `report()` the server's `GET /api/boards/:id/report` returns, plus the availability
 * the inspector shows; under a drill, the rules' `simulate` of its scenario instead (findings of
 * the drill first, the load under the scenario, what failed). No rule logic here: this only calls
 * the rules package. Ids of the drill the board no longer has (the candidate deleted them) are
 * ignored by `simulate`.
 */
export function computeAnalysis(board: Board, lang: Lang = 'en', drill: DrillRecord | null = null): BoardAnalysis {
  if (drill) return { board, lang, drill, ...simulate(board, drill.scenario, { lang }) };
  return { board, lang, drill: null, failed: NONE, ...reportWithAvailability(board, { lang }) };
}
