import { reportWithAvailability, type AvailabilityReport, type Board, type Report } from '@scaleboard/rules';

/** Everything the rules package says about the live board, plus the board it was computed on. */
export interface BoardAnalysis extends Report {
  board: Board;
  availability: AvailabilityReport;
}

/**
 * The same `report()` the server's `GET /api/boards/:id/report` returns, plus the availability
 * the inspector shows. No rule logic here: this only calls the rules package.
 */
export function computeAnalysis(board: Board): BoardAnalysis {
  return { board, ...reportWithAvailability(board) };
}
