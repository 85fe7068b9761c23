import { exportPicture } from '@scaleboard/board';
import { sketch, type Board } from '@scaleboard/rules';
import { afterAll, describe, expect, it } from 'vitest';
import { BandWorkers } from './BandWorkers';
import { decodePng } from '../../test/decodePng';
import { drawPng } from './drawPng';
import { findExportFonts } from './exportFonts';
import { FontSubsetter } from './FontSubsetter';
import { pictureBands } from './pictureBands';

/** Six rows of a web tier, about 1,300 × 1,000 board pixels: 11 Mpx at 3×, 5 Mpx at 2×. */
function tallBoard(): Board {
  const base = sketch('Tall', [['lb', 'load-balancer'], ['web1', 'web-server'], ['web2', 'web-server'], ['db', 'database', { role: 'primary' }]], [['lb', 'web1'], ['lb', 'web2'], ['web1', 'db'], ['web2', 'db']]);
  const nodes = Array.from({ length: 6 }, (_, row) =>
    base.nodes.map((node, i) => ({ ...node, id: `${node.id}-${row}`, label: `${node.label} ${row} 서버`, x: i * 300, y: row * 170 + (i % 2) * 60 })),
  ).flat();
  const edges = Array.from({ length: 6 }, (_, row) => base.edges.map((edge) => ({ ...edge, id: `${edge.id}-${row}`, from: `${edge.from}-${row}`, to: `${edge.to}-${row}` }))).flat();
  // One edge that crosses every band.
  edges.push({ id: 'long', from: 'db-0', to: 'lb-5', kind: 'replication' });
  return { ...base, nodes, edges };
}

describe('pictureBands', () => {
  const workers = new BandWorkers(3);
  afterAll(() => workers.close());
  const board = tallBoard();
  const rendered = exportPicture(board);

  it('cuts a big picture into one band per core, and leaves a small one or a fractional scale whole', () => {
    expect(pictureBands(board, {}, rendered, 3, 3)).toHaveLength(3);
    expect(pictureBands(board, {}, rendered, 2, 3)).toEqual([rendered.svg]);
    expect(pictureBands(board, {}, rendered, 3.5, 3)).toEqual([rendered.svg]);
  });

  it('draws, band by band, the picture it draws whole — but for anti-aliasing at the cuts', async () => {
    const tools = { fonts: findExportFonts(), subsetter: new FontSubsetter(), workers };
    const whole = decodePng(await drawPng([rendered.svg], { scale: 3, opaque: true }, tools));
    const bands = pictureBands(board, {}, rendered, 3, 3);
    expect(bands).toHaveLength(3);
    const banded = decodePng(await drawPng(bands, { scale: 3, opaque: true }, tools));
    expect([banded.width, banded.height]).toEqual([whole.width, whole.height]);
    // A shape crossing a cut is clipped there, and its edge pixels can shade a little differently;
    // elsewhere the shift by whole pixels can round an edge's coverage the other way.
    const cuts = [1, 2].map((i) => Math.round((i * rendered.height) / 3) * 3);
    const stride = whole.width * 4;
    let differing = 0;
    for (let i = 0; i < whole.data.length; i += 1) {
      if (banded.data[i] === whole.data[i]) continue;
      differing += 1;
      const nearCut = cuts.some((cut) => Math.abs(Math.floor(i / stride) - cut) <= 4);
      expect(Math.abs(banded.data[i]! - whole.data[i]!)).toBeLessThanOrEqual(nearCut ? 64 : 16);
    }
    expect(differing / whole.data.length).toBeLessThan(0.001);
  });
});
