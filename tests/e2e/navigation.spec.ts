import type { Page } from '@playwright/test';
import { expect, test, type User } from './fixtures';
import type { Viewport } from './pages/BoardPage';

/** The board grid's step in board units: positions that were snapped to it are multiples of it. */
const GRID = 16;
/** Placed components snap to the grid, so a drop lands within half a cell of the pointer (at 100 %). */
const HALF_CELL = GRID / 2;

const sameViewport = (a: Viewport, b: Viewport) => Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5 && Math.abs(a.zoom - b.zoom) < 0.0001;

async function openBlankBoard(user: User): Promise<void> {
  await user.landing.goto();
  await user.landing.newBoard();
  await user.board.joinAs(user.name);
}

/** The middle of an element's box, in viewport pixels. */
async function centreOf(user: User, label: string): Promise<{ x: number; y: number }> {
  const box = await user.board.box(user.board.node(label));
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A board point under a viewport pixel of this page. */
async function boardPointAt(page: Page, viewport: Viewport, at: { x: number; y: number }): Promise<{ x: number; y: number }> {
  const pane = await page.locator('.react-flow').boundingBox();
  if (!pane) throw new Error('no canvas');
  return { x: (at.x - pane.x - viewport.x) / viewport.zoom, y: (at.y - pane.y - viewport.y) / viewport.zoom };
}

/**
 * Starts recording, on every animation frame, where the named remote cursor is drawn (its box's
 * top-left corner, in viewport pixels); `samples` reads what was recorded. Bounded: the newest 2,000.
 */
async function recordCursor(page: Page, name: string): Promise<{ samples: () => Promise<Array<{ x: number; y: number }>> }> {
  await page.evaluate((label) => {
    const samples: Array<{ x: number; y: number }> = [];
    (window as unknown as { cursorSamples: typeof samples }).cursorSamples = samples;
    const record = () => {
      const cursor = document.querySelector(`[role="img"][aria-label="${label}"]`);
      if (cursor) {
        const rect = cursor.getBoundingClientRect();
        samples.push({ x: rect.x, y: rect.y });
        if (samples.length > 2000) samples.shift();
      }
      requestAnimationFrame(record);
    };
    requestAnimationFrame(record);
  }, `Cursor of ${name}`);
  return { samples: () => page.evaluate(() => (window as unknown as { cursorSamples: Array<{ x: number; y: number }> }).cursorSamples.slice()) };
}

test('the first component dropped on an empty board lands under the pointer, and the view stays put', async ({ newUser }) => {
  const ada = await newUser('Ada');
  await openBlankBoard(ada);
  const before = await ada.board.viewport();
  // Far from the middle of the free canvas, where fitting the view would bring the first component.
  const drop = { x: 1000, y: 260 };
  await ada.board.dropFromPalette('Cache', drop);
  const centre = await centreOf(ada, 'Cache');
  expect(Math.abs(centre.x - drop.x)).toBeLessThanOrEqual(HALF_CELL + 1);
  expect(Math.abs(centre.y - drop.y)).toBeLessThanOrEqual(HALF_CELL + 1);
  expect(sameViewport(await ada.board.viewport(), before)).toBe(true);

  // And it stays there once the second one arrives (the view never re-centres later).
  await ada.board.dropFromPalette('Database', { x: 700, y: 600 });
  await expect(ada.board.node('DB')).toBeVisible();
  expect(await centreOf(ada, 'Cache')).toEqual(centre);
  expect(sameViewport(await ada.board.viewport(), before)).toBe(true);
});

test('a remote cursor glides: off the grid, through positions in between', async ({ newUser }) => {
  const ada = await newUser('Ada');
  const bob = await newUser('Bob');
  await openBlankBoard(ada);
  const links = await ada.board.shareLinks();
  await bob.board.open(links.edit!, 'Bob');

  // Ada's pointer rests at one point, then jumps (one pointer event) to a point off the grid.
  const from = { x: 600, y: 400 };
  const adaView = await ada.board.viewport();
  const bobView = await bob.board.viewport();
  const target = await boardPointAt(ada.page, adaView, from);
  // A jump that ends between grid lines: 8 board units (half a cell) past a multiple of 16.
  const jump = { x: 16 * 12 + 8 - (target.x % GRID), y: 16 * 7 + 5 - (target.y % GRID) };
  const to = { x: from.x + jump.x * adaView.zoom, y: from.y + jump.y * adaView.zoom };
  const adaTo = await boardPointAt(ada.page, adaView, to);
  expect(Math.abs((adaTo.x % GRID) - 8)).toBeLessThan(0.01);

  await ada.page.mouse.move(from.x - 40, from.y - 40);
  await ada.page.mouse.move(from.x, from.y);
  await expect.poll(async () => {
    const point = await boardPointAt(bob.page, bobView, await bob.board.cursorPosition('Ada'));
    return Math.hypot(point.x - target.x, point.y - target.y);
  }).toBeLessThan(0.5);

  const recording = await recordCursor(bob.page, 'Ada');
  await ada.page.mouse.move(to.x, to.y);
  // Bob sees Ada's cursor arrive where her pointer is, in board units, not on a grid line.
  await expect.poll(async () => {
    const point = await boardPointAt(bob.page, bobView, await bob.board.cursorPosition('Ada'));
    return Math.hypot(point.x - adaTo.x, point.y - adaTo.y);
  }).toBeLessThan(0.5);
  const arrived = await boardPointAt(bob.page, bobView, await bob.board.cursorPosition('Ada'));
  expect(Math.abs((arrived.x % GRID) - 8)).toBeLessThan(0.5);
  expect(Math.abs((arrived.y % GRID) - 5)).toBeLessThan(0.5);

  // On its way it was drawn at positions strictly between the two ends, on the line between them.
  const samples = await recording.samples();
  const start = samples[0]!;
  const end = samples.at(-1)!;
  const between = samples.filter((s) => s.x > start.x + 2 && s.x < end.x - 2);
  expect(between.length, `samples: ${JSON.stringify(samples.slice(0, 40))}`).toBeGreaterThanOrEqual(2);
  for (const s of between) {
    const along = (s.x - start.x) / (end.x - start.x);
    expect(Math.abs(start.y + along * (end.y - start.y) - s.y)).toBeLessThan(2);
  }
});
