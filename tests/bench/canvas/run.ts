/**
 * Benchmark: the canvas on boards of 20, 1,000 and 10,000 components (0.86 connections each) in
 * headless Chromium without a GPU, the production build served by the real server.
 *
 *   npm run build -w @scaleboard/web && npm run bench:canvas [-- rounds] [sizes, e.g. 20,1000]
 *
 * Each round opens every board in turn (alternating, so a slow moment of the shared machine falls
 * on all of them) in a fresh browser context, and runs on it, with real mouse and wheel input:
 * - open: from navigation to the first frame showing the board (its cards, or its level-of-detail
 *   picture) and to "interactive" — the end of the last long task (> 50 ms) before a quiet second;
 * - pan fitted: a middle-button drag on empty canvas at the opening (fitted) zoom;
 * - wheel zoom: Ctrl+wheel in and back out at the fitted zoom (Ctrl+wheel zooms in every scheme);
 * - pan 100 %: the same drag at 100 % zoom in the middle of the board;
 * - drag one: one component dragged at 100 %;
 * - drag all: Ctrl+A, then the same drag (every component moves).
 * Per gesture: the intervals between requestAnimationFrame callbacks (p50 / p95 / worst) and, from
 * a Chromium trace, the main thread's busy time (its tasks' time over the gesture's length).
 * Ratios are to the 20-component board's p95 in the same run. `uptime`'s load average is printed
 * before and after; figures taken with a 1-minute load over 3 are marked "not a result".
 */
import { writeFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { busyDuring } from '../analysis/busyUntilFrame';
import { importBoard, launchChromium, percentile, startServer } from '../browserBench';
import { canvasBoard } from './canvasBoard';
import { BIG_BOARD_LIMITS, loadAverage, openBoard, VIEWPORT, type OpenSample } from './openBoard';

const ROUNDS = Number(process.argv[2] ?? 3);
const SIZES = (process.argv[3] ?? '20,1000,10000').split(',').map(Number);
/** OUT=file.json keeps every sample. */
const OUT = process.env.OUT;
/** PROFILE_GESTURE="pan 100 %" also writes a CPU profile of that gesture per board: /tmp/canvas-<size>-<gesture>.cpuprofile (DevTools opens it). */
const PROFILE_GESTURE = process.env.PROFILE_GESTURE;
const GESTURES = ['pan fitted', 'wheel zoom', 'pan 100 %', 'drag one', 'drag all'] as const;
type Gesture = (typeof GESTURES)[number];
/** A gesture's input stops after this long, so a board that draws a frame every few seconds still ends. */
const GESTURE_BUDGET_MS = 20_000;
const MEASURE = 'canvas-bench';
const TRACE_CATEGORIES = ['toplevel', 'blink.user_timing'];

interface GestureSample {
  intervals: number[];
  busy: number;
  wall: number;
  /** Main-thread CPU time of the gesture's tasks, ms. */
  cpu: number;
}
const nextFrames = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/** The viewport's zoom, read from the transform xyflow puts on it. */
const zoomOf = (page: Page) => page.evaluate(() => new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a);

/** A point on empty canvas (the pane itself, no card or connection on top), near the middle. */
async function emptyPoint(page: Page): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    const cx = pane.left + pane.width / 2;
    const cy = pane.top + pane.height / 2;
    for (let r = 0; r < Math.min(pane.width, pane.height) / 2; r += 6) {
      for (let a = 0; a < 16; a++) {
        const x = cx + r * Math.cos((a / 16) * 2 * Math.PI);
        const y = cy + r * Math.sin((a / 16) * 2 * Math.PI);
        if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
      }
    }
    return null;
  });
  if (!point) throw new Error('no empty canvas to pan on');
  return point;
}

