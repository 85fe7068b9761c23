import type { Page } from '@playwright/test';
import { expect, labels, shareNewBoard, test } from './fixtures';

/** The service worker controls the page and holds the shell and every asset the page runs on. */
const shellCached = (page: Page) =>
  page.evaluate(async () => {
    if (!navigator.serviceWorker.controller) return false;
    const assets = Array.from(document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>('script[src], link[rel="stylesheet"]')).map((e) => ('src' in e ? e.src : e.href));
    for (const url of ['/', ...assets]) if (!(await caches.match(url))) return false;
    return assets.length > 0;
  });

const localDatabases = (page: Page) => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? ''));

test('edits made offline survive a reload and reach the other person on reconnect; a view key keeps nothing; a deleted board leaves no copy', async ({ newUser, api, request }) => {
  const alice = await newUser('Alice');
  const bob = await newUser('Bob');
  const viewer = await newUser('Vera');

  const { boardId, ownerKey } = await shareNewBoard(alice, { editors: [bob], viewers: [viewer] });
  await expect.poll(() => shellCached(alice.page)).toBe(true);
  await expect.poll(() => localDatabases(alice.page)).toContain(`scaleboard-board-${boardId}`);

  // Alice loses the network and keeps working.
  await alice.page.context().setOffline(true);
  await expect(alice.page.getByRole('status', { name: /^Offline/ })).toBeVisible();
  await alice.board.addFromPalette('Load balancer');
  await expect(alice.board.node('LB')).toBeVisible();
  await alice.board.addFromPalette('Database');
  await expect(alice.board.node('DB')).toBeVisible();
  await expect(alice.page.getByRole('status', { name: 'Offline — 2 changes kept on this device' })).toBeVisible();
  expect(labels(await api.exportBoard(boardId, ownerKey))).toEqual([]);

  // A reload while offline: the page comes from the service worker, the board from IndexedDB.
  await alice.page.reload();
  await expect(alice.board.node('LB')).toBeVisible();
  await expect(alice.board.node('DB')).toBeVisible();
  await expect(alice.page.getByRole('status', { name: 'Offline — 2 changes kept on this device' })).toBeVisible();
  expect(labels(await api.exportBoard(boardId, ownerKey))).toEqual([]);

  // Back online: every edit reaches the server and Bob.
  await alice.page.context().setOffline(false);
  await expect(alice.page.getByRole('status', { name: 'Live' })).toBeVisible();
  await expect(bob.board.node('LB')).toBeVisible();
  await expect(bob.board.node('DB')).toBeVisible();
  await expect.poll(async () => labels(await api.exportBoard(boardId, ownerKey))).toEqual(['DB', 'LB']);

  // The view key saw it all and stored none of it: it has nothing to send later.
  await expect(viewer.board.node('DB')).toBeVisible();
  expect(await localDatabases(viewer.page)).not.toContain(`scaleboard-board-${boardId}`);

  // The owner deletes the board: the copy Alice's browser kept goes too, so it cannot come back.
  expect(await localDatabases(alice.page)).toContain(`scaleboard-board-${boardId}`);
  const deleted = await request.delete(`/api/boards/${encodeURIComponent(boardId)}`, { headers: { Authorization: `Bearer ${ownerKey}` } });
  expect(deleted.ok()).toBe(true);
  await expect.poll(() => localDatabases(alice.page)).not.toContain(`scaleboard-board-${boardId}`);
  expect(await alice.page.evaluate(() => localStorage.getItem('scaleboard.localCopies'))).not.toContain(boardId);
});
