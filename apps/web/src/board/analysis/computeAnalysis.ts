import type { AvailabilityReport, Board, Lang, LiveAnalysis, Report } from '@scaleboard/rules';

/** Everything the rules package says about the live board, plus the board it was computed on. */
export interface BoardAnalysis extends Report {
  board: Board;
  availability: AvailabilityReport;
  /** The language its findings are said in. */
  lang: Lang;
}

/**
 * The same `report()` the server's `GET /api/boards/:id/report` returns, plus the availability
 * the inspector shows, from the board's live analysis: it re-derives only what the edit since the
 * last board changed (docs/BENCHMARKS.md). No rule logic here: this only calls the rules package.
 */
export function computeAnalysis(live: LiveAnalysis, board: Board, lang: Lang): BoardAnalysis {
  return { board, lang, ...live.update(board) };
}
