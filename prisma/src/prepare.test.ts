import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './openDatabase';
import { createTempDataDir, createTestDatabase } from './testing';

const modes: Array<[string, () => Promise<{ db: Database; cleanup: () => Promise<void> }>]> = [
  [
    'embedded (PGlite)',
    async () => {
      const dir = await createTempDataDir({ migrated: true });
      const db = await openDatabase({ dataDir: dir.path });
      return { db, cleanup: async () => (await db.close(), await dir.remove()) };
    },
  ],
  [
    'PostgreSQL',
    async () => {
      const database = await createTestDatabase();
      const db = await openDatabase({ databaseUrl: database.url, dataDir: 'unused' });
      return { db, cleanup: async () => (await db.close(), await database.drop()) };
    },
  ],
];

describe.each(modes)('Database.prepare, %s', (_mode, open) => {
  let db: Database;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ db, cleanup } = await open()));
  afterAll(() => cleanup());

  it('runs one statement many times, with bytes, text, numbers and null, typed as the driver types them', async () => {
    await db.prisma.board.create({ data: { id: 'prep', title: 't', ownerKeyHash: 'o', editKeyHash: 'e', viewKeyHash: 'v' } });
    const insert = db.prepare<{ seq: bigint | string | number; data: Uint8Array; label: string | null }>(
      `INSERT INTO board_updates (board_id, data, authors, label) VALUES ($1::text, $2::bytea, $3::jsonb, $4::text) RETURNING seq, data, label`,
    );
    const seqs: number[] = [];
    for (let n = 0; n < 8; n++) {
      const bytes = new Uint8Array([n, 0, 255, 10]);
      const [row] = await insert(['prep', bytes, '[{"name":"Ada","role":"editor"}]', n % 2 ? `v${n}` : null]);
      expect(new Uint8Array(row!.data)).toEqual(bytes);
      expect(row!.label).toBe(n % 2 ? `v${n}` : null);
      seqs.push(Number(row!.seq));
    }
    expect(seqs).toEqual(seqs.map((_, n) => seqs[0]! + n));
    const count = db.prepare<{ n: bigint | string | number }>('SELECT count(*) AS n FROM board_updates WHERE board_id = $1::text AND seq >= $2::int8');
    expect(Number((await count(['prep', BigInt(seqs[4]!)]))[0]!.n)).toBe(4);
  });

  it('rejects a failing run with the database error, and runs again afterwards', async () => {
    const select = db.prepare<{ n: number }>('SELECT $1::int4 + 1 AS n');
    await expect(select(['not a number'])).rejects.toThrow(/invalid input syntax for type integer/);
    expect(await select([41])).toEqual([{ n: 42 }]);
    const broken = db.prepare('SELECT FROM nowhere_at_all');
    await expect(broken([])).rejects.toThrow(/nowhere_at_all/);
    await expect(broken([])).rejects.toThrow(/nowhere_at_all/);
    expect(await select([1])).toEqual([{ n: 2 }]);
  });

  it('never runs inside a transaction Prisma has open: it sees only what committed', async () => {
    const boards = db.prepare<{ n: bigint | string | number }>(`SELECT count(*) AS n FROM boards WHERE id = $1::text`);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let inserted: () => void = () => undefined;
    const insertedSignal = new Promise<void>((resolve) => (inserted = resolve));
    const transaction = db.prisma.$transaction(async (tx) => {
      await tx.board.create({ data: { id: 'rolled-back', title: 't', ownerKeyHash: 'o', editKeyHash: 'e', viewKeyHash: 'v' } });
      inserted();
      await gate;
      throw new Error('roll back');
    });
    await insertedSignal;
    const counted = boards(['rolled-back']);
    release();
    await expect(transaction).rejects.toThrow('roll back');
    expect(Number((await counted)[0]!.n)).toBe(0);
    expect(await db.prisma.board.count({ where: { id: 'rolled-back' } })).toBe(0);
  });
});
