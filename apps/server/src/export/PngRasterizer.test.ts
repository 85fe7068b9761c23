import { afterEach, describe, expect, it } from 'vitest';
import { decodePng } from '../../test/decodePng';
import { PngRasterizer } from './PngRasterizer';

const square = (colour: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="8"><rect width="10" height="8" fill="${colour}"/></svg>`;
/** resvg 0.x aborts its process on this one (a Rust panic): a marker drawn outside the picture at 2×. */
const ABORTS_RESVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><defs><marker id="m" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto" markerUnits="userSpaceOnUse"><path d="M0 0L10 5L0 10z"/></marker></defs><line x1="10" y1="748" x2="30" y2="748" stroke="#000" marker-end="url(#m)"/></svg>';

describe('PngRasterizer', () => {
  let rasterizer: PngRasterizer;
  afterEach(async () => {
    await rasterizer.close();
  });

  it('draws pictures at their scale, answering each request with its own picture', async () => {
    rasterizer = new PngRasterizer();
    const [red, blue] = await Promise.all([rasterizer.rasterize([square('#ff0000')], { scale: 3 }), rasterizer.rasterize([square('#0000ff')], { scale: 1 })]);
    const redPixels = decodePng(red);
    const bluePixels = decodePng(blue);
    expect([redPixels.width, redPixels.height, ...redPixels.data.subarray(0, 4)]).toEqual([30, 24, 255, 0, 0, 255]);
    expect([bluePixels.width, bluePixels.height, ...bluePixels.data.subarray(0, 4)]).toEqual([10, 8, 0, 0, 255, 255]);
  });

  it('survives resvg aborting: that picture fails with a message, this process lives on, the next picture is drawn', async () => {
    rasterizer = new PngRasterizer();
    await expect(rasterizer.rasterize([ABORTS_RESVG], { scale: 2 })).rejects.toThrow(/PNG export process stopped/);
    expect(decodePng(await rasterizer.rasterize([square('#00ff00')], { scale: 1 })).data.subarray(0, 4)).toEqual(new Uint8Array([0, 255, 0, 255]));
  });

  it('reports an SVG resvg cannot read as a failed picture', async () => {
    rasterizer = new PngRasterizer();
    await expect(rasterizer.rasterize(['<svg'], { scale: 1 })).rejects.toThrow(/drawing failed in the export process/);
  });
});
