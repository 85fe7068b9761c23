import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docToBoard } from './snapshot';

describe('docToBoard', () => {
  it('never writes to the document it reads (a client reading before its first sync must not create maps)', () => {
    const doc = new Y.Doc();
    let updates = 0;
    doc.on('update', () => (updates += 1));
    expect(docToBoard(doc).assumptions).toEqual({});
    expect(updates).toBe(0);
  });
});
