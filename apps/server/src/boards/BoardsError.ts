/**
 * Why a board operation was refused. Each reason is also the error `code` a client reads
 * (REST's `{ error: { code } }`); the transport decides the status (http/HttpError.ts).
 */
export type BoardsErrorReason = 'invalid-board' | 'unknown-template' | 'board-too-large' | 'not-found' | 'too-many-replay-links';

/**
 * A refusal of the boards domain, with a message safe to show and the request field it is about.
 *
 * @example throw new BoardsError('unknown-template', 'There is no template "x".', 'template')
 */
export class BoardsError extends Error {
  constructor(
    readonly reason: BoardsErrorReason,
    message: string,
    readonly path?: string,
  ) {
    super(message);
  }
}
