import { describe, expect, it } from 'vitest';
import { readBoardFile, renderBoardSvg } from '@scaleboard/board';
import { CHAPTER_1, report } from '@scaleboard/rules';
import { buildExport, renderOptions, type ExportSettings } from './exportFormats';

const board = CHAPTER_1[2]!.board;
const settings: ExportSettings = { format: 'svg', scale: 2, theme: 'dark', background: 'transparent', selectionOnly: false, findings: true };

describe('buildExport', () => {
  it('gives the shared renderer’s SVG for the dialog’s settings, as the server does for its query', async () => {
    const file = await buildExport(board, settings, new Set());
    expect(file.filename).toBe('3-load-balancer-and-web-tier.svg');
    expect(await file.blob.text()).toBe(renderBoardSvg(board, { theme: 'dark', background: 'transparent', findings: report(board).findings }));
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

  it('writes a Markdown report with the picture inline', async () => {
    const file = await buildExport(board, { ...settings, format: 'md' }, new Set());
    const text = await file.blob.text();
    expect(text).toMatch(/^# 3\. Load balancer and web tier/);
    expect(text).toContain('](data:image/svg+xml;base64,');
    expect(text).toContain('## Findings');
  });
});
