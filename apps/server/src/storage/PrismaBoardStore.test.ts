import { afterEach, describe, expect, it } from 'vitest';
import { createTempDataDir, type TempDataDir } from '@scaleboard/db/testing';
import { PrismaBoardStore } from './PrismaBoardStore';

let dir: TempDataDir | undefined;
afterEach(async () => {
  await dir?.remove();
});

describe('PrismaBoardStore on embedded PGlite', () => {
  it('returns byte-identical boards and documents after close and reopen', async () => {
    dir = await createTempDataDir({ migrated: true });
    const everyByte = Uint8Array.from({ length: 256 }, (_, i) => i);
    const record = {
      id: 'reopened',
      title: 'Reopened — 재시작',
      keyHashes: { owner: 'o'.repeat(64), edit: 'e'.repeat(64), view: 'v'.repeat(64) },
      createdAt: new Date('2026-11-25T08:00:00.456Z'),
    };

    const first = await PrismaBoardStore.open({ dataDir: dir.path });
    await first.createBoard(record, everyByte);
    const second = await first.appendUpdate(record.id, everyByte.slice().reverse());
    await first.compact(record.id, new Uint8Array([0, 1, 0, 255]), second.seq, 2);
    await first.appendUpdate(record.id, new Uint8Array(64 * 1024).fill(0xab));
    const before = { board: await first.getBoard(record.id), document: await first.loadDocument(record.id) };
    await first.close();

    const reopened = await PrismaBoardStore.open({ dataDir: dir.path });
    try {
      expect(await reopened.getBoard(record.id)).toEqual(record);
      expect({ board: await reopened.getBoard(record.id), document: await reopened.loadDocument(record.id) }).toEqual(before);
      expect(before.document.updates).toHaveLength(1);
      expect(before.document.updates[0]!.data).toEqual(new Uint8Array(64 * 1024).fill(0xab));
    } finally {
      await reopened.close();
    }
  }, 120_000); // two embedded opens: ~4 s idle, well over 10 s on a busy machine
});
