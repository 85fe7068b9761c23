import type { AvailabilityReport, Board, Lang, LiveAnalysis, Report, Touched } from '@scaleboard/rules';

/** Everything the rules package says about the live board, plus the board it was computed on. */
export interface BoardAnalysis extends Report {
  board: Board;
  availability: AvailabilityReport;
  /** The language its findings are said in. */
  lang: Lang;
  /** Counts the analyses of one document, so a reader can tell whether `basis` is the one it last saw. */
  version: number;
  /** The version this one was updated from (-1 for a fresh analysis), and the nodes whose findings, load or props can differ from it. */
  basis: number;
  touched: Touched;
}

/**
 * The same `report()` the server's `GET /api/boards/:id/report` returns, plus the availability
 * the inspector shows, from the board's live analysis: it re-derives only what the edit since the
 * last board changed (docs/BENCHMARKS.md). No rule logic here: this only calls the rules package.
 */
export function computeAnalysis(live: LiveAnalysis, board: Board, lang: Lang, version: number, basis: number): BoardAnalysis {
  const report = live.update(board);
  return { board, lang, ...report, version, basis, touched: live.touched };
}
