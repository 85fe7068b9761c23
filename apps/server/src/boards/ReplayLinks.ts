import { randomBytes } from 'node:crypto';
import { MAX_REPLAY_LINKS_PER_BOARD, replayPagePath, type CreateReplayLinkResponse, type ReplayLinkInfo } from '@scaleboard/protocol';
import { generateReplayToken, hashKey, keyMatcher } from '../keys';
import type { AccessResult } from '../rooms/BoardAccess';
import type { BoardStore } from '../storage/BoardStore';
import type { ReplayLinkStore, StoredReplayLink } from '../storage/ReplayLinkStore';
import { BoardsError } from './BoardsError';

export interface ReplayLinksDeps {
  boards: BoardStore;
  links: ReplayLinkStore;
}

const infoOf = ({ id, includeNotes, createdAt }: StoredReplayLink): ReplayLinkInfo => ({ id, includeNotes, createdAt: createdAt.toISOString() });

/**
 * Revocable replay links (docs/history.md#replay-links): the owner mints, lists and revokes
 * them; a link's token opens the board's history and replay as a viewer, never the live board.
 * Only each token's hash is stored, compared like the board keys (`keyMatcher`). Whether a
 * route accepts a replay link at all is the transport's choice (http/requireBoardKey).
 *
 * @example const { token } = await replayLinks.mint(boardId, { includeNotes: false });
 */
export class ReplayLinks {
  constructor(private readonly deps: ReplayLinksDeps) {}

  /** A new link; a `too-many-replay-links` BoardsError when the board has MAX_REPLAY_LINKS_PER_BOARD. */
  async mint(boardId: string, { includeNotes }: { includeNotes: boolean }): Promise<CreateReplayLinkResponse> {
    const token = generateReplayToken();
    const link: StoredReplayLink = { id: randomBytes(9).toString('base64url'), tokenHash: hashKey(token), includeNotes, createdAt: new Date() };
    if (!(await this.deps.links.addLink(boardId, link, MAX_REPLAY_LINKS_PER_BOARD)))
      throw new BoardsError('too-many-replay-links', { key: 'errors.tooManyReplayLinks', params: { limit: MAX_REPLAY_LINKS_PER_BOARD } });
    return { ...infoOf(link), token, path: replayPagePath(boardId, { key: token }) };
  }

  /** The board's links, oldest first, without their tokens. */
  async list(boardId: string): Promise<ReplayLinkInfo[]> {
    return (await this.deps.links.listLinks(boardId)).map(infoOf);
  }

  /** Revokes a link: every later request with it is refused. A `not-found` BoardsError for an unknown id. */
  async revoke(boardId: string, linkId: string): Promise<void> {
    if (!(await this.deps.links.deleteLink(boardId, linkId))) throw new BoardsError('not-found', { key: 'errors.replayLinkNotFound' }, 'linkId');
  }

  /** Does `token` open the board's history, as which link. An unknown board and an unknown or revoked token answer alike. */
  async access(boardId: string, token: string): Promise<AccessResult> {
    const board = await this.deps.boards.getBoard(boardId);
    if (!board) return { ok: false, reason: 'forbidden' };
    const matches = keyMatcher(token);
    const links = await this.deps.links.listLinks(boardId);
    // Every hash is compared (no early exit), as roleForKey does, so timing tells nothing.
    const matched = links.filter((link) => matches(link.tokenHash))[0];
    if (!matched) return { ok: false, reason: 'forbidden' };
    return { ok: true, board, role: 'viewer', keyHash: matched.tokenHash, replayLink: { id: matched.id, includeNotes: matched.includeNotes } };
  }
}
