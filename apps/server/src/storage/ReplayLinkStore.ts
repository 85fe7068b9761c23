/**
 * The replay links of boards (docs/history.md#replay-links): each a hash of its token (the token
 * itself is never stored, as with the board keys) and whether its replay shows the owner's
 * notes. Beside the BoardStore, as the InterviewStore is; Prisma and an in-memory twin, one
 * contract suite (test/storage/describeReplayLinkStoreContract.ts).
 */

export interface StoredReplayLink {
  id: string;
  tokenHash: string;
  includeNotes: boolean;
  createdAt: Date;
}

export interface ReplayLinkStore {
  /**
   * Adds `link` to the board unless the board already has `max` links; resolves to whether it
   * was added. Two instances adding at once cannot together pass `max`.
   */
  addLink(boardId: string, link: StoredReplayLink, max: number): Promise<boolean>;
  /** The board's links, oldest first. */
  listLinks(boardId: string): Promise<StoredReplayLink[]>;
  /** Deletes one link; false when the board has no link with that id. */
  deleteLink(boardId: string, id: string): Promise<boolean>;
}
