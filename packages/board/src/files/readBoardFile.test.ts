import { describe, expect, it } from 'vitest';
import { BOARD_FORMAT, type Board } from '@scaleboard/rules';
import { renderBoardSvg } from '../render/renderBoardSvg';
import { embedPngText, PNG_BOARD_KEYWORD } from './pngChunks';
import { readBoardFile } from './readBoardFile';

const board: Board = {
  format: BOARD_FORMAT,
  title: '트위터',
  assumptions: { monthlyActiveUsers: 1000 },
  nodes: [{ id: 'c', kind: 'cache', label: 'Cache', x: 1, y: 2, props: { ttlSeconds: 60 }, extra: { kept: true } }],
  edges: [],
  custom: 'kept',
};
const bytes = (text: string) => new TextEncoder().encode(text);
const tiny = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

describe('readBoardFile', () => {
  it('reads JSON, an exported SVG and an exported PNG to the same board', () => {
    const fromJson = readBoardFile(bytes(JSON.stringify(board)));
    const fromSvg = readBoardFile(bytes(renderBoardSvg(board)));
    const fromPng = readBoardFile(embedPngText(tiny, PNG_BOARD_KEYWORD, JSON.stringify(board)));
    expect(fromJson).toEqual({ ok: true, board, from: 'json' });
    expect(fromSvg).toEqual({ ok: true, board, from: 'svg' });
    expect(fromPng).toEqual({ ok: true, board, from: 'png' });
  });

  it('refuses files that carry no board, with a message saying so', () => {
    expect(readBoardFile(tiny)).toMatchObject({ ok: false, error: { message: expect.stringContaining('PNG carries no Scaleboard board') } });
    expect(readBoardFile(bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toMatchObject({ ok: false, error: { message: expect.stringContaining('SVG carries no') } });
    expect(readBoardFile(bytes('{"format":'))).toMatchObject({ ok: false, error: { message: 'The file is not valid JSON.' } });
    expect(readBoardFile(Uint8Array.from([0xff, 0xfe, 0x00, 0xd8]))).toMatchObject({ ok: false });
  });

  it('names the path of the first bad field of an embedded board', () => {
    const bad = { ...board, nodes: [{ ...board.nodes[0], x: 'left' }] };
    const result = readBoardFile(embedPngText(tiny, PNG_BOARD_KEYWORD, JSON.stringify(bad)));
    expect(result).toMatchObject({ ok: false, error: { path: 'nodes[0].x' } });
  });

  it('refuses a file nested deeper than MAX_JSON_DEPTH before parsing it', () => {
    const deep = `{"format":"scaleboard/v1","extra":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(readBoardFile(bytes(deep))).toMatchObject({ ok: false, error: { message: expect.stringContaining('MAX_JSON_DEPTH') } });
  });

  it('reads a Mermaid flowchart, Markdown holding one, or the text format, and places its problem in the file', () => {
    const mermaid = readBoardFile(bytes('flowchart LR\n  user[Users] --> db[(Orders)]\n'));
    expect(mermaid).toMatchObject({ ok: true, from: 'mermaid', board: { nodes: [{ id: 'user', kind: 'client' }, { id: 'db', kind: 'database' }] } });
    expect(readBoardFile(bytes('# Design\n\n```mermaid\ngraph TD\n  a[LB] --> b[Redis]\n```\n'))).toMatchObject({ ok: true, from: 'mermaid' });
    expect(readBoardFile(bytes('lb: load-balancer {instances: 2}\n'))).toMatchObject({ ok: true, from: 'text', board: { nodes: [{ props: { instances: 2 } }] } });
    const bad = readBoardFile(bytes('lb: load-balancer\nlb -> web\n'));
    expect(bad).toMatchObject({ ok: false, error: { path: '(root)', message: 'line 2, column 4: nothing declares "web"' }, problem: { line: 2, column: 4 } });
  });
});
