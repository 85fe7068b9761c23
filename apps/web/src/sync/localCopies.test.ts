import { describe, expect, it } from 'vitest';
import { LOCAL_COPY_LIMIT, findLocalCopy, forgetLocalCopy, listLocalCopies, rememberLocalCopy, setPendingEdits } from './localCopies';

function memory(): Pick<Storage, 'getItem' | 'setItem'> & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('local copies', () => {
  it('keep the waiting-edit count for the same key and reset it for another key', () => {
    const storage = memory();
    rememberLocalCopy({ boardId: 'b1', key: 'k1', role: 'editor', title: 'T' }, storage, 1);
    setPendingEdits('b1', 3, storage);
    rememberLocalCopy({ boardId: 'b1', key: 'k1', role: 'editor', title: 'T' }, storage, 2);
    expect(findLocalCopy('b1', storage)?.pending).toBe(3);
    rememberLocalCopy({ boardId: 'b1', key: 'k2', role: 'editor', title: 'T' }, storage, 3);
    expect(findLocalCopy('b1', storage)).toMatchObject({ key: 'k2', pending: 0 });
  });

  it('are bounded: the least recently opened copy beyond the limit is handed back for deletion', () => {
    const storage = memory();
    for (let i = 0; i < LOCAL_COPY_LIMIT; i++) expect(rememberLocalCopy({ boardId: `b${i}`, key: 'k', role: 'editor', title: '' }, storage, i)).toEqual([]);
    expect(rememberLocalCopy({ boardId: 'new', key: 'k', role: 'editor', title: '' }, storage, 1000)).toEqual(['b0']);
    expect(listLocalCopies(storage)).toHaveLength(LOCAL_COPY_LIMIT);
    expect(findLocalCopy('b0', storage)).toBeUndefined();
  });

  it('forget a board, and ignore stored junk', () => {
    const storage = memory();
    rememberLocalCopy({ boardId: 'b1', key: 'k', role: 'owner', title: '' }, storage);
    forgetLocalCopy('b1', storage);
    expect(findLocalCopy('b1', storage)).toBeUndefined();
    storage.setItem('scaleboard.localCopies', '{"not":"a list"}');
    expect(listLocalCopies(storage)).toEqual([]);
    storage.setItem('scaleboard.localCopies', '[{"boardId":"x","key":"k","role":"editor","pending":-1},null,"s"]');
    expect(listLocalCopies(storage)).toEqual([]);
    storage.setItem('scaleboard.localCopies', '[{"boardId":"x","key":"k","role":"admin","pending":0}]');
    expect(listLocalCopies(storage)).toEqual([]);
  });
});
