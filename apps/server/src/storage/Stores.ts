import type { Database } from '@scaleboard/db';
import type { BoardStore } from './BoardStore';
import type { InterviewStore } from './InterviewStore';
import { MemoryBoardStore } from './MemoryBoardStore';
import { MemoryInterviewStore } from './MemoryInterviewStore';
import { PrismaBoardStore } from './PrismaBoardStore';
import { PrismaInterviewStore } from './PrismaInterviewStore';

/**
 * The stores of one database: the boards and, beside them, the interviews. Opened together
 * by whoever chose the database, so nothing downstream has to ask which kind it got.
 */
export interface Stores {
  boards: BoardStore;
  interviews: InterviewStore;
}

/** Both stores on one Prisma database (embedded PGlite or PostgreSQL). @example prismaStores(await openDatabase(options)) */
export function prismaStores(db: Database): Stores {
  return { boards: new PrismaBoardStore(db), interviews: new PrismaInterviewStore(db) };
}

/**
 * Both in-memory twins, empty. Two apps given the same pair share boards and interviews, as two
 * instances on one PostgreSQL do.
 *
 * @example const app = createApp({ stores: memoryStores(), logger, limits })
 */
export function memoryStores(): Stores {
  return { boards: new MemoryBoardStore(), interviews: new MemoryInterviewStore() };
}
