import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './openDatabase';
import { readMigrations } from './migrations';
import { createTempDataDir, createTestDatabase } from './testing';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function migrationRows(db: Database) {
  return db.prisma.$queryRaw<Array<{ migration_name: string; checksum: string; started_at: Date }>>`
    SELECT migration_name, checksum, started_at FROM "_prisma_migrations" ORDER BY migration_name`;
}

describe('openDatabase, embedded (PGlite)', () => {
  it('migrates a fresh data folder, then reopens it without re-applying', async () => {
    const dir = await createTempDataDir();
    cleanups.push(dir.remove);
    const expected = (await readMigrations()).map((m) => m.name);

    const first = await openDatabase({ dataDir: dir.path });
    expect(first.mode).toBe('embedded');
    expect(first.appliedMigrations).toEqual(expected);
    const rowsBefore = await migrationRows(first);
    await first.close();

    const second = await openDatabase({ dataDir: dir.path });
    cleanups.push(second.close);
    expect(second.appliedMigrations).toEqual([]);
    expect(await migrationRows(second)).toEqual(rowsBefore);
    expect(await second.prisma.board.count()).toBe(0);
  });

  it('keeps shared buffers small, so a resting instance holds little memory', async () => {
    const dir = await createTempDataDir();
    cleanups.push(dir.remove);
    const db = await openDatabase({ dataDir: dir.path });
    cleanups.push(db.close);
    expect(await db.prisma.$queryRaw`SHOW shared_buffers`).toEqual([{ shared_buffers: '4MB' }]);
  });

  it('creates missing parent folders of the data folder', async () => {
    const dir = await createTempDataDir();
    cleanups.push(dir.remove);
    const db = await openDatabase({ dataDir: `${dir.path}/nested/deeper` });
    cleanups.push(db.close);
    expect(db.appliedMigrations.length).toBeGreaterThan(0);
  });
});

describe('openDatabase, PostgreSQL', () => {
  it('migrates a fresh database and records checksums like prisma migrate deploy', async () => {
    const database = await createTestDatabase();
    cleanups.push(database.drop);
    const migrations = await readMigrations();

    const db = await openDatabase({ databaseUrl: database.url, dataDir: 'unused' });
    cleanups.push(db.close);
    expect(db.mode).toBe('postgresql');
    expect(db.appliedMigrations).toEqual(migrations.map((m) => m.name));
    const rows = await migrationRows(db);
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(migrations.map((m) => [m.name, m.checksum]));
  });

  it('lets three instances open one fresh database at once; exactly one migrates', async () => {
    const database = await createTestDatabase();
    cleanups.push(database.drop);

    const opened = await Promise.all([1, 2, 3].map(() => openDatabase({ databaseUrl: database.url, dataDir: 'unused' })));
    for (const db of opened) cleanups.push(db.close);

    const applied = opened.map((db) => db.appliedMigrations.length).sort();
    const total = (await readMigrations()).length;
    expect(applied).toEqual([0, 0, total]);
    expect(await migrationRows(opened[0]!)).toHaveLength(total);
    // Every instance can use the schema.
    await Promise.all(opened.map((db) => db.prisma.board.count()));
  });

  it('refuses to start when an applied migration was edited', async () => {
    const database = await createTestDatabase();
    cleanups.push(database.drop);
    const db = await openDatabase({ databaseUrl: database.url, dataDir: 'unused' });
    await db.prisma.$executeRaw`UPDATE "_prisma_migrations" SET checksum = 'edited'`;
    await db.close();

    await expect(openDatabase({ databaseUrl: database.url, dataDir: 'unused' })).rejects.toThrow(/edited after it was applied/);
  });
});
