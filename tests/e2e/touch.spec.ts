import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** A finger pressing at `from`, sliding to `to` in small steps and lifting, through Chromium's real touch input. */
async function fingerDrag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
  const steps = 12;
  for (let i = 1; i <= steps; i++) {
    const point = { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

test('on a 1024 px touch screen the canvas keeps two thirds of the width, and a finger drags a component from the palette onto the board', async ({ newUser }) => {
  const tablet = { hasTouch: true, isMobile: true, viewport: { width: 1024, height: 768 } };
  const alice = await newUser('Alice', tablet);
  await alice.landing.goto();
  await alice.landing.newBoard();
  await alice.board.joinAs('Alice');

  // The panels fold on a 1024 px window: the canvas between them keeps at least two thirds of it.
  const palette = await alice.board.box(alice.board.palette);
  const inspector = await alice.board.box(alice.page.locator('.inspector'));
  expect(inspector.x - (palette.x + palette.width)).toBeGreaterThanOrEqual((1024 * 2) / 3);

  const entry = await alice.board.box(alice.board.palette.getByRole('button', { name: 'Add Load balancer' }));
  const canvas = await alice.board.box(alice.board.canvas);
  const drop = { x: Math.round(canvas.x + canvas.width * 0.6), y: Math.round(canvas.y + canvas.height * 0.4) };
  await fingerDrag(alice.page, { x: entry.x + entry.width / 2, y: entry.y + entry.height / 2 }, drop);

  await expect(alice.board.nodes()).toHaveCount(1);
  const placed = await alice.board.box(alice.board.node('LB'));
  // Centred under the lifted finger (within the 20 px grid snap).
  expect(Math.abs(placed.x + placed.width / 2 - drop.x)).toBeLessThanOrEqual(20);
  expect(Math.abs(placed.y + placed.height / 2 - drop.y)).toBeLessThanOrEqual(20);
});
