import { renderBoardSvg } from '@scaleboard/board';
import { BOARD_FORMAT, type Board, type BoardNode } from '@scaleboard/rules';
import { afterAll, describe, expect, it } from 'vitest';
import { decodePng } from '../../test/decodePng';
import { PngRasterizer } from './PngRasterizer';

const rasterizer = new PngRasterizer();
afterAll(() => rasterizer.close());

/** How dark the PNG export draws `svg`, in pixels of full ink. */
async function inkOf(svg: string): Promise<number> {
  const { data } = decodePng(await rasterizer.rasterize([svg], { scale: 2, opaque: true }));
  let ink = 0;
  for (let p = 0; p < data.length; p += 4) ink += 255 - Math.min(data[p]!, data[p + 1]!, data[p + 2]!);
  return ink / 255;
}

/**
 * How much more ink the label takes as the picture draws it than drawn at weight 400: the picture
 * once as it is, once with every weight regular, once without the label's text (the rest is equal).
 */
async function boldness(node: BoardNode): Promise<number> {
  const board: Board = { format: BOARD_FORMAT, title: 'Fonts', assumptions: {}, nodes: [node], edges: [] };
  const svg = renderBoardSvg(board);
  const label = `>${node.label}</text>`;
  expect(svg).toContain(label);
  const [asDrawn, regular, blank] = await Promise.all([
    inkOf(svg),
    inkOf(svg.replace(/font-weight="[0-9a-z]+"/g, 'font-weight="400"')),
    inkOf(svg.replace(label, '></text>')),
  ]);
  expect(regular - blank).toBeGreaterThan(100); // the label is drawn at all
  return (asDrawn - blank) / (regular - blank);
}

describe('export fonts', () => {
  const card = (label: string): BoardNode => ({ id: 'n', kind: 'load-balancer', label, x: 0, y: 0, props: {} });
  const area = (label: string): BoardNode => ({ id: 'n', kind: 'public-network', label, x: 0, y: 0, width: 420, height: 160, props: {} });

  it.each([
    ['a card', 'Latin', card('Load balancer')],
    ['a card', 'Korean', card('로드밸런서')],
    ['a card', 'Korean beside Latin', card('LB 로드밸런서')],
    ['an area', 'Latin', area('Public network')],
    ['an area', 'Korean', area('공개 네트워크')],
  ])('draw the label of %s in %s bold in the PNG, as the SVG asks', async (_what, _script, node) => {
    expect(await boldness(node)).toBeGreaterThan(1.2);
  });
});
