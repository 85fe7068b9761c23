import type * as Y from 'yjs';
import { encodeIntegratedState } from '../sync/yMessages';

/** The encoding of a state vector that holds no client: a peer that has nothing yet. */
const EMPTY_STATE_VECTOR_LENGTH = 1;

/**
 * The room document's whole state, encoded once and kept until the document next changes: every
 * client that joins with nothing (each browser tab opening the board) is sent it as its sync
 * step 2, and the update guard builds its first shadow from it. Encoding a board walks all of
 * it; between edits (a classroom opening one board, a reconnect storm after a deploy) the same
 * bytes now serve them all. Any transaction of the document drops it (`afterTransaction` fires
 * without encoding anything, unlike `update`). What the document holds pending is not part of
 * it (`encodeIntegratedState`).
 *
 * @example const whole = new WholeState(doc); session.send(encodeSyncStep2(whole.missingFrom(stateVector)))
 */
export class WholeState {
  private encoded: Uint8Array | undefined;

  constructor(private readonly doc: Y.Doc) {
    doc.on('afterTransaction', this.invalidate);
  }

  /** The whole state as one update; the same bytes until the document changes (do not modify them). */
  get(): Uint8Array {
    return (this.encoded ??= encodeIntegratedState(this.doc));
  }

  /** What a peer whose state is `stateVector` lacks: the cached whole state for a peer that has nothing. */
  missingFrom(stateVector: Uint8Array): Uint8Array {
    if (stateVector.byteLength === EMPTY_STATE_VECTOR_LENGTH && stateVector[0] === 0) return this.get();
    return encodeIntegratedState(this.doc, stateVector);
  }

  destroy(): void {
    this.doc.off('afterTransaction', this.invalidate);
    this.encoded = undefined;
  }

  private readonly invalidate = (): void => {
    this.encoded = undefined;
  };
}
