import { describe, expect, it } from 'vitest';
import { RosterRefresh } from './RosterRefresh';

/** A read of the room that answers when the test says, with the room as it was when the read began. */
function room() {
  const members: string[] = [];
  const reads: Array<{ members: string[]; answer: () => void; fail: (error: Error) => void }> = [];
  const read = (boardId: string) =>
    new Promise<string[]>((resolve, reject) => {
      const snapshot = [...members];
      reads.push({ members: snapshot, answer: () => resolve(snapshot), fail: reject });
      expect(boardId).toBe('b');
    });
  return { members, reads, read };
}

const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('RosterRefresh', () => {
  it('sends a roster read after the last change, even when a change comes in while a read is in flight', async () => {
    const { members, reads, read } = room();
    const sent: string[][] = [];
    const rosters = new RosterRefresh(read, (_, roster) => sent.push(roster), (error) => {
      throw error;
    });

    members.push('P0');
    rosters.changed('b');
    members.push('P1');
    rosters.changed('b'); // while the first read is out
    members.push('P2');
    rosters.changed('b');
    expect(reads).toHaveLength(1); // one read at a time

    reads[0]!.answer();
    await settled();
    expect(sent).toEqual([['P0']]);
    expect(reads).toHaveLength(2); // the changes during the read made one more, not two
    reads[1]!.answer();
    await settled();
    expect(sent.at(-1)).toEqual(['P0', 'P1', 'P2']);
    expect(reads).toHaveLength(2);
  });

  it('reports a read that fails, and reads again on the next change', async () => {
    const { members, reads, read } = room();
    const sent: string[][] = [];
    const errors: unknown[] = [];
    const rosters = new RosterRefresh(read, (_, roster) => sent.push(roster), (error) => errors.push(error));

    members.push('P0');
    rosters.changed('b');
    reads[0]!.fail(new Error('timeout reached: only 1 responses received out of 2'));
    await settled();
    expect(errors).toHaveLength(1);
    expect(sent).toEqual([]);

    members.push('P1');
    rosters.changed('b');
    reads[1]!.answer();
    await settled();
    expect(sent).toEqual([['P0', 'P1']]);
  });
});
