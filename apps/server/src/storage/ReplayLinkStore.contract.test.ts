import { openDatabase } from '@scaleboard/db';
import { createTempDataDir, createTestDatabase, type TempDataDir, type TestDatabase } from '@scaleboard/db/testing';
import { describeReplayLinkStoreContract } from '../../test/storage/describeReplayLinkStoreContract';
import { memoryStores, prismaStores } from './Stores';

describeReplayLinkStoreContract('MemoryReplayLinkStore', { open: async () => memoryStores() });

let dataDir: TempDataDir;
describeReplayLinkStoreContract('PrismaReplayLinkStore on embedded PGlite', {
  async open() {
    dataDir = await createTempDataDir();
    return prismaStores(await openDatabase({ dataDir: dataDir.path }));
  },
  cleanup: () => dataDir.remove(),
  cascades: true,
});

let database: TestDatabase;
describeReplayLinkStoreContract('PrismaReplayLinkStore on PostgreSQL', {
  async open() {
    database = await createTestDatabase();
    return prismaStores(await openDatabase({ databaseUrl: database.url, dataDir: 'unused' }));
  },
  cleanup: () => database.drop(),
  cascades: true,
});
