import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import WebSocket from 'ws';
import { addNode } from '@scaleboard/board';
import {
  MAX_REPLAY_LINKS_PER_BOARD,
  type CreateBoardResponse,
  type CreateReplayLinkResponse,
  type HistoryResponse,
  type NoteRevisionsResponse,
  type ReplayLinksResponse,
} from '@scaleboard/protocol';
import { MemoryBoardStore } from '../src/storage/MemoryBoardStore';
import { MemoryInterviewStore } from '../src/storage/MemoryInterviewStore';
import { MemoryReplayLinkStore } from '../src/storage/MemoryReplayLinkStore';
import { eventually } from './eventually';
import { testServersClosedAfterEach, type TestServer } from './testServer';

/**
 * Issue 15's replay links, black box: what a link can read (the history, its timeline, version
 * exports, the replay GIF, the notes only when minted with them), what it never can (the live
 * board on any channel, changing anything), that revoking one stops it at once, and that only
 * the owner manages them.
 */

const server = testServersClosedAfterEach();
const NOTES = { notes: 'SECRET-NOTE: asked about the cache', rubric: { scope: { score: 3, comment: 'ok' }, highLevelDesign: { score: null, comment: '' }, deepDive: { score: null, comment: '' }, communication: { score: null, comment: '' } } };

async function boardWithHistory(s: TestServer): Promise<{ board: CreateBoardResponse; version: number }> {
  const board = await s.createBoard({ title: 'Replay me' });
  const doc = new Y.Doc();
  s.connect(board.id, board.keys.edit, doc);
  addNode(doc, { id: 'lb', kind: 'load-balancer', label: 'LB', x: 0, y: 0, props: {} });
  let version = 0;
  await eventually(async () => {
    const res = await fetch(`${s.url}/api/boards/${board.id}/history?key=${board.keys.view}`);
    const history = (await res.json()) as HistoryResponse;
    expect(history.versions.length).toBeGreaterThan(0);
    version = history.versions[0]!.version;
  });
  const notes = await fetch(`${s.url}/api/boards/${board.id}/interview/notes`, { method: 'PUT', headers: { authorization: `Bearer ${board.keys.owner}`, 'content-type': 'application/json' }, body: JSON.stringify(NOTES) });
  expect(notes.status).toBe(200);
  return { board, version };
}

function client(s: TestServer, board: CreateBoardResponse) {
  const call = (path: string, key: string, init: RequestInit = {}) =>
    fetch(`${s.url}/api/boards/${board.id}/${path}`, { ...init, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...init.headers } });
  const mint = async (body: unknown, key = board.keys.owner) => call('replay-links', key, { method: 'POST', body: JSON.stringify(body) });
  return {
    call,
    mint,
    async minted(includeNotes: boolean): Promise<CreateReplayLinkResponse> {
      const res = await mint({ includeNotes });
      expect(res.status).toBe(201);
      return (await res.json()) as CreateReplayLinkResponse;
    },
    async list(key = board.keys.owner): Promise<ReplayLinksResponse> {
      const res = await call('replay-links', key);
      expect(res.status).toBe(200);
      return (await res.json()) as ReplayLinksResponse;
    },
  };
}

const upgradeStatus = (s: TestServer, path: string) =>
  new Promise<number>((resolve) => {
    const ws = new WebSocket(`${s.wsUrl}${path}`);
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.on('open', () => {
      ws.close();
      resolve(101);
    });
    ws.on('error', () => undefined);
  });

