import type { Database } from '@scaleboard/db';
import type { BoardStore } from './BoardStore';
import type { InterviewStore } from './InterviewStore';
import { MemoryBoardStore } from './MemoryBoardStore';
import { MemoryInterviewStore } from './MemoryInterviewStore';
import { MemoryReplayLinkStore } from './MemoryReplayLinkStore';
import { PrismaBoardStore } from './PrismaBoardStore';
import { PrismaInterviewStore } from './PrismaInterviewStore';
import { PrismaReplayLinkStore } from './PrismaReplayLinkStore';
import type { ReplayLinkStore } from './ReplayLinkStore';

/**
 * The stores of one database: the boards and, beside them, the interviews and replay links. Opened together
 * by whoever chose the database, so nothing downstream has to ask which kind it got.
 */
export interface Stores {
  boards: BoardStore;
  interviews: InterviewStore;
  replayLinks: ReplayLinkStore;
}

/** The stores on one Prisma database (embedded PGlite or PostgreSQL). @example prismaStores(await openDatabase(options)) */
export function prismaStores(db: Database): Stores {
  return { boards: new PrismaBoardStore(db), interviews: new PrismaInterviewStore(db), replayLinks: new PrismaReplayLinkStore(db) };
}

/**
 * The in-memory twins, empty. Two apps given the same stores share boards and interviews, as two
 * instances on one PostgreSQL do.
 *
 * @example const app = createApp({ stores: memoryStores(), logger, limits })
 */
export function memoryStores(): Stores {
  return { boards: new MemoryBoardStore(), interviews: new MemoryInterviewStore(), replayLinks: new MemoryReplayLinkStore() };
}
