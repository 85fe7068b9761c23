import { expect, labels, test, type User } from './fixtures';
import { HistoryPanel } from './pages/HistoryPanel';
import { InterviewBar } from './pages/InterviewBar';
import { recordTraffic } from './recordTraffic';

/** Ivy (the owner, interviewer) makes a board; Cam (the candidate) joins it with the edit link. */
async function interviewBoard(ivy: User, cam: User): Promise<{ boardId: string; ownerKey: string }> {
  await ivy.landing.goto();
  await ivy.landing.newBoard();
  await ivy.board.joinAs('Ivy');
  const links = await ivy.board.shareLinks();
  await cam.board.open(links.edit!, 'Cam');
  return { boardId: ivy.board.boardId(), ownerKey: ivy.board.key() };
}


test('an interview replays: phase markers on the scrubber, play at 32× to the last version, scrub back to the first; the candidate sees the same player', async ({ newUser, api }) => {
  const ivy = await newUser('Ivy');
  const cam = await newUser('Cam');
  const ivyBar = new InterviewBar(ivy.page);
  const { boardId, ownerKey } = await interviewBoard(ivy, cam);

  // Two edits in the first phase, one in the second.
  await ivyBar.start();
  await ivy.board.dropFromPalette('Load balancer', { x: 520, y: 420 });
  await ivy.board.dropFromPalette('Web server', { x: 820, y: 420 });
  await expect.poll(async () => labels(await api.exportBoard(boardId, ownerKey))).toEqual(['LB', 'Web']);
  await ivyBar.next();
  await expect(new InterviewBar(cam.page).phase).toHaveText('High-level design');
  await cam.board.dropFromPalette('Database', { x: 1000, y: 560 });
  await expect.poll(async () => labels(await api.exportBoard(boardId, ownerKey))).toEqual(['DB', 'LB', 'Web']);
  // Every edit is stored as a version before the replay reads the timeline.
  const newest = await api.newestVersionWith(boardId, ownerKey, 'DB');
  const { versions } = await api.history(boardId, ownerKey);
  const first = versions.at(-1)!.version;
  const total = versions.length;

  const history = new HistoryPanel(ivy.page);
  await history.open();
  await history.openReplay();
  await expect(history.phaseMarker('Scope')).toBeVisible();
  await expect(history.player.getByRole('img', { name: 'Findings over time' })).toBeVisible();
  await expect(history.preview(first)).toBeVisible();
  await expect(history.player.getByText(`Version ${first} · 1 of ${total}`)).toBeVisible();

  // Play at 32×: the player runs to the newest version and stops there.
  await history.player.getByRole('combobox', { name: 'Speed' }).selectOption('32');
  await history.player.getByRole('button', { name: 'Play' }).click();
  await expect(history.preview(newest)).toBeVisible({ timeout: 30_000 });
  await expect(history.preview(newest).getByRole('img', { name: `The board at version ${newest}` })).toBeVisible();
  await expect(history.player.getByText(`Version ${newest} · ${total} of ${total}`)).toBeVisible();
  await expect(history.player.getByRole('button', { name: 'Play' })).toBeVisible();
  // The picture in docs/history.md: `REPLAY_SCREENSHOT=../docs/screenshot-replay.png` redraws it.
  if (process.env.REPLAY_SCREENSHOT) await ivy.page.screenshot({ path: process.env.REPLAY_SCREENSHOT });

  // Scrub back to the start.
  await history.scrubber.focus();
  await ivy.page.keyboard.press('Home');
  await expect(history.preview(first)).toBeVisible();
  await expect(history.player.getByText(`Version ${first} · 1 of ${total}`)).toBeVisible();
  // The arrow keys step along the scrubber.
  await ivy.page.keyboard.press('ArrowRight');
  await expect(history.player.getByText(`Version ${versions.at(-2)!.version} · 2 of ${total}`)).toBeVisible();

  // The candidate (edit key) sees the same player, markers and all; Space plays it.
  const camHistory = new HistoryPanel(cam.page);
  await camHistory.open();
  await camHistory.openReplay();
  await expect(camHistory.phaseMarker('Scope')).toBeVisible();
  await expect(camHistory.player.getByText(`Version ${first} · 1 of ${total}`)).toBeVisible();
  await camHistory.player.getByRole('combobox', { name: 'Speed' }).selectOption('32');
  await camHistory.player.focus();
  await cam.page.keyboard.press(' ');
  await expect(camHistory.preview(newest)).toBeVisible({ timeout: 30_000 });
  // Escape leaves the replay for the live board.
  await cam.page.keyboard.press('Escape');
  await expect(camHistory.preview(newest)).toHaveCount(0);
  await expect(camHistory.player).toHaveCount(0);
});

