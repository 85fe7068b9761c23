import type { Page } from '@playwright/test';
import { expect, shareNewBoard, test, type User } from './fixtures';
import type { Viewport } from './pages/BoardPage';

/** The board grid's step in board units: positions that were snapped to it are multiples of it. */
const GRID = 16;
/** Placed components snap to the grid, so a drop lands within half a cell of the pointer (at 100 %). */
const HALF_CELL = GRID / 2;

/** Where a board coordinate sits between two grid lines, 0 ≤ result < GRID (negative coordinates too). */
const offGrid = (value: number) => ((value % GRID) + GRID) % GRID;

const sameViewport = (a: Viewport, b: Viewport) => Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5 && Math.abs(a.zoom - b.zoom) < 0.0001;

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
  await shareNewBoard(ada);
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
  // Bob's page runs on a clock the test can stop and step: how many frames a glide is drawn in must
  // not depend on how busy the machine is (at load 14 a frame came only every ~100 ms).
  await bob.page.clock.install();
  await shareNewBoard(ada, { editors: [bob] });

  // Ada's pointer rests at one point, then jumps (one pointer event) to a point off the grid.
  const from = { x: 600, y: 400 };
  const adaView = await ada.board.viewport();
  const bobView = await bob.board.viewport();
  const target = await boardPointAt(ada.page, adaView, from);
  // A jump that ends between grid lines: 8 board units (half a cell) past a multiple of 16.
  const jump = { x: GRID * 12 + 8 - offGrid(target.x), y: GRID * 7 + 5 - offGrid(target.y) };
  const to = { x: from.x + jump.x * adaView.zoom, y: from.y + jump.y * adaView.zoom };
  const adaTo = await boardPointAt(ada.page, adaView, to);
  expect(Math.abs(offGrid(adaTo.x) - 8)).toBeLessThan(0.01);

  await ada.page.mouse.move(from.x - 40, from.y - 40);
  await ada.page.mouse.move(from.x, from.y);
  await expect.poll(async () => {
    const point = await boardPointAt(bob.page, bobView, await bob.board.cursorPosition('Ada'));
    return Math.hypot(point.x - target.x, point.y - target.y);
  }).toBeLessThan(0.5);

  const recording = await recordCursor(bob.page, 'Ada');
  // Bob's time stands still from here; each step below is one 16 ms frame of his.
  await bob.page.clock.pauseAt(await bob.page.evaluate(() => Date.now() + 1000));
  await ada.page.mouse.move(to.x, to.y);
  // Bob sees Ada's cursor arrive where her pointer is, in board units, not on a grid line.
  await expect.poll(async () => {
    await bob.page.clock.runFor(16);
    const point = await boardPointAt(bob.page, bobView, await bob.board.cursorPosition('Ada'));
    return Math.hypot(point.x - adaTo.x, point.y - adaTo.y);
  }).toBeLessThan(0.5);
  await bob.page.clock.resume();
  const arrived = await boardPointAt(bob.page, bobView, await bob.board.cursorPosition('Ada'));
  expect(Math.abs(offGrid(arrived.x) - 8)).toBeLessThan(0.5);
  expect(Math.abs(offGrid(arrived.y) - 5)).toBeLessThan(0.5);

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

