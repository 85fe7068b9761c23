import { reportWithAvailability, type AvailabilityReport, type Board, type Lang, type Report } from '@scaleboard/rules';

/** Everything the rules package says about the live board, plus the board it was computed on. */
export interface BoardAnalysis extends Report {
  board: Board;
  availability: AvailabilityReport;
  /** The language its findings are said in. */
  lang: Lang;
}

/**
 * The same `report()` the server's `GET /api/boards/:id/report` returns, plus the availability
 * the inspector shows. No rule logic here: this only calls the rules package.
 */
export function computeAnalysis(board: Board, lang: Lang = 'en'): BoardAnalysis {
  return { board, lang, ...reportWithAvailability(board, { lang }) };
}
