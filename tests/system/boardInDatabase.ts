import * as Y from 'yjs';
import { openDatabase } from '@scaleboard/db';

/** Rebuilds a board's document straight from PostgreSQL (snapshot + log), bypassing every server. */
export async function boardInDatabase(databaseUrl: string, boardId: string): Promise<Y.Doc> {
  const db = await openDatabase({ databaseUrl, dataDir: '' });
  try {
    const doc = new Y.Doc();
    const snapshot = await db.prisma.boardSnapshot.findUnique({ where: { boardId } });
    if (snapshot) Y.applyUpdate(doc, snapshot.data);
    const updates = await db.prisma.boardUpdate.findMany({ where: { boardId }, orderBy: { seq: 'asc' } });
    for (const update of updates) Y.applyUpdate(doc, update.data);
    return doc;
  } finally {
    await db.close();
  }
}
