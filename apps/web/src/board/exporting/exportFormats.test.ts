import { describe, expect, it, vi } from 'vitest';
import { pngChunk, PNG_SIGNATURE, readBoardFile, renderBoard, renderBoardSvg } from '@scaleboard/board';
import { CHAPTER_1, report } from '@scaleboard/rules';
import { buildExport, renderOptions, type ExportSettings } from './exportFormats';
import { rasterizeSvg } from './rasterizeSvg';

// The tests run in node, without a canvas: the "browser" draws a 1×1 PNG, header and end only.
vi.mock('./rasterizeSvg', () => ({
  rasterizeSvg: vi.fn(async () => new Uint8Array([...PNG_SIGNATURE, ...pngChunk('IHDR', Uint8Array.of(0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0)), ...pngChunk('IEND', new Uint8Array(0))])),
}));

const board = CHAPTER_1[2]!.board;
const settings: ExportSettings = { format: 'svg', scale: 2, theme: 'dark', background: 'transparent', selectionOnly: false, findings: true };

describe('buildExport', () => {
  it('gives the shared renderer’s SVG for the dialog’s settings, as the server does for its query', async () => {
    const file = await buildExport(board, settings, new Set());
    expect(file.filename).toBe('3-load-balancer-and-web-tier.svg');
    expect(await file.blob.text()).toBe(renderBoardSvg(board, { theme: 'dark', background: 'transparent', findings: report(board).findings }));
  });

  it('names the files of a Korean board in Korean, as the server does', async () => {
    const korean = { ...board, title: '3장: 로드밸런서와 웹 계층' };
    for (const format of ['svg', 'json', 'md', 'png'] as const) {
      const suffix = format === 'json' ? 'scaleboard.json' : format;
      expect((await buildExport(korean, { ...settings, format }, new Set(), 'ko')).filename).toBe(`3장-로드밸런서와-웹-계층.${suffix}`);
    }
  });

  it('exports only the selection when asked and something is selected', () => {
    const ids = new Set([board.nodes[0]!.id]);
    expect(renderOptions(board, { ...settings, selectionOnly: true }, ids).selection).toEqual([...ids]);
    expect(renderOptions(board, { ...settings, selectionOnly: true }, new Set()).selection).toBeUndefined();
    expect(renderOptions(board, settings, ids).selection).toBeUndefined();
  });

  it('exports JSON and SVG files that import back to the same board', async () => {
    for (const format of ['json', 'svg'] as const) {
      const file = await buildExport(board, { ...settings, format }, new Set());
      expect(readBoardFile(new Uint8Array(await file.blob.arrayBuffer()))).toMatchObject({ ok: true, board });
    }
  });

  it('draws a PNG from the picture at its scale, carrying the board the picture shows', async () => {
    const selected = new Set([board.nodes[0]!.id, board.nodes[1]!.id]);
    const png = { ...settings, format: 'png' as const, selectionOnly: true };
    const file = await buildExport(board, png, selected);
    const options = renderOptions(board, png, selected);
    const { svg, width, height } = renderBoard(board, options);
    expect(rasterizeSvg).toHaveBeenCalledWith(svg, width * 2, height * 2);
    const fromPng = readBoardFile(new Uint8Array(await file.blob.arrayBuffer()));
    const fromSvg = readBoardFile(new Uint8Array(await (await buildExport(board, { ...png, format: 'svg' }, selected)).blob.arrayBuffer()));
    expect(fromPng).toMatchObject({ ok: true, from: 'png' });
    expect(fromPng.ok && fromPng.board.nodes.map((n) => n.id)).toEqual([...selected]);
    expect(fromPng.ok && fromSvg.ok && fromPng.board).toEqual(fromSvg.ok && fromSvg.board);
  });

  it('writes a Markdown report with the picture inline', async () => {
    const file = await buildExport(board, { ...settings, format: 'md' }, new Set());
    const text = await file.blob.text();
    expect(text).toMatch(/^# 3\. Load balancer and web tier/);
    expect(text).toContain('](data:image/svg+xml;base64,');
    expect(text).toContain('## Findings');
  });

  it('writes the report and the words the picture adds in the reader language', async () => {
    const md = await (await buildExport(board, { ...settings, format: 'md' }, new Set(), 'ko')).blob.text();
    expect(md).toContain('## 검사 결과');
    expect(md).toContain('단일 장애 지점');
    const svg = await (await buildExport(board, { ...settings, format: 'svg' }, new Set(), 'ko')).blob.text();
    expect(svg).toContain('로드밸런서');
  });
});
