/**
 * The websocket close codes of the sync endpoint (`/yjs/:id`), with what each tells a client: the
 * server closes with them, the web app decides by them whether to reconnect.
 */
export const SYNC_CLOSE_CODES = {
  /** The message could not be decoded or broke the protocol. */
  badMessage: 1003,
  /** The server is stopping or could not keep the board; reconnect (maybe elsewhere). */
  goingAway: 1001,
  /** The server failed to persist; reconnecting resends the client's state. */
  tryAgain: 1013,
  /** Over a limit: updates per second, board size or element count. */
  policy: 1008,
  /** The key this connection opened the board with was rotated; the old link no longer works. */
  revoked: 4001,
  /** The client read slower than the server sent: its send buffer reached MAX_SEND_BUFFER_BYTES. Reconnecting is fine. */
  slowConsumer: 4008,
  /** The owner deleted the board. */
  deleted: 4004,
} as const;
