import { describe, expect, it } from 'vitest';
import { coveredInsets } from './uncoveredPadding';

const canvas = { left: 0, top: 0, right: 1440, bottom: 900 };

describe('coveredInsets', () => {
  it('gives each panel the side it hugs: palette left, inspector right, top bar top, toolbars bottom', () => {
    const palette = { left: 12, top: 72, right: 244, bottom: 656 };
    const inspector = { left: 1088, top: 72, right: 1428, bottom: 888 };
    const topBar = { left: 12, top: 12, right: 600, bottom: 60 };
    const findingsBar = { left: 620, top: 844, right: 820, bottom: 888 };
    expect(coveredInsets(canvas, [palette, inspector, topBar, findingsBar])).toEqual({ top: 60, right: 352, bottom: 56, left: 244 });
  });

  it('ignores panels off the canvas and keeps the widest reach per side', () => {
    const off = { left: 1500, top: 0, right: 1700, bottom: 900 };
    const narrow = { left: 1300, top: 100, right: 1430, bottom: 800 };
    const wide = { left: 1000, top: 100, right: 1430, bottom: 800 };
    expect(coveredInsets(canvas, [off, narrow, wide])).toEqual({ top: 0, right: 440, bottom: 0, left: 0 });
  });

  it('drops an axis the panels would all but fill (a narrow window)', () => {
    const small = { left: 0, top: 0, right: 500, bottom: 900 };
    const left = { left: 0, top: 60, right: 240, bottom: 800 };
    const right = { left: 150, top: 60, right: 500, bottom: 800 };
    expect(coveredInsets(small, [left, right])).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
  });
});
