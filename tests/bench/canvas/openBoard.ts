/**
 * Opening a board as the canvas benchmarks measure it (run.ts, abOpen.ts): from navigation to the
 * first frame showing the board (its cards, or its level-of-detail picture), and to "interactive" —
 * the end of the last long task (> 50 ms) before a quiet second.
 */
import { execFileSync } from 'node:child_process';
import type { Browser, Page } from '@playwright/test';
import { waitUntilInteractive } from '../browserBench';

export const VIEWPORT = { width: 1440, height: 900 };

/** The server's limits raised so that a 10,000-component board can be imported and sent. */
export const BIG_BOARD_LIMITS = { MAX_BOARD_ELEMENTS: '50000', MAX_BODY_BYTES: String(32 * 1024 * 1024), MAX_BOARD_BYTES: String(32 * 1024 * 1024), MAX_SEND_BUFFER_BYTES: String(64 * 1024 * 1024) };

export interface OpenSample {
  picture: number;
  interactive: number;
}

export function loadAverage(): number {
  const text = execFileSync('uptime', { encoding: 'utf8' });
  return Number(/load average:\s*([\d.]+)/.exec(text)?.[1] ?? Number.NaN);
}

/**
 * Installed before the app's scripts: a name (no dialog), the frame recorder, the long-task log,
 * the first picture. Plain text: tsx would wrap a function's inner functions in a helper the page lacks.
 */
export const INSTRUMENT = `
  localStorage.setItem('scaleboard.profile', JSON.stringify({ name: 'Bench', color: '#0090ff' }));
  const bench = { frames: [], recording: false, lastLongTaskEnd: 0, picture: 0 };
  window.bench = bench;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.lastLongTaskEnd = Math.max(bench.lastLongTaskEnd, entry.startTime + entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  const pictureShown = () => {
    if (document.querySelector('canvas.board-lod[data-drawn="true"]')) return true;
    const node = document.querySelector('.react-flow__node');
    return node !== null && getComputedStyle(node).visibility === 'visible';
  };
  const tick = (time) => {
    if (bench.recording) bench.frames.push(time);
    if (!bench.picture && pictureShown()) bench.picture = performance.now();
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
`;

export async function openBoard(browser: Browser, url: string): Promise<{ page: Page; sample: OpenSample; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: INSTRUMENT });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('status', { name: 'Live' }).waitFor({ timeout: 300_000 });
  await waitUntilInteractive(page);
  const sample = await page.evaluate(() => {
    const { picture, lastLongTaskEnd } = (window as unknown as { bench: { picture: number; lastLongTaskEnd: number } }).bench;
    return { picture, interactive: Math.max(picture, lastLongTaskEnd) };
  });
  return { page, sample, close: () => context.close() };
}
