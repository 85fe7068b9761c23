import { afterAll, describe, expect, it } from 'vitest';
import { decodePng } from '../../test/decodePng';
import { PngRasterizer } from './PngRasterizer';
import { stampSvg } from './replayStamp';

const rasterizer = new PngRasterizer();
afterAll(() => rasterizer.close());

const boxOf = (svg: string) => {
  const [, x, y, width, height] = /<rect x="(\d+)" y="(\d+)" width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number);
  return { x: x!, y: y!, width: width!, height: height! };
};

describe('stampSvg', () => {
  it('writes the clock and the phase in the top-left corner', () => {
    const svg = stampSvg(['03:25', '3. deep dive'], { width: 800, height: 600 });
    expect(svg).toContain('>03:25  ·  3. deep dive</text>');
    const box = boxOf(svg);
    expect(box.x).toBeLessThan(20);
    expect(box.y).toBeLessThan(20);
    expect(box.width).toBeGreaterThan(100);
  });

  it('grows with its text', () => {
    expect(boxOf(stampSvg(['03:25', '2. high level design'], { width: 800, height: 600 })).width).toBeGreaterThan(boxOf(stampSvg(['03:25'], { width: 800, height: 600 })).width);
  });

  it.each([
    ['Korean, whose syllables are a full em wide', '2. 개략적인 설계안 제시 및 동의 구하기'],
    ['English', '1. Understand the problem and fix the scope'],
  ])('holds its text as the export draws it: %s', async (_what, phase) => {
    const stamp = stampSvg(['03:25', phase], { width: 800, height: 60 });
    const { data, width } = decodePng(await rasterizer.rasterize([`<svg xmlns="http://www.w3.org/2000/svg" width="800" height="60"><rect width="800" height="60" fill="#fff"/>${stamp}</svg>`], { scale: 1, opaque: true }));
    const box = boxOf(stamp);
    let inkBeyond = 0;
    for (let p = 0; p < data.length; p += 4) if ((p / 4) % width > box.x + box.width + 1 && data[p]! < 200) inkBeyond += 1;
    expect(inkBeyond).toBe(0);
  });

  it('stays inside a frame smaller than the stamp', () => {
    const box = boxOf(stampSvg(['03:25', '2. high level design'], { width: 60, height: 20 }));
    expect(box.x + box.width).toBeLessThanOrEqual(60);
    expect(box.y + box.height).toBeLessThanOrEqual(20);
  });

  it('escapes what it writes', () => {
    expect(stampSvg(['<b>&'], { width: 800, height: 600 })).toContain('&#60;b&#62;&#38;');
  });
});
