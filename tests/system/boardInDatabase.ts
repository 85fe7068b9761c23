import * as Y from 'yjs';
import { openDatabase, type OpenDatabaseOptions } from '@scaleboard/db';

/**
 * Rebuilds a board's document straight from the database (snapshot + log), bypassing every
 * server. The embedded database admits one process at a time: its server must be stopped first.
 */
export async function boardInDatabase(where: OpenDatabaseOptions, boardId: string): Promise<Y.Doc> {
  const db = await openDatabase(where);
  try {
    const doc = new Y.Doc();
    const snapshot = await db.prisma.boardSnapshot.findUnique({ where: { boardId } });
    // A snapshot says its Yjs update format (apps/server's UpdateEncoding); log entries are v1.
    if (snapshot) (snapshot.encoding === 2 ? Y.applyUpdateV2 : Y.applyUpdate)(doc, snapshot.data);
    const updates = await db.prisma.boardUpdate.findMany({ where: { boardId }, orderBy: { seq: 'asc' } });
    for (const update of updates) Y.applyUpdate(doc, update.data);
    return doc;
  } finally {
    await db.close();
  }
}

/**
 * Appends a Yjs update to a board's stored log straight in the database, past every server and
 * its update guard: what an old log, written before today's checks, may hold.
 */
export async function appendToDatabaseLog(where: OpenDatabaseOptions, boardId: string, update: Uint8Array<ArrayBuffer>): Promise<void> {
  const db = await openDatabase(where);
  try {
    await db.prisma.boardUpdate.create({ data: { boardId, data: update } });
  } finally {
    await db.close();
  }
}
