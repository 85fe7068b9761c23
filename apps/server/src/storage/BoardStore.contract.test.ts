import { createTempDataDir, createTestDatabase, type TempDataDir, type TestDatabase } from '@scaleboard/db/testing';
import { describeBoardStoreContract } from '../../test/storage/describeBoardStoreContract';
import { MemoryBoardStore } from './MemoryBoardStore';
import { PrismaBoardStore } from './PrismaBoardStore';

describeBoardStoreContract('MemoryBoardStore', { open: async () => new MemoryBoardStore() });

let dataDir: TempDataDir;
describeBoardStoreContract('PrismaBoardStore on embedded PGlite', {
  async open() {
    dataDir = await createTempDataDir();
    return PrismaBoardStore.open({ dataDir: dataDir.path });
  },
  cleanup: () => dataDir.remove(),
});

let database: TestDatabase;
describeBoardStoreContract('PrismaBoardStore on PostgreSQL', {
  async open() {
    database = await createTestDatabase();
    return PrismaBoardStore.open({ databaseUrl: database.url, dataDir: 'unused' });
  },
  cleanup: () => database.drop(),
});
