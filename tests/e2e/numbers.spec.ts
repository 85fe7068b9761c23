import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { InspectorPanel } from './pages/InspectorPanel';

/** A fresh blank board through the public REST API; returns its edit link and how to read it back. */
async function createBoard(page: Page): Promise<{ edit: string; id: string; key: string }> {
  const response = await page.request.post('/api/boards', { data: { title: 'Numbers' } });
  expect(response.status()).toBe(201);
  const { id, keys } = (await response.json()) as { id: string; keys: { edit: string } };
  return { edit: `/b/${id}#key=${encodeURIComponent(keys.edit)}`, id, key: keys.edit };
}

async function assumptionsOnServer(page: Page, board: { id: string; key: string }): Promise<Record<string, unknown>> {
  const response = await page.request.get(`/api/boards/${board.id}/export.json`, { headers: { Authorization: `Bearer ${board.key}` } });
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { assumptions: Record<string, unknown> }).assumptions;
}

test('the estimate form takes 3억 and 300M, shows grouped digits, and gives the note\'s 3,472.2 and 6,944.4 beside ~3.5K and ~7K', async ({ newUser }) => {
  const alice = await newUser('Alice');
  const board = await createBoard(alice.page);
  await alice.board.open(board.edit, 'Alice');
  const inspector = new InspectorPanel(alice.page);
  await inspector.open('Estimate');

  await inspector.setField('Monthly active users', '3억');
  await expect(inspector.field('Monthly active users')).toHaveValue('300,000,000');
  await expect(inspector.estimate('Daily active users')).toHaveText('150M');
  await expect(inspector.exactEstimate('Daily active users')).toHaveText('150,000,000');
  await expect(inspector.estimate('Write QPS')).toHaveText('~3.5K');
  await expect(inspector.exactEstimate('Write QPS')).toHaveText('3,472.2');
  await expect(inspector.estimate('Peak write QPS')).toHaveText('~7K');
  await expect(inspector.exactEstimate('Peak write QPS')).toHaveText('6,944.4');
  await expect(inspector.estimate('Media storage over retention')).toHaveText('~55 PB');
  await expect(inspector.exactEstimate('Media storage over retention')).toHaveText('54.75 PB');
  // Every digit on hover.
  await expect(inspector.exactEstimate('Write QPS')).toHaveAttribute('title', 'Exactly 3,472.222');

  // The same number typed the English way is no change at all; 1.5억 is half of it.
  await inspector.setField('Monthly active users', '300M');
  await expect(inspector.field('Monthly active users')).toHaveValue('300,000,000');
  await inspector.setField('Monthly active users', '1.5억');
  await expect(inspector.field('Monthly active users')).toHaveValue('150,000,000');
  await expect(inspector.exactEstimate('Write QPS')).toHaveText('1,736.1');

  // Sizes with units, percentages with a %; the board file keeps plain numbers, 99.99 % as 0.9999.
  await inspector.setField('Media size', '2.5 MB');
  await expect(inspector.field('Media size')).toHaveValue('2,500,000');
  await inspector.setField('Availability target', '99.99%');
  await expect(inspector.field('Availability target')).toHaveValue('99.99');
  await expect.poll(() => assumptionsOnServer(alice.page, board)).toMatchObject({ monthlyActiveUsers: 150_000_000, mediaBytes: 2_500_000, availabilityTarget: 0.9999 });
});

test('an absurd number is refused next to the field with the allowed range, and nothing changes', async ({ newUser }) => {
  const alice = await newUser('Alice');
  const board = await createBoard(alice.page);
  await alice.board.open(board.edit, 'Alice');
  const inspector = new InspectorPanel(alice.page);
  await inspector.open('Estimate');
  await inspector.setField('Monthly active users', '300M');
  await expect(inspector.estimate('Web servers at peak')).toHaveText('77');

  const users = inspector.field('Monthly active users');
  for (const absurd of ['1e30', '-5', 'Infinity', 'NaN']) {
    await inspector.setField('Monthly active users', absurd);
    await expect(users).toHaveAttribute('aria-invalid', 'true');
    await expect(users).toHaveAccessibleDescription(/from 0 to 10,000,000,000/);
    await expect(inspector.panel.getByRole('alert')).toContainText('from 0 to 10,000,000,000');
    // What was typed stays for the person to fix; the board keeps its number.
    await expect(users).toHaveValue(absurd);
    await expect(inspector.estimate('Web servers at peak')).toHaveText('77');
  }
  await expect(inspector.panel).not.toContainText(/\de[+-]?\d/);
  expect(await assumptionsOnServer(alice.page, board)).toMatchObject({ monthlyActiveUsers: 300_000_000 });

  // Escape gives the field back its value; a good number clears the error.
  await users.press('Escape');
  await expect(users).toHaveValue('300,000,000');
  await expect(users).not.toHaveAttribute('aria-invalid');
  await inspector.setField('Monthly active users', '3천만');
  await expect(users).toHaveValue('30,000,000');
  await expect(inspector.panel.getByRole('alert')).toHaveCount(0);
});

test('a ratio property is a percentage in the inspector and a 0–1 number on the board', async ({ newUser }) => {
  const alice = await newUser('Alice');
  const board = await createBoard(alice.page);
  await alice.board.open(board.edit, 'Alice');
  const inspector = new InspectorPanel(alice.page);
  await alice.board.addFromPalette('Cache');
  await alice.board.node('Cache').click();
  await inspector.open('Properties');
  await expect(inspector.field('Hit ratio')).toHaveAttribute('placeholder', '80');
  await inspector.setField('Hit ratio', '95%');
  await expect(inspector.field('Hit ratio')).toHaveValue('95');
  await inspector.setField('Capacity per instance', '150K');
  await expect(inspector.field('Capacity per instance')).toHaveValue('150,000');
  await inspector.setField('Instances', '2.5');
  await expect(inspector.field('Instances')).toHaveAccessibleDescription(/whole number from 1 to/);
  await expect.poll(async () => {
    const response = await alice.page.request.get(`/api/boards/${board.id}/export.json`, { headers: { Authorization: `Bearer ${board.key}` } });
    return ((await response.json()) as { nodes: Array<{ props: Record<string, unknown> }> }).nodes[0]?.props;
  }).toEqual({ hitRatio: 0.95, capacityQps: 150_000 });
});