test('drag-selects, the default: a drag on empty canvas selects, the wheel scrolls, Ctrl+wheel zooms at the pointer, Space or the middle button pans', async ({ newUser }) => {
  const ed = await newUser('Ed');
  await shareNewBoard(ed);
  await ed.board.dropFromPalette('Cache', { x: 600, y: 300 });
  await ed.board.dropFromPalette('Database', { x: 850, y: 300 });
  await ed.board.dropFromPalette('Worker', { x: 850, y: 620 });
  await expect(ed.board.node('Worker')).toBeVisible();
  const { page, board } = ed;

  // A drag from empty canvas draws a box: what it touches is selected, and the view stays.
  const still = await board.viewport();
  await page.mouse.move(480, 200);
  await page.mouse.down();
  await page.mouse.move(1000, 380, { steps: 8 });
  await expect(board.canvas.locator('.react-flow__selection')).toBeVisible();
  await page.mouse.up();
  await expect(board.node('Cache')).toHaveClass(/\bselected\b/);
  await expect(board.node('DB')).toHaveClass(/\bselected\b/);
  await expect(board.node('Worker')).not.toHaveClass(/\bselected\b/);
  expect(sameViewport(await board.viewport(), still)).toBe(true);

  // The wheel scrolls: the view moves by what the wheel turned, the zoom stays.
  await page.mouse.move(700, 480);
  await page.mouse.wheel(0, 120);
  await expect.poll(async () => (await board.viewport()).y).toBeCloseTo(still.y - 120, 0);
  let now = await board.viewport();
  expect(now.x).toBeCloseTo(still.x, 1);
  expect(now.zoom).toBe(still.zoom);
  // Shift+wheel scrolls sideways.
  await page.keyboard.down('Shift');
  await page.mouse.wheel(0, 100);
  await page.keyboard.up('Shift');
  await expect.poll(async () => (await board.viewport()).x).toBeCloseTo(now.x - 100, 0);
  expect((await board.viewport()).y).toBeCloseTo(now.y, 1);

  // Ctrl+wheel zooms, keeping the board point under the pointer where it is.
  now = await board.viewport();
  const pointer = { x: 700, y: 480 };
  const under = await boardPointAt(page, now, pointer);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -200);
  await page.keyboard.up('Control');
  await expect.poll(async () => (await board.viewport()).zoom).toBeGreaterThan(now.zoom);
  const zoomed = await board.viewport();
  const stays = await boardPointAt(page, zoomed, pointer);
  expect(Math.abs(stays.x - under.x)).toBeLessThan(1);
  expect(Math.abs(stays.y - under.y)).toBeLessThan(1);

  // Space+drag pans by exactly the drag, also when it starts on a component (which stays put on the board).
  await page.mouse.click(300, 820); // empty canvas: no control keeps the keyboard
  await expect(board.node('Cache')).not.toHaveClass(/\bselected\b/);
  now = await board.viewport();
  const worker = await centreOf(ed, 'Worker');
  await page.mouse.move(worker.x, worker.y);
  await page.keyboard.down('Space');
  await page.mouse.down();
  await page.mouse.move(worker.x + 100, worker.y + 60, { steps: 6 });
  await page.mouse.up();
  await page.keyboard.up('Space');
  await expect.poll(async () => (await board.viewport()).x).toBeCloseTo(now.x + 100, 0);
  expect((await board.viewport()).y).toBeCloseTo(now.y + 60, 0);
  const moved = await centreOf(ed, 'Worker');
  expect(moved.x).toBeCloseTo(worker.x + 100, 1);
  expect(moved.y).toBeCloseTo(worker.y + 60, 1);
  await expect(board.node('Cache')).not.toHaveClass(/\bselected\b/);

  // The middle button pans too.
  now = await board.viewport();
  await page.mouse.move(700, 480);
  await page.mouse.down({ button: 'middle' });
  await page.mouse.move(640, 440, { steps: 6 });
  await page.mouse.up({ button: 'middle' });
  await expect.poll(async () => (await board.viewport()).x).toBeCloseTo(now.x - 60, 0);
  expect((await board.viewport()).y).toBeCloseTo(now.y - 40, 0);
});

test('a double-click on empty canvas adds a note there, ready to type', async ({ newUser, api }) => {
  const ed = await newUser('Ed');
  await shareNewBoard(ed);
  const at = { x: 760, y: 520 };
  await ed.page.mouse.dblclick(at.x, at.y);
  const editor = ed.page.getByRole('textbox', { name: 'Rename Note' });
  await expect(editor).toBeFocused();
  await ed.page.keyboard.type('Shard by user id');
  await ed.page.keyboard.press('Enter');
  const note = ed.board.node('Shard by user id');
  await expect(note).toBeVisible();
  const box = await ed.board.box(note);
  expect(Math.abs(box.x + box.width / 2 - at.x)).toBeLessThanOrEqual(HALF_CELL + 1);
  await expect.poll(async () => (await api.exportBoard(ed.board.boardId(), ed.board.key())).nodes.map((n) => [n.kind, n.label])).toEqual([['note', 'Shard by user id']]);

  // A double-click on a component renames it, and adds no note.
  await ed.board.node('Shard by user id').dblclick();
  await expect(ed.page.getByRole('textbox', { name: 'Rename Shard by user id' })).toBeFocused();
  await ed.page.keyboard.press('Escape');
  await expect(ed.board.nodes()).toHaveCount(1);
});

test('the classic scheme, chosen in the shortcuts sheet and remembered: a drag pans, the wheel zooms', async ({ newUser }) => {
  const ed = await newUser('Ed');
  await shareNewBoard(ed);
  await ed.board.dropFromPalette('Cache', { x: 600, y: 300 });
  const { page, board } = ed;

  await page.mouse.click(300, 820);
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet.getByRole('radio', { name: 'Drag selects, wheel scrolls' })).toBeChecked();
  await sheet.getByRole('radio', { name: 'Drag pans, wheel zooms' }).check();
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  const dragPans = async () => {
    const before = await board.viewport();
    await page.mouse.move(480, 200);
    await page.mouse.down();
    await page.mouse.move(780, 380, { steps: 8 });
    await page.mouse.up();
    await expect.poll(async () => (await board.viewport()).x).toBeCloseTo(before.x + 300, 0);
    expect((await board.viewport()).y).toBeCloseTo(before.y + 180, 0);
    await expect(board.node('Cache')).not.toHaveClass(/\bselected\b/);
  };
  await dragPans();
  const before = await board.viewport();
  await page.mouse.move(700, 480);
  await page.mouse.wheel(0, -200);
  await expect.poll(async () => (await board.viewport()).zoom).toBeGreaterThan(before.zoom);

  // Remembered in this browser: the next visit pans too.
  await page.reload();
  await expect(board.node('Cache')).toBeVisible();
  await dragPans();
  await page.keyboard.press('?');
  await expect(sheet.getByRole('radio', { name: 'Drag pans, wheel zooms' })).toBeChecked();
});
