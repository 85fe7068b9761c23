// The history REST contract (docs/history.md). Declared here until @scaleboard/protocol's rest.ts
// exports HistoryResponse and HistoryVersion; then this file goes and callers import those.

/** One point of a board's past. */
export interface HistoryVersion {
  /** Increases with every version; a log position, not a count. */
  version: number;
  /** When it was stored (ISO 8601). */
  at: string;
  /** Display names of the people whose edits it holds. */
  authors: string[];
  label: string | null;
}

/** `GET /api/boards/:id/history`: a page, newest first. */
export interface HistoryResponse {
  versions: HistoryVersion[];
  /** Pass as `before` for the next, older page; null when this page reaches the first version. */
  next: number | null;
}
