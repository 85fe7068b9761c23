import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { addEdge, addNode, setNodeProp } from '@scaleboard/board';
import { BOARD_FORMAT, report, type Board } from '@scaleboard/rules';
import { MAX_TIMELINE_POINTS, ROOM_EVENTS, type CreateBoardResponse, type HistoryResponse, type InterviewStateMessage, type TimelineResponse } from '@scaleboard/protocol';
import { loadDocument } from '../src/rooms/loadDocument';
import type { VersionInfo } from '../src/storage/BoardStore';
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
  /** The whole history, oldest first, a page at a time. */
  async function allVersions(boardId: string): Promise<VersionInfo[]> {
    const all: VersionInfo[] = [];
    let before: number | undefined;
    do {
      const page = await server.store.listVersions(boardId, { limit: 500, ...(before === undefined ? {} : { before }) });
      all.push(...page.versions);
      before = page.next ?? undefined;
    } while (before !== undefined);
    return all.reverse();
  }

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

  it(`caps a longer history at ${MAX_TIMELINE_POINTS} points, evenly spread, with its first and last version and every phase end`, async () => {
    server = await startTestServer();
    const created = await server.createBoard({ board: start });
    const owner = server.roomClient({ boardId: created.id, key: created.keys.owner, name: 'Ivy' });
    let state: InterviewStateMessage | undefined;
    owner.on(ROOM_EVENTS.interviewState, (s) => (state = s));
    owner.emit(ROOM_EVENTS.interviewCommand, { action: 'start' });
    await eventually(() => expect(state?.status).toBe('running'));
    // 3 × 210 versions written as the rooms write them (one log append per update), the phase
    // advanced between the runs; an edit of the instances switches the balancer's finding on and off.
    const { doc } = await loadDocument(server.store, created.id);
    const append = (update: Uint8Array) => void server.store.appendUpdate(created.id, update, [{ name: 'Sam', role: 'editor' }]);
    doc.on('update', append);
    for (const phase of [0, 1, 2]) {
      for (let i = 0; i < 210; i++) setNodeProp(doc, 'lb', 'instances', 1 + ((phase * 210 + i) % 3));
      await eventually(async () => expect(await allVersions(created.id)).toHaveLength(1 + (phase + 1) * 210));
      if (phase === 2) break;
      await clockPast(Date.now()); // so each phase ends strictly between two versions' times
      owner.emit(ROOM_EVENTS.interviewCommand, { action: 'advance' });
      await eventually(() => expect(state).toMatchObject({ phase: phase + 1 }));
      await clockPast(Date.now());
    }
    doc.off('update', append);
    const versions = await allVersions(created.id);
    expect(versions.length).toBeGreaterThan(MAX_TIMELINE_POINTS);

    const answer = await timeline(created);
    expect(answer.points).toHaveLength(MAX_TIMELINE_POINTS);
    expect(answer.points[0]!.version).toBe(versions[0]!.version);
    expect(answer.points.at(-1)!.version).toBe(versions.at(-1)!.version);
    // Each point a version of the board with its own time; the steps between them as even as whole versions allow.
    const indexOf = new Map(versions.map((v, i) => [v.version, i]));
    const indices = answer.points.map((p) => indexOf.get(p.version)!);
    expect(answer.points.map((p) => p.at)).toEqual(indices.map((i) => versions[i]!.at.toISOString()));
    const step = (versions.length - 1) / (MAX_TIMELINE_POINTS - 1);
    for (let i = 1; i < indices.length; i++) expect([Math.floor(step), Math.ceil(step)]).toContain(indices[i]! - indices[i - 1]!);

    // Both phase ends are there, inside the points' time span (so the player marks them), and
    // every point is in the phase its time says.
    expect(answer.phases.map((p) => p.phase)).toEqual([0, 1]);
    const ends = answer.phases.map((p) => Date.parse(p.endedAt));
    const first = Date.parse(answer.points[0]!.at);
    const last = Date.parse(answer.points.at(-1)!.at);
    for (const end of ends) expect(first < end && end < last).toBe(true);
    expect(answer.points.map((p) => p.phase)).toEqual(answer.points.map((p) => (Date.parse(p.at) <= ends[0]! ? 0 : Date.parse(p.at) <= ends[1]! ? 1 : 2)));
    expect(new Set(answer.points.map((p) => p.phase))).toEqual(new Set([0, 1, 2]));
    // The findings of a few points, against their versions' own files.
    for (const i of [0, 1, 250, MAX_TIMELINE_POINTS - 1]) expect(answer.points[i]!.findings).toBe(await findingsOf(created, answer.points[i]!.version));
    expect(new Set(answer.points.map((p) => p.findings)).size).toBeGreaterThan(1);

    // A range of the history is capped the same way, its ends included.
    const from = versions[5]!.version;
    const to = versions.at(-5)!.version;
    const range = await timeline(created, `&from=${from}&to=${to}`);
    expect(range.points).toHaveLength(MAX_TIMELINE_POINTS);
    expect([range.points[0]!.version, range.points.at(-1)!.version]).toEqual([from, to]);
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

/** Waits (a condition, not a fixed time) until this machine's clock is past `moment` (ms) by 2 ms. */
async function clockPast(moment: number): Promise<void> {
  while (Date.now() <= moment + 2) await new Promise((resolve) => setTimeout(resolve, 1));
}
