import { afterEach, describe, expect, it } from 'vitest';
import { GifReader } from 'omggif';
import type * as Y from 'yjs';
import { addEdge, addNode, moveNodes } from '@scaleboard/board';
import { BOARD_FORMAT, type Board } from '@scaleboard/rules';
import type { CreateBoardResponse, HistoryResponse } from '@scaleboard/protocol';
import { MAX_REPLAY_FRAMES } from '../src/export/replayFrames';
import { eventually } from './eventually';
import { startTestServer, type TestServer } from './testServer';

/**
 * Issue 15's replay GIF, black-box: a real server on the memory store, edits through a real
 * y-websocket client, the GIF fetched over HTTP and decoded by a GIF reader of its own (omggif).
 */

const start: Board = {
  format: BOARD_FORMAT,
  title: 'Replay me',
  assumptions: {},
  nodes: [{ id: 'lb', kind: 'load-balancer', label: 'LB', x: 0, y: 0, props: {} }],
  edges: [],
};

describe('replay.gif', () => {
  let server: TestServer;
  afterEach(async () => {
    await server.close();
  });

  const get = (board: CreateBoardResponse, query = '', key = board.keys.view) =>
    fetch(`${server.url}/api/boards/${board.id}/replay.gif?key=${key}${query}`);
  const versionsOf = async (board: CreateBoardResponse) => {
    const res = await fetch(`${server.url}/api/boards/${board.id}/history?limit=500&key=${board.keys.view}`);
    return ((await res.json()) as HistoryResponse).versions.map((v) => v.version).reverse();
  };
  const decoded = async (res: Response) => {
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/gif');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(new TextDecoder().decode(bytes.subarray(0, 6))).toBe('GIF89a');
    const reader = new GifReader(bytes);
    const frames = Array.from({ length: reader.numFrames() }, (_, i) => {
      const info = reader.frameInfo(i);
      const pixels = new Uint8Array(reader.width * reader.height * 4);
      reader.decodeAndBlitFrameRGBA(i, pixels);
      return { ...info, pixels };
    });
    return { reader, frames };
  };

  /** A board grown by `edits`, one version each; resolves its versions, oldest first. */
  async function boardWithEdits(board: Board, edits: ReadonlyArray<(doc: Y.Doc) => void>) {
    const created = await server.createBoard({ board });
    const editor = server.connect(created.id, created.keys.edit);
    await eventually(() => expect(editor.synced).toBe(true));
    const imported = (await versionsOf(created)).length;
    for (const [i, edit] of edits.entries()) {
      edit(editor.doc);
      // One version per edit: wait for each to be stored before the next.
      await eventually(async () => expect((await versionsOf(created)).length).toBe(imported + i + 1));
    }
    return { created, versions: await versionsOf(created) };
  }

  const EDITS = [
    (d: Y.Doc) => addNode(d, { id: 'web', kind: 'web-server', label: 'Web', x: 240, y: 0, props: {} }),
    (d: Y.Doc) => addEdge(d, { id: 'e1', from: 'lb', to: 'web', kind: 'sync' }),
    (d: Y.Doc) => addNode(d, { id: 'db', kind: 'database', label: 'Users', x: 480, y: 200, props: {} }),
    (d: Y.Doc) => moveNodes(d, [{ id: 'lb', x: -120, y: 80 }]),
  ];

  it('follows the request’s language (?lang=, then Accept-Language) for its phase stamp; a bad lang is a 400', async () => {
    server = await startTestServer();
    const { created } = await boardWithEdits(start, EDITS.slice(0, 1));
    const korean = await get(created, '&lang=ko');
    expect([korean.status, korean.headers.get('content-language')]).toEqual([200, 'ko']);
    const byHeader = await fetch(`${server.url}/api/boards/${created.id}/replay.gif?key=${created.keys.view}`, { headers: { 'accept-language': 'ko-KR,ko;q=0.9' } });
    expect([byHeader.status, byHeader.headers.get('content-language')]).toEqual([200, 'ko']);
    const bad = await get(created, '&lang=xx');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('bad-lang');
  });

  it('animates every version, frames of one size, the board growing from the first to the last', async () => {
    server = await startTestServer();
    const { created, versions } = await boardWithEdits(start, EDITS);
    expect(versions.length).toBeGreaterThanOrEqual(EDITS.length);

    const { reader, frames } = await decoded(await get(created, '&fps=4'));
    expect(frames).toHaveLength(versions.length);
    for (const frame of frames) {
      expect([frame.x, frame.y, frame.width, frame.height]).toEqual([0, 0, reader.width, reader.height]);
      expect(frame.delay).toBe(25); // centiseconds: 4 fps
    }
    expect(reader.loopCount()).toBe(0);
    expect(Buffer.from(frames.at(-1)!.pixels).equals(Buffer.from(frames[0]!.pixels))).toBe(false);
    // The frame holds the last board's extent: wider than the first version's two nodes alone.
    expect(reader.width).toBeGreaterThan(600);

    // A range: its ends included, the default 2 fps.
    const range = await decoded(await get(created, `&from=${versions[1]}&to=${versions[2]}`));
    expect(range.frames).toHaveLength(2);
    expect(range.frames[0]!.delay).toBe(50);
    // One version is a one-frame GIF; an edit key works as well as a view key.
    expect((await decoded(await get(created, `&from=${versions[3]}&to=${versions[3]}`, created.keys.edit))).frames).toHaveLength(1);
  });

  it('refuses bad options with 400, versions outside the history with 404, and a wrong key with 403', async () => {
    server = await startTestServer();
    const { created, versions } = await boardWithEdits(start, EDITS.slice(0, 2));
    for (const query of ['&fps=0', '&fps=11', '&fps=1.5', '&from=abc', '&to=-3', `&from=${versions[1]}&to=${versions[0]}`, '&speed=2']) {
      const res = await get(created, query);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/\w/);
    }
    for (const query of [`&from=${versions.at(-1)! + 1000}`, `&to=${versions.at(-1)! + 1000}`, `&from=${versions[0]! + 1000}&to=${versions[0]! + 2000}`]) {
      const res = await get(created, query);
      expect({ query, status: res.status }).toEqual({ query, status: 404 });
    }
    expect((await get(created, '', 'not-a-key')).status).toBe(403);
    expect(await versionsOf(created)).toEqual(versions);
  });

  it('samples at most MAX_REPLAY_FRAMES frames from a long history', async () => {
    // 150 edits stored one by one: with no commit window each append starts at once, not a window after the last.
    server = await startTestServer({ limits: { commitWindowMs: 0 } });
    const moves = Array.from({ length: MAX_REPLAY_FRAMES + 30 }, (_, i) => (d: Y.Doc) => moveNodes(d, [{ id: 'lb', x: (i + 1) * 2, y: 0 }]));
    const { created } = await boardWithEdits(start, moves);
    const { frames } = await decoded(await get(created));
    expect(frames).toHaveLength(MAX_REPLAY_FRAMES);
  });

  it('refuses frames over MAX_GIF_FRAME_PIXELS with 413 and a hint', async () => {
    server = await startTestServer();
    const { created } = await boardWithEdits(start, [(d) => addNode(d, { id: 'far', kind: 'database', label: 'Far', x: 5_000, y: 5_000, props: {} })]);
    const res = await get(created);
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/from, to/);
  });

  it('takes an export slot: 429 when the board has none left', async () => {
    server = await startTestServer({ limits: { exportsPerBoard: 0 } });
    const { created } = await boardWithEdits(start, EDITS.slice(0, 1));
    const res = await get(created);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('1');
  });
});
