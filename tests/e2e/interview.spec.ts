import { expect, test } from './fixtures';
import { InterviewBar } from './pages/InterviewBar';
import { recordTraffic } from './recordTraffic';
import { docFromSyncStep2, sendFromPage } from './yjsWire';

test('interviewer runs the phases; the candidate follows the same clock, across a reload, and never receives the private notes', async ({ newUser }) => {
  const ivy = await newUser('Ivy');
  const cam = await newUser('Cam');
  const camTraffic = recordTraffic(cam.page);
  const ivyBar = new InterviewBar(ivy.page);
  const camBar = new InterviewBar(cam.page);

  await ivy.landing.goto();
  await ivy.landing.newBoard();
  await ivy.board.joinAs('Ivy');
  const boardId = ivy.board.boardId();
  const links = await ivy.board.shareLinks();
  await cam.board.open(links.edit!, 'Cam');
  // Before the start the candidate has no clock and no controls.
  await expect(camBar.bar).toHaveCount(0);
  await expect(cam.page.getByRole('button', { name: 'Start interview' })).toHaveCount(0);

  await ivyBar.start();
  await expect(camBar.phase).toHaveText('Scope');
  await expect(camBar.clock).toHaveText(/^0[45]:\d{2}$/);
  // Both read the same clock, and it runs.
  const [ivyLeft, camLeft] = await Promise.all([ivyBar.secondsLeft(), camBar.secondsLeft()]);
  expect(Math.abs(ivyLeft - camLeft)).toBeLessThanOrEqual(1);
  await expect.poll(() => camBar.secondsLeft()).toBeLessThan(camLeft);
  await expect(camBar.bar.getByRole('button', { name: 'Next phase' })).toHaveCount(0);

  // The interviewer writes a private note and scores the rubric.
  const secret = `SECRET-NOTE-${Date.now()}`;
  const panel = await ivyBar.openGuide();
  await expect(panel.getByRole('group', { name: 'Scope checklist' })).toBeVisible();
  await panel.getByRole('checkbox', { name: 'Users: how many, daily and monthly?' }).check();
  // The checklist is shared: the candidate sees the tick in their own guide.
  const camGuide = await camBar.openGuide();
  await expect(camGuide.getByRole('checkbox', { name: 'Users: how many, daily and monthly?' })).toBeChecked();
  await camGuide.getByRole('button', { name: 'Close interview guide' }).click();
  await panel.getByRole('button', { name: 'Open the estimate inputs' }).click();
  await expect(ivy.page.getByRole('tab', { name: 'Estimate' })).toHaveAttribute('aria-selected', 'true');
  await panel.getByLabel('Interviewer notes').fill(`${secret} missed the cache`);
  await panel.getByLabel('Communication score').selectOption('3');
  await panel.getByLabel('Communication comment').fill(`${secret} clear`);
  await expect(panel.getByRole('status')).toHaveText('Saved');
  await panel.getByRole('button', { name: 'Close interview guide' }).click();

  await ivyBar.next();
  await expect(ivyBar.phase).toHaveText('High-level design');
  await expect(camBar.phase).toHaveText('High-level design');

  // A reload lands on the same phase and the same remaining time.
  await cam.page.reload();
  await expect(cam.board.canvas).toBeVisible();
  await expect(camBar.phase).toHaveText('High-level design');
  await expect(camBar.clock).toHaveText(/^1[45]:\d{2}$/);
  const [ivyAfter, camAfter] = await Promise.all([ivyBar.secondsLeft(), camBar.secondsLeft()]);
  expect(Math.abs(ivyAfter - camAfter)).toBeLessThanOrEqual(1);

  // The candidate's guide has no notes; the owner's phase-1 snapshot is there for the owner.
  const camPanel = await camBar.openGuide();
  await expect(camPanel.getByLabel('Interviewer notes')).toHaveCount(0);
  await expect(camPanel.getByRole('list', { name: 'Key components on the board' })).toBeVisible();
  const ivyPanel = await ivyBar.openGuide();
  await expect(ivyPanel.getByRole('button', { name: 'Board at the end of phase 1' })).toBeVisible();

  // The note is nowhere on the candidate's side: not in the page, not on the wire, not in the Yjs document.
  expect(await cam.page.content()).not.toContain(secret);
  expect(camTraffic.length).toBeGreaterThan(0);
  expect(camTraffic.some((entry) => entry.includes('interview:state'))).toBe(true);
  expect(camTraffic.filter((entry) => entry.includes(secret))).toEqual([]);
  const editKey = decodeURIComponent(new URL(links.edit!).hash.replace(/^#key=/, ''));
  const wsUrl = `${new URL(links.edit!).origin.replace(/^http/, 'ws')}/yjs/${boardId}?key=${encodeURIComponent(editKey)}`;
  const reply = await sendFromPage(cam.page, wsUrl, []);
  expect(reply).not.toBeNull();
  // Yjs encodes strings as UTF-8, so the raw document bytes would show the note verbatim.
  expect(Buffer.from(reply!).toString('utf8')).not.toContain(secret);
  const doc = docFromSyncStep2(reply!);
  const everything = JSON.stringify(['nodes', 'edges', 'meta', 'interviewScope'].map((name) => doc.getMap(name).toJSON()));
  expect(everything).not.toContain(secret);
});

test('the owner sets the phase budgets before starting', async ({ newUser }) => {
  const ivy = await newUser('Ivy');
  const bar = new InterviewBar(ivy.page);
  await ivy.landing.goto();
  await ivy.landing.newBoard();
  await ivy.board.joinAs('Ivy');
  await ivy.page.getByRole('button', { name: 'Phase budgets' }).click();
  const budgets = ivy.page.getByRole('dialog', { name: 'Phase budgets' });
  await expect(budgets.getByText('Total: 45 min')).toBeVisible();
  await budgets.getByLabel('Scope minutes').fill('8');
  await expect(budgets.getByText('Total: 48 min')).toBeVisible();
  await budgets.getByRole('button', { name: 'Start interview' }).click();
  await expect(bar.clock).toHaveText(/^0[78]:\d{2}$/);
});
