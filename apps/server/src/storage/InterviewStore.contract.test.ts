import { openDatabase } from '@scaleboard/db';
import { createTempDataDir, createTestDatabase, type TempDataDir, type TestDatabase } from '@scaleboard/db/testing';
import { describeInterviewStoreContract } from '../../test/storage/describeInterviewStoreContract';
import { memoryStores, prismaStores } from './Stores';

describeInterviewStoreContract('MemoryInterviewStore', { open: async () => memoryStores() });

let dataDir: TempDataDir;
describeInterviewStoreContract('PrismaInterviewStore on embedded PGlite', {
  async open() {
    dataDir = await createTempDataDir();
    return prismaStores(await openDatabase({ dataDir: dataDir.path }));
  },
  cleanup: () => dataDir.remove(),
  cascades: true,
});

let database: TestDatabase;
describeInterviewStoreContract('PrismaInterviewStore on PostgreSQL', {
  async open() {
    database = await createTestDatabase();
    return prismaStores(await openDatabase({ databaseUrl: database.url, dataDir: 'unused' }));
  },
  cleanup: () => database.drop(),
  cascades: true,
});