describe('replay links', () => {
  it('reads the history, its timeline, version exports and the replay GIF, and never the live board', { timeout: 60_000 }, async () => {
    const s = await server();
    const { board, version } = await boardWithHistory(s);
    const api = client(s, board);
    const link = await api.minted(false);
    expect(link).toMatchObject({ includeNotes: false, path: `/b/${board.id}/replay#key=${encodeURIComponent(link.token)}` });
    expect(link.token.startsWith('replay.')).toBe(true);

    for (const path of ['history', 'history/timeline', `history/${version}/export.json`, `history/${version}/export.svg`, `history/${version}/export.png`, 'replay.gif']) {
      const res = await api.call(path, link.token);
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
      expect(Buffer.from(await res.arrayBuffer()).toString('latin1')).not.toContain('SECRET-NOTE');
    }
    const viaQuery = await fetch(`${s.url}/api/boards/${board.id}/history?key=${encodeURIComponent(link.token)}`);
    expect(viaQuery.status).toBe(200);

    for (const path of ['export.json', 'export.svg', 'export.png', 'export.md', 'report', 'interview', 'interview/summary.md', 'interview/notes', 'replay-links']) {
      const res = await api.call(path, link.token);
      expect({ path, status: res.status }).toEqual({ path, status: 403 });
      const body = await res.text();
      expect(body).not.toContain('SECRET-NOTE');
      expect(body).not.toContain('"LB"');
    }
    const refused = (await (await api.call('export.json', link.token)).json()) as { error: { code: string; message: string } };
    expect(refused.error).toMatchObject({ code: 'replay-link-only' });

    expect(await upgradeStatus(s, `/yjs/${board.id}?key=${encodeURIComponent(link.token)}`)).toBe(403);
    const roomRefusal = await new Promise<string>((resolve) => s.roomClient({ boardId: board.id, key: link.token, name: 'Committee' }).on('connect_error', (e) => resolve(e.message)));
    expect(roomRefusal).toBe('unauthorized');
  });

  it('changes nothing: no restore, no label, no minting', async () => {
    const s = await server();
    const { board, version } = await boardWithHistory(s);
    const api = client(s, board);
    const { token } = await api.minted(true);
    expect((await api.call(`history/${version}/restore`, token, { method: 'POST', body: '{}' })).status).toBe(403);
    expect((await api.call(`history/${version}/label`, token, { method: 'POST', body: JSON.stringify({ label: 'x' }) })).status).toBe(403);
    expect((await api.mint({ includeNotes: false }, token)).status).toBe(403);
    expect((await api.call('interview/notes', token, { method: 'PUT', body: JSON.stringify(NOTES) })).status).toBe(403);
    const history = (await (await api.call('history', board.keys.view)).json()) as HistoryResponse;
    expect(history.versions.every((v) => v.label === null)).toBe(true);
    expect((await api.list()).links).toHaveLength(1);
  });

  it('gives the notes revisions only to a link minted with them', async () => {
    const s = await server();
    const { board } = await boardWithHistory(s);
    const api = client(s, board);
    const without = await api.minted(false);
    const withNotes = await api.minted(true);
    const refused = await api.call('interview/notes/revisions', without.token);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('notes-not-included');
    const granted = await api.call('interview/notes/revisions', withNotes.token);
    expect(granted.status).toBe(200);
    const { revisions } = (await granted.json()) as NoteRevisionsResponse;
    expect(revisions.map((r) => r.notes)).toEqual([NOTES.notes]);
    // The latest notes themselves stay the owner's: the replay reads revisions only.
    expect((await api.call('interview/notes', withNotes.token)).status).toBe(403);
  });

  it('stops working the moment the owner revokes it; other links go on', async () => {
    const s = await server();
    const { board } = await boardWithHistory(s);
    const api = client(s, board);
    const [first, second] = [await api.minted(false), await api.minted(true)];
    expect((await api.list()).links.map((l) => ({ id: l.id, includeNotes: l.includeNotes }))).toEqual([
      { id: first.id, includeNotes: false },
      { id: second.id, includeNotes: true },
    ]);
    expect(JSON.stringify(await api.list())).not.toContain(first.token);

    expect((await api.call(`replay-links/${first.id}`, board.keys.edit, { method: 'DELETE' })).status).toBe(403);
    expect((await api.call('history', first.token)).status).toBe(200);
    expect((await api.call(`replay-links/${first.id}`, board.keys.owner, { method: 'DELETE' })).status).toBe(204);
    const revoked = await api.call('history', first.token);
    expect(revoked.status).toBe(403);
    expect(((await revoked.json()) as { error: { code: string } }).error.code).toBe('replay-link-revoked');
    expect((await api.call('history/timeline', first.token)).status).toBe(403);
    expect((await api.call('history', second.token)).status).toBe(200);
    expect((await api.call(`replay-links/${first.id}`, board.keys.owner, { method: 'DELETE' })).status).toBe(404);
    expect((await api.list()).links.map((l) => l.id)).toEqual([second.id]);
  });

  it('refuses forged tokens, another board, bad bodies and wrong keys, changing nothing', async () => {
    const s = await server();
    const { board } = await boardWithHistory(s);
    const other = await s.createBoard();
    const api = client(s, board);
    const { token } = await api.minted(false);

    for (const forged of ['replay.', `replay.${'A'.repeat(43)}`, `${token}x`, token.replace('replay.', ''), 'replay.\u0000']) {
      const res = await fetch(`${s.url}/api/boards/${board.id}/history?key=${encodeURIComponent(forged)}`);
      expect({ forged, status: res.status }).toEqual({ forged, status: 403 });
    }
    expect((await fetch(`${s.url}/api/boards/${other.id}/history?key=${encodeURIComponent(token)}`)).status).toBe(403);
    expect((await fetch(`${s.url}/api/boards/nope/history?key=${encodeURIComponent(token)}`)).status).toBe(403);

    for (const body of ['{"includeNotes":"yes"}', '{"includeNotes":true,"extra":1}', '[]', 'not json', '"x"']) {
      const res = await api.call('replay-links', board.keys.owner, { method: 'POST', body });
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
    }
    for (const key of [board.keys.edit, board.keys.view, other.keys.owner, 'wrong']) {
      expect((await api.mint({ includeNotes: true }, key)).status).toBe(403);
      expect((await api.call('replay-links', key)).status).toBe(403);
    }
    expect((await fetch(`${s.url}/api/boards/${board.id}/replay-links`, { method: 'POST' })).status).toBe(401);
    expect((await api.call('replay-links/bad%20id', board.keys.owner, { method: 'DELETE' })).status).toBe(400);
    expect((await api.call('replay-links/unknown', board.keys.owner, { method: 'DELETE' })).status).toBe(404);
    expect((await api.list()).links).toHaveLength(1);
  });

  it(`keeps at most ${MAX_REPLAY_LINKS_PER_BOARD} links per board`, async () => {
    const s = await server();
    const board = await s.createBoard();
    const api = client(s, board);
    for (let i = 0; i < MAX_REPLAY_LINKS_PER_BOARD; i++) await api.minted(false);
    const refused = await api.mint({ includeNotes: false });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('too-many-replay-links');
    const { links } = await api.list();
    expect(links).toHaveLength(MAX_REPLAY_LINKS_PER_BOARD);
    expect((await api.call(`replay-links/${links[0]!.id}`, board.keys.owner, { method: 'DELETE' })).status).toBe(204);
    await api.minted(true);
  });

  it('opens nothing once its board is deleted', async () => {
    const s = await server();
    const { board } = await boardWithHistory(s);
    const api = client(s, board);
    const { token } = await api.minted(false);
    expect((await fetch(`${s.url}/api/boards/${board.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${board.keys.owner}` } })).status).toBe(204);
    expect((await api.call('history', token)).status).toBe(403);
  });

  it('works on every instance of one database, and a revocation on one stops it on the other at once', async () => {
    const shared = { store: new MemoryBoardStore(), interviews: new MemoryInterviewStore(), replayLinks: new MemoryReplayLinkStore() };
    const [a, b] = [await server(shared), await server(shared)];
    const { board } = await boardWithHistory(a);
    const { id, token } = await client(a, board).minted(false);
    expect((await client(b, board).call('history/timeline', token)).status).toBe(200);
    expect((await client(b, board).call(`replay-links/${id}`, board.keys.owner, { method: 'DELETE' })).status).toBe(204);
    expect((await client(a, board).call('history', token)).status).toBe(403);
  });
});
