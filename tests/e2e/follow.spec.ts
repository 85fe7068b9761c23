import { expect, test } from './fixtures';
import { awarenessMessage } from './yjsWire';

const close = (a: { x: number; y: number; zoom: number }, b: { x: number; y: number; zoom: number }) =>
  Math.abs(a.x - b.x) < 1 && Math.abs(a.y - b.y) < 1 && Math.abs(a.zoom - b.zoom) < 0.001;

test('the laser pointer draws a fading trail on the other person’s screen', async ({ newUser }) => {
  const ada = await newUser('Ada');
  const bob = await newUser('Bob');
  await ada.landing.goto();
  await ada.landing.newBoard();
  await ada.board.joinAs('Ada');
  const links = await ada.board.shareLinks();
  await bob.board.open(links.edit!, 'Bob');
  await bob.page.getByRole('button', { name: 'Laser pointer' }).click();
  await expect(bob.page.getByRole('button', { name: 'Turn the laser pointer off' })).toHaveAttribute('aria-pressed', 'true');
  let step = 0;
  // Keep pointing while polling: the trail fades by design, so each check follows a fresh move.
  await expect
    .poll(async () => {
      step++;
      await bob.page.mouse.move(500 + (step % 20) * 15, 400 + (step % 7) * 10);
      return ada.page.locator('.laser-layer line').count();
    })
    .toBeGreaterThan(0);
  await bob.page.getByRole('button', { name: 'Turn the laser pointer off' }).click();
  await expect(ada.page.locator('.laser-layer')).toHaveCount(0);
});

test('follow mode: click a person to follow their viewport, stop by panning; the owner asks everyone to follow', async ({ newUser }) => {
  const ada = await newUser('Ada');
  const bob = await newUser('Bob');
  await ada.landing.goto();
  await ada.page.getByRole('button', { name: 'From a template' }).click();
  await ada.page.getByRole('button', { name: 'Use 5. Cache tier', exact: true }).click();
  await ada.board.joinAs('Ada');
  const links = await ada.board.shareLinks();
  await bob.board.open(links.edit!, 'Bob');

  // Bob follows Ada from the roster; Ada zooms twice and Bob's view goes with her.
  await bob.page.getByRole('button', { name: 'Follow Ada, Owner' }).click();
  await expect(bob.page.getByRole('status').filter({ hasText: 'Following Ada' })).toBeVisible();
  const bobBefore = await bob.board.viewport();
  await ada.page.getByRole('button', { name: 'Zoom in' }).click();
  await ada.page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => close(await bob.board.viewport(), await ada.board.viewport())).toBe(true);
  expect((await bob.board.viewport()).zoom).toBeGreaterThan(bobBefore.zoom);

  // Bob zooms on his own (Ctrl+wheel: the wheel alone scrolls): following stops, and Ada's next move leaves Bob where he is.
  await bob.page.mouse.move(900, 500);
  await bob.page.keyboard.down('Control');
  await bob.page.mouse.wheel(0, 300);
  await bob.page.keyboard.up('Control');
  await expect(bob.page.getByRole('status').filter({ hasText: 'Following Ada' })).toHaveCount(0);
  await expect.poll(async () => (await bob.board.viewport()).zoom).toBeLessThan((await ada.board.viewport()).zoom);
  const bobAlone = await bob.board.viewport();
  await ada.page.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(async () => (await ada.board.viewport()).zoom).not.toBe(bobAlone.zoom);
  expect(await bob.board.viewport()).toEqual(bobAlone);

  // The owner asks everyone to follow her.
  await ada.page.getByRole('button', { name: 'Ask everyone to follow me' }).click();
  await expect(bob.page.getByRole('status').filter({ hasText: 'Following Ada' })).toBeVisible();
  await expect.poll(async () => close(await bob.board.viewport(), await ada.board.viewport())).toBe(true);
  // Someone joining while she leads follows her too.
  const cy = await newUser('Cy');
  await cy.board.open(links.edit!, 'Cy');
  await expect(cy.page.getByRole('status').filter({ hasText: 'Following Ada' })).toBeVisible();
  await ada.page.getByRole('button', { name: 'Stop asking everyone to follow me' }).click();
  await expect(cy.page.getByRole('status').filter({ hasText: 'Following Ada' })).toHaveCount(0);
  await expect(bob.page.getByRole('status').filter({ hasText: 'Following Ada' })).toHaveCount(0);
});

test('a view-link user who claims to lead is not followed by people who join (only the owner leads)', async ({ newUser }) => {
  const ada = await newUser('Ada');
  await ada.landing.goto();
  await ada.landing.newBoard();
  await ada.board.joinAs('Ada');
  const links = await ada.board.shareLinks();
  const mallory = await newUser('Mallory');
  await mallory.board.open(links.view!, 'Mallory');

  // Mallory's page opens its own sync socket and announces a presence that says it leads, then
  // a second one with a cursor: once that cursor shows, the first announcement was handled too.
  const view = new URL(links.view!);
  const boardId = ada.board.boardId();
  const viewKey = decodeURIComponent(view.hash.replace(/^#key=/, ''));
  const wsUrl = `${view.origin.replace(/^http/, 'ws')}/yjs/${boardId}?key=${encodeURIComponent(viewKey)}`;
  const claim = awarenessMessage(424242, {
    user: { name: 'Mallory', color: '#e03131' },
    member: 'mallory-claims-to-lead',
    leading: true,
    viewport: { x: -5000, y: -5000, zoom: 2, width: 800, height: 600 },
  });
  const marker = awarenessMessage(424243, { user: { name: 'Marker', color: '#2f9e44' }, cursor: { x: 40, y: 40 } });
  await mallory.page.evaluate(
    async ({ url, messages }) =>
      new Promise<void>((resolve) => {
        const ws = new WebSocket(url);
        // Kept open: closing would take the announcements away again.
        (window as unknown as { attack: WebSocket }).attack = ws;
        ws.onopen = () => {
          for (const message of messages) ws.send(new Uint8Array(message));
          resolve();
        };
      }),
    { url: wsUrl, messages: [claim, marker] },
  );

  const cy = await newUser('Cy');
  await cy.board.open(links.edit!, 'Cy');
  await expect(cy.page.getByRole('img', { name: 'Cursor of Marker' })).toBeVisible();
  await expect(cy.page.getByRole('status').filter({ hasText: 'Following' })).toHaveCount(0);
});
