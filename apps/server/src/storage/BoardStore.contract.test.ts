import { openDatabase, type Database } from '@scaleboard/db';
import { createTempDataDir, createTestDatabase, type TempDataDir, type TestDatabase } from '@scaleboard/db/testing';
import { describeBoardStoreContract } from '../../test/storage/describeBoardStoreContract';
import { MemoryBoardStore } from './MemoryBoardStore';
import { PrismaBoardStore } from './PrismaBoardStore';

describeBoardStoreContract('MemoryBoardStore', { open: async () => new MemoryBoardStore(), withOptions: (options) => new MemoryBoardStore(options) });

let dataDir: TempDataDir;
let embedded: Database;
describeBoardStoreContract('PrismaBoardStore on embedded PGlite', {
  async open() {
    dataDir = await createTempDataDir({ migrated: true });
    embedded = await openDatabase({ dataDir: dataDir.path });
    return new PrismaBoardStore(embedded);
  },
  withOptions: (options) => new PrismaBoardStore(embedded, options),
  cleanup: () => dataDir.remove(),
});

let database: TestDatabase;
let postgres: Database;
describeBoardStoreContract('PrismaBoardStore on PostgreSQL', {
  async open() {
    database = await createTestDatabase();
    postgres = await openDatabase({ databaseUrl: database.url, dataDir: 'unused' });
    return new PrismaBoardStore(postgres);
  },
  withOptions: (options) => new PrismaBoardStore(postgres, options),
  cleanup: () => database.drop(),
});
