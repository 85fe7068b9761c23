import type { Role } from '@scaleboard/protocol';

/**
 * "These keys of this board no longer open it": after a key rotation (the roles that used the
 * old key) or a deletion (every role). Every instance closes the live connections it holds for
 * those roles when it hears one.
 */
export interface Revocation {
  boardId: string;
  roles: Role[];
  reason: RevocationReason;
}

export type RevocationReason = 'key-rotated' | 'board-deleted';

export type RevocationListener = (revocation: Revocation) => void;

/** Carries revocations to every instance: in-process by default, Redis pub/sub in the scale-out. */
export interface RevocationBus {
  publish(revocation: Revocation): Promise<void>;
  /** Hears revocations published by other instances (not this one's own). */
  subscribe(listener: RevocationListener): Promise<void>;
  /** Called after the bus reconnects: messages sent while it was away are lost, so look again. */
  onReconnect(listener: () => void): void;
  close(): Promise<void>;
}

const REASONS: readonly RevocationReason[] = ['key-rotated', 'board-deleted'];
const ROLES: readonly Role[] = ['owner', 'editor', 'viewer'];

/** Reads a revocation off the wire; anything else is null (a bus carries only these). */
export function parseRevocation(text: string): Revocation | null {
  try {
    const value = JSON.parse(text) as Partial<Revocation>;
    if (typeof value.boardId !== 'string' || !REASONS.includes(value.reason as RevocationReason)) return null;
    if (!Array.isArray(value.roles) || !value.roles.every((role) => ROLES.includes(role))) return null;
    return { boardId: value.boardId, roles: value.roles, reason: value.reason as RevocationReason };
  } catch {
    return null;
  }
}
