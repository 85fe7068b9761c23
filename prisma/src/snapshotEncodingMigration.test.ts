import type { PGlite } from '@electric-sql/pglite';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseBeforeMigration } from './testing/beforeMigration';

let pglite: PGlite | undefined;
afterEach(async () => {
  await pglite?.close();
});

describe('migration 20261204020000_snapshot_encoding', () => {
  it('marks every snapshot and checkpoint written before it as Yjs v1, bytes untouched', async () => {
    const before = await databaseBeforeMigration('_snapshot_encoding');
    const { db } = before;
    pglite = db;
    // A board as the previous release left it: compacted through seq 2, so a snapshot and its checkpoint.
    await db.exec(`
      INSERT INTO boards (id, title, owner_key_hash, edit_key_hash, view_key_hash) VALUES ('b', 'B', 'o', 'e', 'v');
      INSERT INTO board_updates (seq, board_id, data) VALUES (1, 'b', '\\x01'), (2, 'b', '\\x02'), (3, 'b', '\\x03');
      INSERT INTO board_snapshots (board_id, data, through_seq) VALUES ('b', '\\x0102', 2);
      INSERT INTO board_checkpoints (board_id, through_seq, data) VALUES ('b', 2, '\\x0102');`);

    expect(await before.migrate()).toEqual(before.pending);

    const expected = [{ board_id: 'b', data: new Uint8Array([1, 2]), encoding: 1 }];
    expect((await db.query('SELECT board_id, data, encoding FROM board_snapshots')).rows).toEqual(expected);
    expect((await db.query('SELECT board_id, data, encoding FROM board_checkpoints')).rows).toEqual(expected);
  });
});
