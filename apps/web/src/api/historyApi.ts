import type { HistoryResponse, TimelineResponse } from '@scaleboard/protocol';
import { readJson } from './boardsApi';
import { apiFetch } from './apiFetch';

/** How many versions one page of the history panel asks for. */
export const HISTORY_PAGE_SIZE = 50;

const historyPath = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}/history`;
/** Any key reads the history; it goes in the Authorization header, never in the URL. */
const auth = (key: string) => ({ Authorization: `Bearer ${key}` });

/** `GET /api/boards/:id/history?before=&limit=`: one page of versions, newest first. */
export async function fetchHistory(boardId: string, key: string, before?: number, signal?: AbortSignal): Promise<HistoryResponse> {
  const query = new URLSearchParams({ limit: String(HISTORY_PAGE_SIZE), ...(before === undefined ? {} : { before: String(before) }) });
  const response = await apiFetch(`${historyPath(boardId)}?${query}`, { headers: auth(key), ...(signal ? { signal } : {}) });
  return readJson<HistoryResponse>(response);
}

/** `GET …/history/timeline`: the versions (at most MAX_TIMELINE_POINTS) with their findings count and interview phase, oldest first. */
export async function fetchTimeline(boardId: string, key: string, signal?: AbortSignal): Promise<TimelineResponse> {
  const response = await apiFetch(`${historyPath(boardId)}/timeline`, { headers: auth(key), ...(signal ? { signal } : {}) });
  return readJson<TimelineResponse>(response);
}

/** `GET …/history/:version/export.json`: the board file as it was (parse it before use). */
export async function fetchVersionFile(boardId: string, key: string, version: number, signal?: AbortSignal): Promise<unknown> {
  const response = await apiFetch(`${historyPath(boardId)}/${version}/export.json`, { headers: auth(key), ...(signal ? { signal } : {}) });
  return readJson<unknown>(response);
}

/** `POST …/history/:version/label` with an edit or owner key: names the version. */
export async function labelVersion(boardId: string, key: string, version: number, label: string): Promise<void> {
  const response = await apiFetch(`${historyPath(boardId)}/${version}/label`, {
    method: 'POST',
    headers: { ...auth(key), 'Content-Type': 'application/json' },
    body: JSON.stringify({ label }),
  });
  await readJson(response);
}

/**
 * `GET …/history?limit=1`: whether `key` still opens the board's history (a replay link the owner
 * revoked answers 403 `replay-link-revoked`, an ApiError). The replay page asks it now and then.
 */
export async function checkHistoryAccess(boardId: string, key: string, signal?: AbortSignal): Promise<void> {
  const response = await fetch(`${historyPath(boardId)}?limit=1`, { headers: auth(key), ...(signal ? { signal } : {}) });
  await readJson<HistoryResponse>(response);
}
