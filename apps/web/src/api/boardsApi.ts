import type { BoardRoleResponse, CreateBoardRequest, CreateBoardResponse, ErrorResponse } from '@scaleboard/protocol';
import { apiFetch } from './apiFetch';
import { boardRolePath } from './boardRolePath';

/** A REST failure with the server's error code (`unauthorized`, `not-found`…) and HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The JSON body of a successful response, or an ApiError with the server's code and message. */
export async function readJson<T>(response: Response): Promise<T> {
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as ErrorResponse | null)?.error;
    throw new ApiError(response.status, error?.code ?? 'http-error', error?.message ?? response.statusText);
  }
  return body as T;
}

/** `POST /api/boards` — blank, from a `template`, or importing a `board` file. */
export async function createBoard(request: CreateBoardRequest = {}): Promise<CreateBoardResponse> {
  const response = await apiFetch('/api/boards', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  });
  return readJson<CreateBoardResponse>(response);
}

/**
 * `GET /api/boards/:id?fields=role` — which role the key gives, without the title: the server
 * answers it from the board's record, without reading the document (the title comes with the sync).
 */
export async function fetchBoardRole(id: string, key: string, signal?: AbortSignal): Promise<BoardRoleResponse> {
  const response = await apiFetch(boardRolePath(id), {
    headers: { Authorization: `Bearer ${key}` },
    ...(signal ? { signal } : {}),
  });
  return readJson<BoardRoleResponse>(response);
}
