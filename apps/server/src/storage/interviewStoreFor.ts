import type { BoardStore } from './BoardStore';
import type { InterviewStore } from './InterviewStore';
import { MemoryInterviewStore } from './MemoryInterviewStore';
import { PrismaBoardStore } from './PrismaBoardStore';
import { PrismaInterviewStore } from './PrismaInterviewStore';

const twins = new WeakMap<BoardStore, InterviewStore>();

/**
 * The interview store that lives beside `boards`: the same database for the Prisma store; for
 * any other store one in-memory twin per board store, so two test apps sharing a board store
 * also share interview state, as two instances on one PostgreSQL do.
 *
 * @example const interviews = interviewStoreFor(store);
 */
export function interviewStoreFor(boards: BoardStore): InterviewStore {
  if (boards instanceof PrismaBoardStore) return new PrismaInterviewStore(boards.db);
  let twin = twins.get(boards);
  if (!twin) twins.set(boards, (twin = new MemoryInterviewStore()));
  return twin;
}