/** Ctrl+wheel at the middle of the canvas until the zoom is 100 %, reading the zoom back each step. */
async function zoomTo100(page: Page): Promise<void> {
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  await page.keyboard.down('Control');
  for (let i = 0; i < 40; i++) {
    const zoom = await zoomOf(page);
    if (Math.abs(zoom - 1) < 0.01) break;
    await page.mouse.wheel(0, Math.max(-300, Math.min(300, Math.log2(zoom) * 50)));
    await nextFrames(page);
  }
  await page.keyboard.up('Control');
  const zoom = await zoomOf(page);
  if (Math.abs(zoom - 1) > 0.05) throw new Error(`could not zoom to 100 % (at ${zoom})`);
}

/** The component card nearest the middle of the canvas. */
async function middleCard(page: Page): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    let best: { x: number; y: number; d: number } | null = null;
    for (const node of Array.from(document.querySelectorAll('.react-flow__node-component'))) {
      const box = node.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      const d = Math.hypot(x - (pane.left + pane.width / 2), y - (pane.top + pane.height / 2));
      if (!best || d < best.d) best = { x, y, d };
    }
    return best;
  });
  if (!point) throw new Error('no component card on screen');
  return point;
}

/** Moves the pressed mouse along a back-and-forth path, one awaited step at a time, within the budget. */
async function sweep(page: Page, from: { x: number; y: number }, steps: number, dx: number, dy: number): Promise<void> {
  const started = Date.now();
  for (let i = 1; i <= steps && Date.now() - started < GESTURE_BUDGET_MS; i++) {
    const t = i <= steps / 2 ? i : steps - i;
    await page.mouse.move(from.x + t * dx, from.y + t * dy);
  }
}

async function measured(browser: Browser, page: Page, gesture: () => Promise<void>, profileAs?: string): Promise<GestureSample> {
  const cdp = profileAs ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await page.evaluate((mark) => {
    const bench = (window as unknown as { bench: { frames: number[]; recording: boolean } }).bench;
    bench.frames = [];
    bench.recording = true;
    performance.mark(`${mark}-start`);
  }, MEASURE);
  await gesture();
  await nextFrames(page);
  const frames = await page.evaluate((mark) => {
    const bench = (window as unknown as { bench: { frames: number[]; recording: boolean } }).bench;
    bench.recording = false;
    performance.measure(mark, `${mark}-start`);
    return bench.frames;
  }, MEASURE);
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
  if (cdp) {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(`/tmp/canvas-${profileAs}.cpuprofile`, JSON.stringify(profile));
    await cdp.detach();
  }
  const [cost] = busyDuring(trace, MEASURE);
  return { intervals: frames.slice(1).map((time, i) => time - frames[i]!), busy: cost?.busy ?? Number.NaN, wall: cost?.wall ?? Number.NaN, cpu: cost?.cpu ?? Number.NaN };
}

async function gestures(browser: Browser, page: Page, round: number, size: number): Promise<Record<Gesture, GestureSample>> {
  const profileAs = (gesture: Gesture) => (gesture === PROFILE_GESTURE ? `${size}-${gesture.replace(/\W+/g, '')}` : undefined);
  const direction = round % 2 === 0 ? 1 : -1;
  const result = {} as Record<Gesture, GestureSample>;
  const pan = async () => {
    const start = await emptyPoint(page);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down({ button: 'middle' });
    await sweep(page, start, 80, 6 * direction, 3);
    await page.mouse.up({ button: 'middle' });
  };
  result['pan fitted'] = await measured(browser, page, pan, profileAs('pan fitted'));
  result['wheel zoom'] = await measured(browser, page, async () => {
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
    await page.keyboard.down('Control');
    for (let i = 0; i < 40; i++) await page.mouse.wheel(0, i < 20 ? -25 : 25);
    await page.keyboard.up('Control');
  }, profileAs('wheel zoom'));
  await zoomTo100(page);
  result['pan 100 %'] = await measured(browser, page, pan, profileAs('pan 100 %'));
  await page.keyboard.press('Escape');
  const card = await middleCard(page);
  const drag = async () => {
    await page.mouse.move(card.x, card.y);
    await page.mouse.down();
    await sweep(page, card, 60, 5 * direction, 2);
    await page.mouse.up();
  };
  result['drag one'] = await measured(browser, page, drag, profileAs('drag one'));
  await page.keyboard.press('Control+A');
  await nextFrames(page);
  result['drag all'] = await measured(browser, page, drag, profileAs('drag all'));
  return result;
}

