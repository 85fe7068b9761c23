import { DEFAULT_LANG, say, type Message } from '@scaleboard/rules';

/**
 * Why a board operation was refused. Each reason is also the error `code` a client reads
 * (REST's `{ error: { code } }`); the transport decides the status (http/HttpError.ts).
 */
export type BoardsErrorReason = 'invalid-board' | 'unknown-template' | 'board-too-large' | 'not-found' | 'too-many-replay-links';

/**
 * A refusal of the boards domain, with a message safe to show and the request field it is about.
 * A message given as a resource (`{ key: 'errors.boardTooLarge', params }`) is said in the
 * request's language by the transport; `message` is its English.
 *
 * @example throw new BoardsError('unknown-template', { key: 'errors.unknownTemplate', params: { template: 'x' } }, 'template')
 */
export class BoardsError extends Error {
  readonly said: Message | undefined;

  constructor(
    readonly reason: BoardsErrorReason,
    message: string | Message,
    readonly path?: string,
  ) {
    super(typeof message === 'string' ? message : say(DEFAULT_LANG, message));
    this.said = typeof message === 'string' ? undefined : message;
  }
}
