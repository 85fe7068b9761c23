import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { REPLAY_TOKEN_PREFIX, type Role } from '@scaleboard/protocol';
import type { KeyHashes } from './storage/BoardStore';

/** 256 random bits, URL-safe: a key can travel in a link fragment or a query string. */
export function generateKey(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * A replay link's token: a key with REPLAY_TOKEN_PREFIX in front, so it can never be taken for
 * (or collide with) a board key, and a server can tell the two apart before any lookup.
 */
export function generateReplayToken(): string {
  return REPLAY_TOKEN_PREFIX + generateKey();
}

/** @example isReplayToken('replay.abc') // true */
export function isReplayToken(key: string): boolean {
  return key.startsWith(REPLAY_TOKEN_PREFIX);
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
  const matches = keyMatcher(key);
  const owner = matches(hashes.owner);
  const edit = matches(hashes.edit);
  const view = matches(hashes.view);
  if (owner) return 'owner';
  if (edit) return 'editor';
  if (view) return 'viewer';
  return null;
}

/**
 * Compares `key` with stored hashes in constant time: the one comparison behind the board keys
 * and the replay links. Call it on every candidate (never stop at the first match), so the
 * timing says nothing about which one matched.
 *
 * @example const matches = keyMatcher(key); links.filter((l) => matches(l.tokenHash))
 */
export function keyMatcher(key: string): (storedHash: string) => boolean {
  const candidate = Buffer.from(hashKey(key), 'hex');
  return (storedHash) => {
    const storedBytes = Buffer.from(storedHash, 'hex');
    return storedBytes.length === candidate.length && timingSafeEqual(storedBytes, candidate);
  };
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
