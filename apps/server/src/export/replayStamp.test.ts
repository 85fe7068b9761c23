import { describe, expect, it } from 'vitest';
import { stampSvg } from './replayStamp';

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

  it('stays inside a frame smaller than the stamp', () => {
    const box = boxOf(stampSvg(['03:25', '2. high level design'], { width: 60, height: 20 }));
    expect(box.x + box.width).toBeLessThanOrEqual(60);
    expect(box.y + box.height).toBeLessThanOrEqual(20);
  });

  it('escapes what it writes', () => {
    expect(stampSvg(['<b>&'], { width: 800, height: 600 })).toContain('&#60;b&#62;&#38;');
  });
});
