import type { ErrorResponse, RotatableKeyKind, RotateKeyResponse } from '@scaleboard/protocol';
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
