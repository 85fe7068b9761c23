import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paletteOf } from '@scaleboard/board';
import { BOARD_FORMAT, type Board } from '@scaleboard/rules';
import { versionPicture } from './versionPicture';

const version: Board = {
  format: BOARD_FORMAT,
  title: 'Shop',
  assumptions: {},
  nodes: [
    { id: 'lb', kind: 'load-balancer', label: 'LB', x: 0, y: 0, props: {} },
    { id: 'web', kind: 'web-server', label: 'Web', x: 300, y: 0, props: {} },
    { id: 'q', kind: 'message-queue', label: 'Jobs', x: 600, y: 0, props: {} },
  ],
  edges: [],
};
const live: Board = {
  ...version,
  nodes: [
    { id: 'lb', kind: 'load-balancer', label: 'LB', x: 0, y: 0, props: {} },
    { id: 'web', kind: 'web-server', label: 'Web tier', x: 300, y: 0, props: {} },
    { id: 'db', kind: 'database', label: 'DB', x: 300, y: 200, props: {} },
  ],
};

const marks = (svg: string) => [...svg.matchAll(/data-id="([^"]*)" data-kind="[^"]*" data-change="([^"]*)"/g)].map((m) => `${m[1]}:${m[2]}`);

describe('versionPicture', () => {
  it('marks on the version the components the live board removed and changed, and counts the added ones', () => {
    const picture = versionPicture(version, live, 'light');
    expect(marks(picture.svg)).toEqual(['q:removed', 'web:changed']);
    expect(picture.counts).toEqual({ removed: 1, changed: 1, added: 1 });
    expect(picture.svg).not.toContain('<metadata');
    expect(picture.width).toBeGreaterThan(0);
  });

  it('marks nothing when the live board is the version', () => {
    const picture = versionPicture(version, version, 'dark');
    expect(marks(picture.svg)).toEqual([]);
    expect(picture.counts).toEqual({ removed: 0, changed: 0, added: 0 });
  });
});

describe('change colours', () => {
  it("are the same in theme.css (legend, panel) and the export palette (picture), for both themes", () => {
    const css = readFileSync(new URL('../../styles/theme.css', import.meta.url), 'utf8');
    for (const [theme, selector] of [['light', ':root'], ['dark', ":root[data-theme='dark']"]] as const) {
      const start = css.indexOf(`${selector} {`);
      const block = css.slice(start, css.indexOf('}', start));
      const tokens = Object.fromEntries([...block.matchAll(/--change-(\w+):\s*(#[0-9a-f]{6})/g)].map((m) => [m[1], m[2]]));
      expect(tokens).toEqual(paletteOf(theme).change);
    }
  });
});
