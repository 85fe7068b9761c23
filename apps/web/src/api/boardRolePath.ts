/** `GET /api/boards/:id?fields=role`: the role a key gives, without the title (boardsApi.ts, earlyRole.ts). */
export function boardRolePath(id: string): string {
  return `/api/boards/${encodeURIComponent(id)}?fields=role`;
}
