import type { Database } from '@scaleboard/db';
import type { ReplayLinkStore, StoredReplayLink } from './ReplayLinkStore';

/** Advisory-lock class of "adding a board's replay link" (the board id's hash is the other key). */
const REPLAY_LINKS_LOCK_CLASS = 0x5342524c; // "SBRL"

/** ReplayLinkStore on the same Prisma database as the boards (embedded PGlite or PostgreSQL). */
export class PrismaReplayLinkStore implements ReplayLinkStore {
  constructor(private readonly db: Database) {}

  async addLink(boardId: string, { id, tokenHash, includeNotes, createdAt }: StoredReplayLink, max: number): Promise<boolean> {
    return this.db.prisma.$transaction(async (tx) => {
      // Count and insert under one lock per board, so two instances cannot both add the last one.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${REPLAY_LINKS_LOCK_CLASS}::int4, hashtext(${boardId}::text))`;
      if ((await tx.replayLink.count({ where: { boardId } })) >= max) return false;
      await tx.replayLink.create({ data: { id, boardId, tokenHash, includeNotes, createdAt } });
      return true;
    });
  }

  async listLinks(boardId: string): Promise<StoredReplayLink[]> {
    return this.db.prisma.replayLink.findMany({
      where: { boardId },
      select: { id: true, tokenHash: true, includeNotes: true, createdAt: true },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  async deleteLink(boardId: string, id: string): Promise<boolean> {
    const { count } = await this.db.prisma.replayLink.deleteMany({ where: { boardId, id } });
    return count === 1;
  }
}
