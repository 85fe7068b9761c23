import { readFileSync } from 'node:fs';
import { ICON_SHAPES, KIND_ACCENT, paletteOf, type TileAccent } from '@scaleboard/board';
import { NODE_KINDS } from '@scaleboard/rules';
import { describe, expect, it } from 'vitest';
import { iconImage } from './iconImage';

const svgOf = (url: string) => decodeURIComponent(url.slice('data:image/svg+xml;charset=utf-8,'.length));

/** The `--tile-<accent>-fg` tokens of one theme's block in theme.css. */
function tileTokens(css: string, selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  const block = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...block.matchAll(/--tile-(\w+)-fg:\s*(#[0-9a-f]{6})/g)].map((m) => [m[1], m[2]]));
}

describe('iconImage', () => {
  it("draws each kind's shapes in its tile colour, for both themes", () => {
    for (const kind of NODE_KINDS) {
      const accent = KIND_ACCENT[kind];
      for (const theme of ['light', 'dark'] as const) {
        const svg = svgOf(iconImage(kind, theme));
        const colour = paletteOf(theme).tiles[accent].fg;
        expect(svg).toContain(`stroke="${colour}"`);
        expect(svg).toContain(ICON_SHAPES[kind].replaceAll('currentColor', colour));
        // An image has no text colour to inherit.
        expect(svg).not.toContain('currentColor');
      }
    }
  });

  it('gives the same URL for the same icon, so the browser decodes it once', () => {
    expect(iconImage('cache', 'light')).toBe(iconImage('cache', 'light'));
    expect(iconImage('cache', 'light')).not.toBe(iconImage('cache', 'dark'));
  });

  it("colours icons as the theme's tiles do (theme.css and the export palette agree)", () => {
    const css = readFileSync(new URL('../../styles/theme.css', import.meta.url), 'utf8');
    for (const [theme, selector] of [['light', ':root'], ['dark', ":root[data-theme='dark']"]] as const) {
      const tokens = tileTokens(css, selector);
      const accents = Object.keys(paletteOf(theme).tiles) as TileAccent[];
      expect(Object.keys(tokens).sort()).toEqual([...accents].sort());
      for (const accent of accents) expect(tokens[accent]).toBe(paletteOf(theme).tiles[accent].fg);
    }
  });
});
