import type { InterviewNotes, InterviewSnapshotResponse, InterviewStateMessage, NoteRevisionsResponse } from '@scaleboard/protocol';
import { apiFetch } from '../../api/apiFetch';

/** REST calls of interview mode; the key goes in the Authorization header, never in the URL. */
async function call<T>(boardId: string, key: string, path: string, init: RequestInit = {}): Promise<T> {
  const response = await apiFetch(`/api/boards/${encodeURIComponent(boardId)}/interview${path}`, {
    ...init,
    headers: { authorization: `Bearer ${key}`, ...(init.body ? { 'content-type': 'application/json' } : {}) },
  });
  if (!response.ok) throw new Error(`${response.status}`);
  return (await response.json()) as T;
}

export const interviewApi = {
  state: (boardId: string, key: string) => call<InterviewStateMessage>(boardId, key, ''),
  notes: (boardId: string, key: string) => call<InterviewNotes>(boardId, key, '/notes'),
  saveNotes: (boardId: string, key: string, notes: InterviewNotes) =>
    call<InterviewNotes>(boardId, key, '/notes', { method: 'PUT', body: JSON.stringify(notes) }),
  /** Every saved revision of the notes and rubric, oldest first (owner key only). */
  noteRevisions: (boardId: string, key: string, signal?: AbortSignal) =>
    call<NoteRevisionsResponse>(boardId, key, '/notes/revisions', signal ? { signal } : {}),
  snapshot: (boardId: string, key: string, phase: number) => call<InterviewSnapshotResponse>(boardId, key, `/snapshots/${phase}`),
  /** Downloads the Markdown wrap-up (with notes and rubric only when `key` is the owner's). */
  async downloadSummary(boardId: string, key: string): Promise<void> {
    const response = await apiFetch(`/api/boards/${encodeURIComponent(boardId)}/interview/summary.md`, { headers: { authorization: `Bearer ${key}` } });
    if (!response.ok) throw new Error(`${response.status}`);
    const name = /filename="?([^";]+)"?/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'interview.md';
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    URL.revokeObjectURL(url);
  },
};
