/**
 * Carries a board's accepted updates and awareness changes to the other instances serving it.
 * Redis in the scale-out; in-process in the embedded default. It is the fast path only:
 * the durable log is the truth, and rooms catch up from it when the relay may have dropped
 * messages (`onReconnect`).
 */
export type RelayKind =
  | 'update'
  | 'awareness'
  /** A room opening the board asks the others to store what they accepted (payload: the request's id; StoreRequest). */
  | 'store'
  /** An instance has stored everything it had accepted when it heard the request (payload: the request's id). */
  | 'stored';

/** `sentAt` is the publisher's clock (ms since epoch), for the relay-lag metric. */
export type RelayListener = (kind: RelayKind, payload: Uint8Array, sentAt: number) => void;

export interface RoomRelay {
  /** Starts delivering the board's messages from other instances; resolves once subscribed. */
  subscribe(boardId: string, listener: RelayListener): Promise<() => void>;
  /**
   * Sends to the other instances that have the board open; resolves with how many received it
   * (0: nobody else has the board open now), or undefined when that is not known (a failed publish).
   */
  publish(boardId: string, kind: RelayKind, payload: Uint8Array): Promise<number | undefined>;
  /** Called after the relay lost its connection and got it back: messages may have been missed. */
  onReconnect(listener: () => void): void;
}
