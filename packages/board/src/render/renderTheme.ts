/** The light and dark palettes of an exported picture: the web app's theme tokens (apps/web/src/styles/theme.css), resolved. */
export interface RenderPalette {
  background: string;
  surface: string;
  border: string;
  text: string;
  textMuted: string;
  edge: string;
  edgeLabelBg: string;
  noteBg: string;
  noteBorder: string;
  noteText: string;
  groups: { 'public-network': string; 'private-network': string; region: string };
  tiles: Record<TileAccent, { bg: string; fg: string }>;
  severity: { error: string; warning: string; info: string };
  load: { ok: string; busy: string; over: string };
  /** Marks of what changed since the drawn board (`RenderOptions.highlight`): an editor's diff gutter colours, apart from the findings' reds and ambers. */
  change: { removed: string; changed: string };
}

export type TileAccent = 'slate' | 'sky' | 'violet' | 'blue' | 'amber' | 'green' | 'pink';
export type RenderTheme = 'light' | 'dark';

const LIGHT: RenderPalette = {
  background: '#f8f9fb',
  surface: '#ffffff',
  border: '#cdd2da',
  text: '#161a21',
  textMuted: '#7b8494',
  edge: '#8a93a3',
  edgeLabelBg: '#ffffff',
  noteBg: '#fff7c2',
  noteBorder: '#f0dc7a',
  noteText: '#4a3f00',
  groups: { 'public-network': '#0b75c9', 'private-network': '#1f8a4c', region: '#64748b' },
  tiles: {
    slate: { bg: '#eef1f5', fg: '#475569' },
    sky: { bg: '#e6f4fe', fg: '#0b75c9' },
    violet: { bg: '#f0edff', fg: '#6e56cf' },
    blue: { bg: '#e8efff', fg: '#3358d4' },
    amber: { bg: '#fff4d6', fg: '#ad5700' },
    green: { bg: '#e3f7ec', fg: '#1f8a4c' },
    pink: { bg: '#fde9f3', fg: '#c2298a' },
  },
  severity: { error: '#dc2626', warning: '#d97706', info: '#4f46e5' },
  load: { ok: '#16a34a', busy: '#d97706', over: '#dc2626' },
  change: { removed: '#e11d48', changed: '#2563eb' },
};

const DARK: RenderPalette = {
  background: '#111317',
  surface: '#181b21',
  border: '#3a404b',
  text: '#eceef2',
  textMuted: '#838b98',
  edge: '#6b7383',
  edgeLabelBg: '#181b21',
  noteBg: '#3b3514',
  noteBorder: '#5c5220',
  noteText: '#f5e9a8',
  groups: { 'public-network': '#4aa8f0', 'private-network': '#4cc985', region: '#8b95a7' },
  tiles: {
    slate: { bg: '#262b34', fg: '#b4bfcf' },
    sky: { bg: '#0f2a3f', fg: '#70c1ff' },
    violet: { bg: '#2a2350', fg: '#b9a8ff' },
    blue: { bg: '#1a2647', fg: '#8fa9ff' },
    amber: { bg: '#3a2a0c', fg: '#ffc75a' },
    green: { bg: '#113222', fg: '#6ee09f' },
    pink: { bg: '#3d1530', fg: '#f78fcf' },
  },
  severity: { error: '#f87171', warning: '#fbbf24', info: '#7c83ff' },
  load: { ok: '#4ade80', busy: '#fbbf24', over: '#f87171' },
  change: { removed: '#fb7185', changed: '#60a5fa' },
};

/** @example paletteOf('dark').background // '#111317' */
export function paletteOf(theme: RenderTheme): RenderPalette {
  return theme === 'dark' ? DARK : LIGHT;
}
