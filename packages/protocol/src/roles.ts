/** What a key lets its holder do on a board. */
export const ROLES = ['owner', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** @example canEdit('viewer') // false */
export function canEdit(role: Role): boolean {
  return role !== 'viewer';
}