const loadBefore = loadAverage();
const server = await startServer(BIG_BOARD_LIMITS);
const browser = await launchChromium().catch((error: unknown) => {
  server.stop();
  throw error;
});
const samples = new Map<number, { open: OpenSample[]; gestures: Map<Gesture, GestureSample[]> }>();
try {
  const boards: Array<{ size: number; url: string }> = [];
  for (const size of SIZES) {
    const { id, editKey } = await importBoard(server.base, canvasBoard(size));
    boards.push({ size, url: `${server.base}/b/${id}#key=${encodeURIComponent(editKey)}` });
    samples.set(size, { open: [], gestures: new Map(GESTURES.map((g) => [g, []])) });
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const { size, url } of boards) {
      const { page, sample, close } = await openBoard(browser, url);
      const of = samples.get(size)!;
      of.open.push(sample);
      const measuredGestures = await gestures(browser, page, round, size);
      for (const gesture of GESTURES) of.gestures.get(gesture)!.push(measuredGestures[gesture]);
      await close();
      console.error(`round ${round + 1}/${ROUNDS}: ${size} components done (open ${sample.picture.toFixed(0)} / ${sample.interactive.toFixed(0)} ms)`);
    }
  }
} finally {
  await browser.close();
  server.stop();
}
const loadAfter = loadAverage();

const ms = (value: number) => value.toFixed(1);
const notAResult = Math.max(loadBefore, loadAfter) > 3;
console.log(`chromium --disable-gpu, viewport ${VIEWPORT.width}×${VIEWPORT.height}; ${ROUNDS} rounds, boards alternating; load average ${loadBefore} before, ${loadAfter} after${notAResult ? ' — NOT A RESULT (load > 3)' : ''}`);
console.log('\n| board | gesture | frames | p50 ms | p95 ms | worst ms | fps (p50) | p95 ÷ 20-board | main thread busy | CPU ms per frame |');
console.log('|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|');
const base = samples.get(SIZES[0]!)!;
for (const size of SIZES) {
  for (const gesture of GESTURES) {
    const runs = samples.get(size)!.gestures.get(gesture)!;
    const intervals = runs.flatMap((r) => r.intervals);
    const busy = runs.reduce((sum, r) => sum + r.busy, 0) / runs.reduce((sum, r) => sum + r.wall, 0);
    const p95 = percentile(intervals, 95);
    // CPU per frame drawn: the gesture's own cost, which a loaded machine inflates far less than intervals.
    const cpuPerFrame = runs.reduce((sum, r) => sum + r.cpu, 0) / Math.max(1, intervals.length);
    const ratio = p95 / percentile(base.gestures.get(gesture)!.flatMap((r) => r.intervals), 95);
    console.log(`| ${size} | ${gesture} | ${intervals.length} | ${ms(percentile(intervals, 50))} | ${ms(p95)} | ${ms(Math.max(...intervals))} | ${(1000 / percentile(intervals, 50)).toFixed(0)} | ${ratio.toFixed(2)}× | ${(busy * 100).toFixed(0)} % | ${cpuPerFrame.toFixed(1)} |`);
  }
}
console.log('\n| board | open: first picture, median ms | worst | interactive, median ms | worst |\n|---:|---:|---:|---:|---:|');
for (const size of SIZES) {
  const open = samples.get(size)!.open;
  const picture = open.map((o) => o.picture);
  const interactive = open.map((o) => o.interactive);
  console.log(`| ${size} | ${percentile(picture, 50).toFixed(0)} | ${Math.max(...picture).toFixed(0)} | ${percentile(interactive, 50).toFixed(0)} | ${Math.max(...interactive).toFixed(0)} |`);
}
if (OUT) writeFileSync(OUT, JSON.stringify({ loadBefore, loadAfter, samples: Object.fromEntries([...samples].map(([size, s]) => [size, { open: s.open, gestures: Object.fromEntries(s.gestures) }])) }, null, 1));
