import type { Page } from '@playwright/test';
import { drawDrillCard, estimate } from '@scaleboard/rules';
import { expect, test } from './fixtures';
import { InspectorPanel } from './pages/InspectorPanel';
import { InterviewBar } from './pages/InterviewBar';

/** A board of chapter 1 (users → LB → two web servers → one database) through the REST API; its owner and edit links. */
async function createBoard(page: Page): Promise<{ owner: string; edit: string }> {
  const response = await page.request.post('/api/boards', { data: { title: 'Drills', template: 'ch1-3-load-balancer' } });
  expect(response.status()).toBe(201);
  const { id, keys } = (await response.json()) as { id: string; keys: { owner: string; edit: string } };
  const link = (key: string) => `/b/${id}#key=${encodeURIComponent(key)}`;
  return { owner: link(keys.owner), edit: link(keys.edit) };
}

const OUTAGE = 'A failure reaches the users';
const banner = (page: Page) => page.getByRole('status', { name: 'What-if drill' });

test('the owner plays "primary DB down"; the candidate sees it, adds a replica, and the drill’s finding clears on both screens', async ({ newUser }, testInfo) => {
  const ivy = await newUser('Ivy');
  const cam = await newUser('Cam');
  const links = await createBoard(ivy.page);
  await ivy.board.open(links.owner, 'Ivy');
  await cam.board.open(links.edit, 'Cam');
  const ivyInspector = new InspectorPanel(ivy.page);
  const camInspector = new InspectorPanel(cam.page);

  // Only the owner has the drill menu.
  await expect(cam.page.getByRole('button', { name: 'What-if drill' })).toHaveCount(0);
  await ivy.page.getByRole('button', { name: 'What-if drill' }).click();
  await ivy.page.getByRole('menuitem', { name: 'Primary database down' }).click();

  for (const [user, inspector] of [[ivy, ivyInspector], [cam, camInspector]] as const) {
    await expect(banner(user.page)).toContainText('Drill: Primary DB down — started by Ivy');
    await expect(user.board.node('db')).toContainText('Down');
    await expect(user.page.getByRole('toolbar', { name: 'Design analysis' }).getByRole('button', { name: 'Load', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await inspector.open('Findings');
    await expect(inspector.finding(OUTAGE, 'db')).toBeVisible();
  }
  await expect(banner(cam.page).getByRole('button', { name: 'End drill' })).toHaveCount(0);
  await ivy.page.screenshot({ path: testInfo.outputPath('drill-owner.png') });
  await cam.page.screenshot({ path: testInfo.outputPath('drill-candidate.png') });

  // The candidate fixes the design while the drill runs: the database gets a replica to fail over to.
  await cam.board.node('db').click();
  await camInspector.open('Properties');
  await camInspector.setField('Replicas', '1');
  for (const [user, inspector] of [[ivy, ivyInspector], [cam, camInspector]] as const) {
    await inspector.open('Findings');
    await expect(inspector.finding(OUTAGE, 'db')).toHaveCount(0);
    await expect(inspector.panel.getByRole('listitem', { name: 'Primary down: a replica is promoted' })).toBeVisible();
    await expect(banner(user.page)).toContainText('Drill: Primary DB down');
  }
  await ivy.page.screenshot({ path: testInfo.outputPath('drill-owner-fixed.png') });

  // The owner ends it: the board is the board as drawn again, for both.
  await banner(ivy.page).getByRole('button', { name: 'End drill' }).click();
  for (const user of [ivy, cam]) {
    await expect(banner(user.page)).toHaveCount(0);
    await expect(user.board.node('db')).not.toContainText('Down');
  }
});

test('the estimation drill grades each answer within 2× on the landing page; in an interview only the owner sees the grade', async ({ newUser }, testInfo) => {
  const card = estimate(drawDrillCard(1));
  const ivy = await newUser('Ivy');

  // Study: card 1 from the landing page, three answers close enough and one far off.
  await ivy.landing.goto();
  await ivy.page.getByRole('button', { name: 'Practise estimation' }).click();
  const dialog = ivy.page.getByRole('dialog', { name: 'Estimation drill' });
  await dialog.getByLabel('Card number').fill('1');
  await expect(dialog.getByRole('definition').first()).toHaveText('300M');
  await dialog.getByLabel('Daily active users').fill(String(card.dailyActiveUsers * 1.5));
  await dialog.getByLabel('QPS (reads + writes, average)').fill(String(Math.round(card.qps / 1.9)));
  await dialog.getByLabel('Storage over retention').fill(`${card.storageTotalBytes / 1e12} TB`);
  await dialog.getByLabel('Web servers at peak').fill(String(card.serversNeeded.webServers * 3));
  await dialog.getByRole('button', { name: 'Check my estimates' }).click();
  await expect(dialog.getByText('3 of 4 within 2×')).toBeVisible();
  const row = (figure: string) => dialog.getByRole('row').filter({ has: ivy.page.getByRole('rowheader', { name: figure }) });
  await expect(row('Daily active users')).toContainText('Pass');
  await expect(row('Storage over retention')).toContainText('Pass');
  await expect(row('Web servers at peak')).toContainText('Off by more than 2×');
  await ivy.page.screenshot({ path: testInfo.outputPath('estimation-study.png') });
  await dialog.getByLabel('Daily active users').fill('lots');
  await dialog.getByRole('button', { name: 'Check my estimates' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Not a number');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Interview: the candidate answers card 1; the grade shows in the owner's guide only.
  const cam = await newUser('Cam');
  const links = await createBoard(ivy.page);
  await ivy.board.open(links.owner, 'Ivy');
  await cam.board.open(links.edit, 'Cam');
  const ivyBar = new InterviewBar(ivy.page);
  await ivyBar.start();
  await expect(new InterviewBar(cam.page).phase).toHaveText('Scope');
  await new InspectorPanel(cam.page).open('Estimate');
  await cam.page.getByRole('button', { name: 'Practise estimation' }).click();
  const camDialog = cam.page.getByRole('dialog', { name: 'Estimation drill' });
  await camDialog.getByLabel('Card number').fill('1');
  await camDialog.getByLabel('Daily active users').fill(String(card.dailyActiveUsers));
  await camDialog.getByLabel('Web servers at peak').fill('1');
  await camDialog.getByRole('button', { name: 'Send to the interviewer' }).click();
  await expect(camDialog.getByRole('status')).toHaveText('Sent: the interviewer sees how your estimates compare.');
  await expect(camDialog.getByText(/within 2×/)).toHaveCount(0);

  const guide = await ivyBar.openGuide();
  const received = guide.getByRole('region', { name: 'Candidate’s estimates' });
  await expect(received.getByText('1 of 4 within 2×')).toBeVisible();
  await expect(received.getByRole('row').filter({ hasText: 'Daily active users' })).toContainText('Pass');
  await expect(received.getByRole('row').filter({ hasText: 'QPS' })).toContainText('No answer');
  await ivy.page.screenshot({ path: testInfo.outputPath('estimation-owner.png') });
});
