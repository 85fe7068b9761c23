import { openDatabase } from '@scaleboard/db';
import { createTempDataDir, createTestDatabase, type TempDataDir, type TestDatabase } from '@scaleboard/db/testing';
import { memoryStores, prismaStores, type Stores } from '../../src/storage/Stores';

/** The stores of one database, for a contract over stores that belong to boards of the board store. */
export interface StoresFixture {
  open(): Promise<Stores>;
  cleanup?(): Promise<void>;
  /** Deleting a board deletes what belongs to it too (a database's cascade; the memory twins are separate maps). */
  cascades?: boolean;
}

/**
 * Runs a stores contract once per database the product runs on: the memory twins, embedded PGlite
 * and PostgreSQL (a fresh database of its own).
 *
 * @example onEachDatabase('InterviewStore', describeInterviewStoreContract)
 */
export function onEachDatabase(store: string, describeContract: (name: string, fixture: StoresFixture) => void): void {
  describeContract(`Memory${store}`, { open: async () => memoryStores() });

  let dataDir: TempDataDir;
  describeContract(`Prisma${store} on embedded PGlite`, {
    async open() {
      dataDir = await createTempDataDir({ migrated: true });
      return prismaStores(await openDatabase({ dataDir: dataDir.path }));
    },
    cleanup: () => dataDir.remove(),
    cascades: true,
  });

  let database: TestDatabase;
  describeContract(`Prisma${store} on PostgreSQL`, {
    async open() {
      database = await createTestDatabase();
      return prismaStores(await openDatabase({ databaseUrl: database.url, dataDir: 'unused' }));
    },
    cleanup: () => database.drop(),
    cascades: true,
  });
}
