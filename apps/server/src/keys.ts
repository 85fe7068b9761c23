import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Role } from '@scaleboard/protocol';
import type { KeyHashes } from './storage/BoardStore';

/** 256 random bits, URL-safe: a key can travel in a link fragment or a query string. */
export function generateKey(): string {
  return randomBytes(32).toString('base64url');
}

/** Board ids are public (they name the room) but unguessable anyway. */
export function generateBoardId(): string {
  return randomBytes(12).toString('base64url');
}

/** Keys are stored only as this hash. @example hashKey('abc').length // 64 */
export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/**
 * The role a key grants on a board, or null. Compares every hash in constant time so the
 * answer's timing says nothing about which key, if any, nearly matched.
 */
export function roleForKey(hashes: KeyHashes, key: string): Role | null {
  const candidate = Buffer.from(hashKey(key), 'hex');
  const matches = (stored: string) => {
    const storedBytes = Buffer.from(stored, 'hex');
    return storedBytes.length === candidate.length && timingSafeEqual(storedBytes, candidate);
  };
  const owner = matches(hashes.owner);
  const edit = matches(hashes.edit);
  const view = matches(hashes.view);
  if (owner) return 'owner';
  if (edit) return 'editor';
  if (view) return 'viewer';
  return null;
}

const KEY_OF_ROLE = { owner: 'owner', editor: 'edit', viewer: 'view' } as const satisfies Record<Role, keyof KeyHashes>;

/**
 * The stored hash of the key that gives `role`: what a live session remembers, so a later
 * check can tell whether its key still opens the board.
 *
 * @example keyHashForRole(board.keyHashes, 'editor') === board.keyHashes.edit
 */
export function keyHashForRole(hashes: KeyHashes, role: Role): string {
  return hashes[KEY_OF_ROLE[role]];
}

/** The key of an `Authorization: Bearer KEY` header. @example bearerKey('Bearer abc') // 'abc' */
export function bearerKey(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}
