import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { addEdge, addNode } from '@scaleboard/board';
import { BOARD_FORMAT, report, type Board } from '@scaleboard/rules';
import { ROOM_EVENTS, type CreateBoardResponse, type HistoryResponse, type InterviewStateMessage, type TimelineResponse } from '@scaleboard/protocol';
import { eventually } from './eventually';
import { startTestServer, type TestServer } from './testServer';

/**
 * Issue 15's replay timeline, black-box: a real server on the memory store, edits through a real
 * y-websocket client across two interview phases, the timeline fetched over HTTP and checked
 * against each version's own export.json and the interview's phase snapshots.
 */

const start: Board = {
  format: BOARD_FORMAT,
  title: 'Timeline',
  assumptions: {},
  nodes: [{ id: 'lb', kind: 'load-balancer', label: 'LB', x: 0, y: 0, props: {} }],
  edges: [],
};

const EDITS = [
  (d: Y.Doc) => addNode(d, { id: 'web', kind: 'web-server', label: 'Web', x: 240, y: 0, props: {} }),
  (d: Y.Doc) => addEdge(d, { id: 'e1', from: 'lb', to: 'web', kind: 'sync' }),
  (d: Y.Doc) => addNode(d, { id: 'db', kind: 'database', label: 'Users', x: 480, y: 0, props: {} }),
  (d: Y.Doc) => addEdge(d, { id: 'e2', from: 'web', to: 'db', kind: 'sync' }),
];

describe('history timeline', () => {
  let server: TestServer;
  afterEach(async () => {
    await server.close();
  });

  const get = (board: CreateBoardResponse, query = '', key = board.keys.view) => fetch(`${server.url}/api/boards/${board.id}/history/timeline?key=${key}${query}`);
  const timeline = async (board: CreateBoardResponse, query = '', key = board.keys.view) => {
    const res = await get(board, query, key);
    expect(res.status).toBe(200);
    return (await res.json()) as TimelineResponse;
  };
  const versionsOf = async (board: CreateBoardResponse) => {
    const res = await fetch(`${server.url}/api/boards/${board.id}/history?limit=500&key=${board.keys.view}`);
    return ((await res.json()) as HistoryResponse).versions.reverse();
  };
  const findingsOf = async (board: CreateBoardResponse, version: number) => {
    const res = await fetch(`${server.url}/api/boards/${board.id}/history/${version}/export.json?key=${board.keys.view}`);
    return report((await res.json()) as Board).findings.length;
  };

  /** A board and an editor on it; `edit` makes one version and waits for it to be stored. */
  async function editedBoard() {
    const created = await server.createBoard({ board: start });
    const editor = server.connect(created.id, created.keys.edit);
    await eventually(() => expect(editor.synced).toBe(true));
    const edit = async (change: (doc: Y.Doc) => void) => {
      const before = (await versionsOf(created)).length;
      change(editor.doc);
      await eventually(async () => expect((await versionsOf(created)).length).toBe(before + 1));
    };
    return { created, edit };
  }

  it("gives each version's findings and interview phase, and when each phase ended", async () => {
    server = await startTestServer();
    const { created, edit } = await editedBoard();
    const owner = server.roomClient({ boardId: created.id, key: created.keys.owner, name: 'Ivy' });
    let state: InterviewStateMessage | undefined;
    owner.on(ROOM_EVENTS.interviewState, (s) => (state = s));
    owner.emit(ROOM_EVENTS.interviewCommand, { action: 'start' });
    await eventually(() => expect(state?.status).toBe('running'));
    for (const change of EDITS.slice(0, 2)) await edit(change);
    owner.emit(ROOM_EVENTS.interviewCommand, { action: 'advance' });
    await eventually(() => expect(state).toMatchObject({ phase: 1, snapshotPhases: [0] }));
    for (const change of EDITS.slice(2)) await edit(change);

    const versions = await versionsOf(created);
    const answer = await timeline(created, '', created.keys.edit);
    expect(answer.phases).toHaveLength(1);
    expect(answer.phases[0]!.phase).toBe(0);
    const endedAt = Date.parse(answer.phases[0]!.endedAt);
    const expected = await Promise.all(
      versions.map(async (v) => ({ version: v.version, at: v.at, findings: await findingsOf(created, v.version), phase: Date.parse(v.at) <= endedAt ? 0 : 1 })),
    );
    expect(answer.points).toEqual(expected);
    // The edits change what the rules find, and both phases have versions.
    expect(new Set(answer.points.map((p) => p.findings)).size).toBeGreaterThan(1);
    expect(answer.points.map((p) => p.phase)).toContain(0);
    expect(answer.points.at(-1)!.phase).toBe(1);

    // A range: its ends included.
    const range = await timeline(created, `&from=${versions[1]!.version}&to=${versions[3]!.version}`);
    expect(range.points).toEqual(expected.slice(1, 4));
  });

  it('has no phases without an interview', async () => {
    server = await startTestServer();
    const { created, edit } = await editedBoard();
    await edit(EDITS[0]!);
    const answer = await timeline(created);
    expect(answer.phases).toEqual([]);
    expect(answer.points.map((p) => p.phase)).toEqual(answer.points.map(() => null));
    expect(answer.points).toHaveLength((await versionsOf(created)).length);
  });

  it('refuses bad ranges with 400, versions outside the history with 404, a wrong key with 403', async () => {
    server = await startTestServer();
    const { created, edit } = await editedBoard();
    await edit(EDITS[0]!);
    const versions = (await versionsOf(created)).map((v) => v.version);
    for (const query of ['&from=abc', '&to=-3', '&to=1.5', `&from=${versions[1]}&to=${versions[0]}`, '&fps=2']) {
      const res = await get(created, query);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/\w/);
    }
    for (const query of [`&from=${versions.at(-1)! + 1000}`, `&to=${versions.at(-1)! + 1000}`]) {
      const res = await get(created, query);
      expect({ query, status: res.status }).toEqual({ query, status: 404 });
    }
    expect((await get(created, '', 'not-a-key')).status).toBe(403);
  });

  it('takes an export slot: 429 when the board has none left', async () => {
    server = await startTestServer({ limits: { exportsPerBoard: 0 } });
    const { created } = await editedBoard();
    const res = await get(created);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('1');
  });
});
