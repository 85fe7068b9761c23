import { createTempDataDir, createTestDatabase, type TempDataDir, type TestDatabase } from '@scaleboard/db/testing';
import { describeInterviewStoreContract } from './describeInterviewStoreContract';
import { interviewStoreFor } from './interviewStoreFor';
import { MemoryBoardStore } from './MemoryBoardStore';
import { PrismaBoardStore } from './PrismaBoardStore';

describeInterviewStoreContract('MemoryInterviewStore', {
  async open() {
    const boards = new MemoryBoardStore();
    return { boards, interviews: interviewStoreFor(boards) };
  },
});

let dataDir: TempDataDir;
describeInterviewStoreContract('PrismaInterviewStore on embedded PGlite', {
  async open() {
    dataDir = await createTempDataDir();
    const boards = await PrismaBoardStore.open({ dataDir: dataDir.path });
    return { boards, interviews: interviewStoreFor(boards) };
  },
  cleanup: () => dataDir.remove(),
});

let database: TestDatabase;
describeInterviewStoreContract('PrismaInterviewStore on PostgreSQL', {
  async open() {
    database = await createTestDatabase();
    const boards = await PrismaBoardStore.open({ databaseUrl: database.url, dataDir: 'unused' });
    return { boards, interviews: interviewStoreFor(boards) };
  },
  cleanup: () => database.drop(),
});
