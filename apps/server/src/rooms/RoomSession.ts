import { SYNC_CLOSE_CODES, type Role } from '@scaleboard/protocol';

/** One connection to a board's document, as the room sees it: the transport stays outside. */
export interface RoomSession {
  readonly id: string;
  /** What the key gave: a viewer receives everything and every update it sends is dropped; only the owner may lead. */
  readonly role: Role;
  send(message: Uint8Array): void;
  /** Ends the connection with a reason the client can read (a websocket close reason). */
  close(code: number, reason: string): void;
}

/** Websocket close codes the sync endpoint uses: the protocol's, which the web app reads too. */
export const CLOSE_CODES = SYNC_CLOSE_CODES;
