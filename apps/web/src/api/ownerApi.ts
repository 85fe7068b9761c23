import type { CreateReplayLinkResponse, ErrorResponse, ReplayLinkInfo, ReplayLinksResponse, RotatableKeyKind, RotateKeyResponse } from '@scaleboard/protocol';
import { ApiError } from './boardsApi';
import { apiFetch } from './apiFetch';

async function failure(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => null)) as ErrorResponse | null;
  return new ApiError(response.status, body?.error.code ?? 'http-error', body?.error.message ?? response.statusText);
}

/** `POST /api/boards/:id/keys/:kind/rotate` with the owner key: the new key; the old one stops working. */
export async function rotateKey(id: string, ownerKey: string, kind: RotatableKeyKind): Promise<RotateKeyResponse> {
  const response = await apiFetch(`/api/boards/${encodeURIComponent(id)}/keys/${kind}/rotate`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${ownerKey}` },
  });
  if (!response.ok) throw await failure(response);
  return (await response.json()) as RotateKeyResponse;
}

/** `DELETE /api/boards/:id` with the owner key. */
export async function deleteBoard(id: string, ownerKey: string): Promise<void> {
  const response = await apiFetch(`/api/boards/${encodeURIComponent(id)}`, { method: 'DELETE', headers: { Authorization: `Bearer ${ownerKey}` } });
  if (!response.ok) throw await failure(response);
}

const replayLinksPath = (id: string) => `/api/boards/${encodeURIComponent(id)}/replay-links`;

/** `POST /api/boards/:id/replay-links` with the owner key: a new replay link; its token is in this answer only. */
export async function createReplayLink(id: string, ownerKey: string, includeNotes: boolean): Promise<CreateReplayLinkResponse> {
  const response = await fetch(replayLinksPath(id), {
    method: 'POST',
    headers: { Authorization: `Bearer ${ownerKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ includeNotes }),
  });
  if (!response.ok) throw await failure(response);
  return (await response.json()) as CreateReplayLinkResponse;
}

/** `GET /api/boards/:id/replay-links` with the owner key: the board's links, oldest first, without tokens. */
export async function listReplayLinks(id: string, ownerKey: string, signal?: AbortSignal): Promise<ReplayLinkInfo[]> {
  const response = await fetch(replayLinksPath(id), { headers: { Authorization: `Bearer ${ownerKey}` }, ...(signal ? { signal } : {}) });
  if (!response.ok) throw await failure(response);
  return ((await response.json()) as ReplayLinksResponse).links;
}

/** `DELETE /api/boards/:id/replay-links/:linkId` with the owner key: the link stops working at once. */
export async function revokeReplayLink(id: string, ownerKey: string, linkId: string): Promise<void> {
  const response = await fetch(`${replayLinksPath(id)}/${encodeURIComponent(linkId)}`, { method: 'DELETE', headers: { Authorization: `Bearer ${ownerKey}` } });
  if (!response.ok) throw await failure(response);
}
