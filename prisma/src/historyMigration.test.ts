import type { PGlite } from '@electric-sql/pglite';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseBeforeMigration } from './testing/beforeMigration';

let pglite: PGlite | undefined;
afterEach(async () => {
  await pglite?.close();
});

describe('migration 20261203090037_history', () => {
  it('gives existing log entries no authors and no label, and makes each snapshot a checkpoint', async () => {
    const before = await databaseBeforeMigration('_history');
    const { db } = before;
    pglite = db;
    // A board as the previous release left it: compacted through seq 2 (entries 1-2 deleted).
    await db.exec(`
      INSERT INTO boards (id, title, owner_key_hash, edit_key_hash, view_key_hash) VALUES ('b', 'B', 'o', 'e', 'v');
      INSERT INTO board_updates (seq, board_id, data) VALUES (3, 'b', '\\x03'), (4, 'b', '\\x04');
      INSERT INTO board_snapshots (board_id, data, through_seq, updated_at) VALUES ('b', '\\x0102', 2, '2026-11-30T10:00:00Z');`);

    expect(await before.migrate()).toEqual(before.pending);

    expect((await db.query('SELECT seq::int, authors, label FROM board_updates ORDER BY seq')).rows).toEqual([
      { seq: 3, authors: [], label: null },
      { seq: 4, authors: [], label: null },
    ]);
    expect((await db.query('SELECT board_id, through_seq::int, data, created_at FROM board_checkpoints')).rows).toEqual([
      { board_id: 'b', through_seq: 2, data: new Uint8Array([1, 2]), created_at: new Date('2026-11-30T10:00:00Z') },
    ]);
  });
});
