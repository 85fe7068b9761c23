import { parse } from 'content-disposition';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOARD_FORMAT, type Board } from '@scaleboard/rules';
import { startTestServer, type TestServer } from './testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const boardTitled = (title: string): Board => ({
  format: BOARD_FORMAT,
  title,
  assumptions: {},
  nodes: [{ id: 'web', kind: 'web-server', label: '웹 서버', x: 0, y: 0, props: {} }],
  edges: [],
});

/** The download name a browser takes (RFC 6266: `filename*` first), and the ASCII fallback beside it. */
async function namesOf(title: string, path: string) {
  const { id, keys } = await server.createBoard({ board: boardTitled(title) });
  const res = await fetch(`${server.url}/api/boards/${id}/${path}`, { headers: { authorization: `Bearer ${keys.view}` } });
  expect(res.status).toBe(200);
  await res.arrayBuffer();
  const header = res.headers.get('content-disposition')!;
  // Header bytes beyond ASCII are read differently by each client: the UTF-8 name travels percent-encoded.
  expect(header).toMatch(/^[\x20-\x7e]+$/);
  const { type, parameters } = parse(header);
  expect(type).toBe('attachment');
  // Parsed as a client that knows only `filename` would.
  const fallback = parse(header, { extended: false }).parameters['filename'];
  return { name: parameters['filename'], fallback, header };
}

describe('export file names keep the board’s title in its own script', () => {
  it('names every download of a Korean board in Korean (UTF-8 filename*), with an ASCII fallback name', async () => {
    const title = '3장: 로드밸런서와 웹 계층';
    const expected = {
      'export.svg': '3장-로드밸런서와-웹-계층.svg',
      'export.png': '3장-로드밸런서와-웹-계층.png',
      'export.md': '3장-로드밸런서와-웹-계층.md',
      'export.json': '3장-로드밸런서와-웹-계층.scaleboard.json',
    };
    for (const [path, name] of Object.entries(expected)) {
      const names = await namesOf(title, path);
      expect({ path, name: names.name }).toEqual({ path, name });
      expect({ path, fallback: names.fallback }).toEqual({ path, fallback: name.replace('3장-로드밸런서와-웹-계층', '3') });
    }
    expect((await namesOf('로드밸런서', 'export.svg')).fallback).toBe('board.svg');
  });

  it('falls back to the accents’ base letters, and sends a plain ASCII title as before', async () => {
    expect(await namesOf('Café Überblick', 'export.svg')).toMatchObject({ name: 'café-überblick.svg', fallback: 'cafe-uberblick.svg' });
    expect((await namesOf('Export me', 'export.svg')).header).toBe('attachment; filename=export-me.svg');
  });
});
