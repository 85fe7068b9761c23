import { describe, expect, it } from 'vitest';
import { BOARD_FORMAT, type Board } from '@scaleboard/rules';
import { embedPngText, pngChunk, PNG_BOARD_KEYWORD, PNG_SIGNATURE } from '../files/pngChunks';
import { readBoardFile } from '../files/readBoardFile';
import { readSvgBoard } from './embeddedBoard';
import { exportPicture } from './exportPicture';
import { renderBoard } from './renderBoardSvg';

const board: Board = {
  format: BOARD_FORMAT,
  title: 'Tom & Jerry',
  assumptions: {},
  nodes: [
    { id: 'pub', kind: 'public-network', label: 'Public', x: 0, y: 0, width: 500, height: 200, props: {} },
    // Text XML would read differently if escaped twice or not at all.
    { id: 'lb', kind: 'load-balancer', label: 'a < b &amp; &quot;c&quot; ]]>', x: 40, y: 60, parent: 'pub', props: {} },
    { id: 'web', kind: 'web-server', label: '웹 서버', x: 600, y: 40, props: { instances: 2 } },
  ],
  edges: [{ id: 'e1', from: 'lb', to: 'web', kind: 'sync' }],
};

/** A PNG as a rasteriser returns it, before the board is embedded: its header and end, no pixels needed here. */
const rasterized = new Uint8Array([...PNG_SIGNATURE, ...pngChunk('IHDR', Uint8Array.of(0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0)), ...pngChunk('IEND', new Uint8Array(0))]);

describe('exportPicture', () => {
  it('draws the renderer’s SVG, byte for byte, and gives the JSON its metadata carries', () => {
    for (const options of [{}, { theme: 'dark' as const, background: 'transparent' as const, padding: 8 }, { selection: ['lb', 'web'] }]) {
      const picture = exportPicture(board, options);
      expect(picture.svg).toBe(renderBoard(board, options).svg);
      expect(picture.boardJson).toBe(readSvgBoard(picture.svg));
    }
  });

  it('embeds what the picture shows: a selection’s nodes, at their absolute place without their group', () => {
    const shown = JSON.parse(exportPicture(board, { selection: ['lb', 'web'] }).boardJson) as Board;
    expect(shown.nodes.map((n) => n.id)).toEqual(['lb', 'web']);
    expect(shown.nodes[0]).toMatchObject({ x: 40, y: 60 });
    expect(shown.nodes[0]?.parent).toBeUndefined();
    expect(shown.edges.map((e) => e.id)).toEqual(['e1']);
  });

  it('gives an SVG and a PNG that both import back to the board', () => {
    const picture = exportPicture(board);
    const fromSvg = readBoardFile(new TextEncoder().encode(picture.svg));
    const fromPng = readBoardFile(embedPngText(rasterized, PNG_BOARD_KEYWORD, picture.boardJson));
    expect(fromSvg).toEqual({ ok: true, board, from: 'svg' });
    expect(fromPng).toEqual({ ok: true, board, from: 'png' });
  });
});
