import type { Role } from '@scaleboard/protocol';
import type { BoardKeys } from '@scaleboard/protocol';
import { boardPath } from '../../landing/recentBoards';

export type LinkKind = 'edit' | 'view' | 'owner';

/**
 * The links this holder can hand out. The owner's browser kept every key when it created the
 * board; it also shows the owner link (last), so the owner can open the board as owner on another
 * device. Anyone else only has the key in their own link, so that is all they can share.
 */
export function shareLinks(origin: string, boardId: string, key: string, role: Role, keys?: BoardKeys): Array<{ kind: LinkKind; url: string }> {
  const url = (k: string) => origin + boardPath(boardId, k);
  if (role === 'owner' && keys && keys.owner === key) return [{ kind: 'edit', url: url(keys.edit) }, { kind: 'view', url: url(keys.view) }, { kind: 'owner', url: url(keys.owner) }];
  if (role === 'owner') return [{ kind: 'owner', url: url(key) }];
  return [{ kind: role === 'editor' ? 'edit' : 'view', url: url(key) }];
}