test('the owner replays their private notes as they were at each moment; the candidate\'s replay never receives them', async ({ newUser, api }) => {
  const ivy = await newUser('Ivy');
  const cam = await newUser('Cam');
  const camTraffic = recordTraffic(cam.page);
  const ivyBar = new InterviewBar(ivy.page);
  const { boardId, ownerKey } = await interviewBoard(ivy, cam);

  // An edit, then the notes (written twice, scored once), then another edit.
  await ivyBar.start();
  await cam.board.dropFromPalette('Load balancer', { x: 520, y: 420 });
  await expect.poll(async () => labels(await api.exportBoard(boardId, ownerKey))).toEqual(['LB']);
  const secret = `SECRET-REPLAY-NOTE-${Date.now()}`;
  const guide = await ivyBar.openGuide();
  await guide.getByLabel('Interviewer notes').fill(`${secret} draft`);
  await expect(guide.getByRole('status')).toHaveText('Saved');
  await guide.getByLabel('Interviewer notes').fill(`${secret} forgot the cache`);
  await guide.getByLabel('Communication score').selectOption('3');
  // Saved before the next edit, so that edit's version comes after this revision.
  await expect
    .poll(async () => {
      const saved = await api.interviewNotes(boardId, ownerKey);
      return [saved.notes, saved.rubric.communication?.score];
    })
    .toEqual([`${secret} forgot the cache`, 3]);
  await guide.getByRole('button', { name: 'Close interview guide' }).click();
  await cam.board.dropFromPalette('Web server', { x: 820, y: 420 });
  const newest = await api.newestVersionWith(boardId, ownerKey, 'Web');

  // The owner's replay: notes as they were, a tick where they were saved.
  const history = new HistoryPanel(ivy.page);
  await history.open();
  await history.openReplay();
  const notes = history.player.getByRole('region', { name: 'Your private notes then' });
  await expect(history.player.getByRole('img', { name: 'Notes saved here' }).first()).toBeVisible();
  await history.scrubber.focus();
  await ivy.page.keyboard.press('Home');
  await expect(notes.getByText('No notes written yet at this moment.')).toBeVisible();
  await ivy.page.keyboard.press('End');
  await expect(history.preview(newest)).toBeVisible();
  await expect(notes.getByText(`${secret} forgot the cache`)).toBeVisible();
  await expect(notes.getByRole('row', { name: /Communication 3/ })).toBeVisible();

  // The candidate's replay: the same player, no notes, no ticks — and nothing of them on the wire.
  const camHistory = new HistoryPanel(cam.page);
  await camHistory.open();
  await camHistory.openReplay();
  await camHistory.scrubber.focus();
  await cam.page.keyboard.press('End');
  await expect(camHistory.preview(newest)).toBeVisible();
  await expect(camHistory.player.getByRole('region', { name: 'Your private notes then' })).toHaveCount(0);
  await expect(camHistory.player.getByRole('img', { name: 'Notes saved here' })).toHaveCount(0);
  await expect.poll(() => camTraffic.some((entry) => entry.includes('/history/timeline'))).toBe(true);
  expect(camTraffic.filter((entry) => entry.includes('/interview/notes'))).toEqual([]);
  expect(camTraffic.filter((entry) => entry.includes(secret))).toEqual([]);
  expect(await cam.page.content()).not.toContain(secret);
});
