import type { Page } from '@playwright/test';
import { expect, labels, test, type Api, type User } from './fixtures';
import { InterviewBar } from './pages/InterviewBar';
import { ReplayPage } from './pages/ReplayPage';
import { recordTraffic } from './recordTraffic';

/**
 * Issue 15's replay links: the owner mints one for a hiring committee; a fresh browser opens it
 * and plays the replay without ever opening the live board's sockets or receiving the notes; a
 * revoked link stops, even on an open page; a link minted with the notes shows them. And the
 * interview summary's links open the replay at the moment they name.
 */


/** The owner's Share dialog, at its replay links section. */
async function shareDialog(page: Page) {
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this board' });
  await expect(dialog.getByRole('heading', { name: 'Replay links' })).toBeVisible();
  return dialog;
}

/** Mints a replay link in the Share dialog and reads it from the copy field. */
async function mintReplayLink(owner: User, includeNotes: boolean): Promise<string> {
  const dialog = await shareDialog(owner.page);
  await dialog.getByRole('checkbox', { name: 'Include my notes' }).setChecked(includeNotes);
  await dialog.getByRole('button', { name: 'Create replay link' }).click();
  const url = await dialog.getByLabel('New replay link', { exact: true }).inputValue();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return url;
}

/** Ivy (owner) interviews Cam: an edit, private notes, another edit. The newest version holds both edits. */
async function interviewWithNotes(ivy: User, cam: User, api: Api, secret: string) {
  await ivy.landing.goto();
  await ivy.landing.newBoard();
  await ivy.board.joinAs('Ivy');
  const links = await ivy.board.shareLinks();
  await cam.board.open(links.edit!, 'Cam');
  const boardId = ivy.board.boardId();
  const ownerKey = ivy.board.key();
  const bar = new InterviewBar(ivy.page);
  await bar.start();
  await cam.board.dropFromPalette('Load balancer', { x: 520, y: 420 });
  await expect.poll(async () => labels(await api.exportBoard(boardId, ownerKey))).toEqual(['LB']);
  const guide = await bar.openGuide();
  await guide.getByLabel('Interviewer notes').fill(secret);
  await expect.poll(async () => (await api.interviewNotes(boardId, ownerKey)).notes).toBe(secret);
  await guide.getByRole('button', { name: 'Close interview guide' }).click();
  await bar.next();
  await cam.board.dropFromPalette('Web server', { x: 820, y: 420 });
  const newest = await api.newestVersionWith(boardId, ownerKey, 'Web');
  return { boardId, ownerKey, newest };
}

test('a replay link plays the interview without the live board or the notes, stops when revoked, and shows the notes only when included', async ({ newUser, api }) => {
  // Four browsers and an interview: longer than the default minute on the shared machine.
  test.setTimeout(150_000);
  const ivy = await newUser('Ivy');
  const cam = await newUser('Cam');
  const secret = `SECRET-COMMITTEE-NOTE-${Date.now()}`;
  const { newest } = await interviewWithNotes(ivy, cam, api, secret);

  const withoutNotes = await mintReplayLink(ivy, false);
  expect(new URL(withoutNotes).pathname).toMatch(/^\/b\/[^/]+\/replay$/);

  // A fresh browser (no key of this board) opens it: the replay plays, read-only, with no notes.
  const committee = await newUser('Committee');
  const traffic = recordTraffic(committee.page);
  const sockets: string[] = [];
  committee.page.on('websocket', (ws) => sockets.push(ws.url()));
  const replay = new ReplayPage(committee.page);
  await replay.open(withoutNotes);
  await replay.playToEnd(newest);
  await expect(replay.preview(newest).getByRole('img', { name: `The board at version ${newest}` })).toBeVisible();
  await expect(committee.page.getByRole('button', { name: 'Back to live' })).toHaveCount(0);
  await expect(committee.page.getByRole('button', { name: /Restore/ })).toHaveCount(0);
  await expect(replay.notes).toHaveCount(0);
  await expect.poll(() => traffic.some((entry) => entry.includes('/history/timeline'))).toBe(true);
  expect(sockets).toEqual([]);
  expect(traffic.filter((entry) => entry.includes(secret))).toEqual([]);
  expect(traffic.filter((entry) => /\/api\/boards\/[^/]+\/(export|report|interview\/(notes|summary)\b(?!\/revisions))/.test(entry.split(' ')[0]!))).toEqual([]);
  expect(await committee.page.content()).not.toContain(secret);

  // The owner revokes it: the open page stops and says so; opening it again does not work either.
  const dialog = await shareDialog(ivy.page);
  await dialog.getByRole('listitem').filter({ hasText: 'without notes' }).getByRole('button', { name: /^Revoke the replay link/ }).click();
  await ivy.page.getByRole('alertdialog').getByRole('button', { name: 'Revoke link' }).click();
  await expect(dialog.getByText('No replay links yet.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  const revoked = committee.page.getByText('This replay link no longer works: the owner revoked it.');
  await expect(revoked).toBeVisible({ timeout: 15_000 });
  await expect(replay.player).toHaveCount(0);
  await committee.page.reload();
  await expect(revoked).toBeVisible();

  // Minted with the notes: the replay shows them as they were.
  const withNotes = await mintReplayLink(ivy, true);
  const chair = await newUser('Chair');
  const chairSockets: string[] = [];
  chair.page.on('websocket', (ws) => chairSockets.push(ws.url()));
  const chairReplay = new ReplayPage(chair.page);
  await chairReplay.open(withNotes);
  await chairReplay.scrubber.focus();
  await chair.page.keyboard.press('End');
  await expect(chairReplay.preview(newest)).toBeVisible();
  await expect(chairReplay.notes.getByText(secret)).toBeVisible();
  expect(chairSockets).toEqual([]);
});

test('the interview summary links each phase to the replay at its start', async ({ newUser, api, request }) => {
  const ivy = await newUser('Ivy');
  const cam = await newUser('Cam');
  const { boardId, ownerKey } = await interviewWithNotes(ivy, cam, api, 'notes');
  const summary = await (await request.get(`/api/boards/${boardId}/interview/summary.md`, { headers: { Authorization: `Bearer ${ownerKey}` } })).text();
  const link = /\[2\. High-level design\]\(([^)]+)\)/.exec(summary)?.[1];
  expect(link).toBeDefined();
  expect(link).not.toContain('key=');
  const at = Date.parse(new URLSearchParams(new URL(link!).hash.slice(1)).get('at')!);

  // The moment: the last version at or before the phase began (the first edit), not the newest.
  const { versions } = await api.history(boardId, ownerKey);
  const oldestFirst = [...versions].reverse();
  const expected = oldestFirst.filter((v) => Date.parse(v.at) <= at).at(-1)!;
  expect(expected.version).not.toBe(versions[0]!.version);
  const position = oldestFirst.indexOf(expected) + 1;

  // Ivy's browser knows the board's key, so the summary's key-less link opens there.
  const replay = new ReplayPage(ivy.page);
  await replay.open(new URL(link!).pathname + new URL(link!).hash);
  await expect(replay.player.getByText(`Version ${expected.version} · ${position} of ${versions.length}`)).toBeVisible();
  await expect(replay.preview(expected.version)).toBeVisible();
});
