import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { InspectorPanel } from './pages/InspectorPanel';

/** A fresh blank board through the public REST API; returns its edit and view links. */
async function createBoard(page: Page): Promise<{ edit: string; view: string }> {
  const response = await page.request.post('/api/boards', { data: { title: 'Analysis' } });
  expect(response.status()).toBe(201);
  const { id, keys } = (await response.json()) as { id: string; keys: { edit: string; view: string } };
  return { edit: `/b/${id}#key=${encodeURIComponent(keys.edit)}`, view: `/b/${id}#key=${encodeURIComponent(keys.view)}` };
}

const SPOF = 'Single point of failure on the request path';

test('a single cache is a single point of failure for both people until one raises its instances; a one-click fix is one undo step', async ({ newUser }) => {
  const alice = await newUser('Alice');
  const bob = await newUser('Bob');
  const links = await createBoard(alice.page);
  await alice.board.open(links.edit, 'Alice');
  await bob.board.open(links.edit, 'Bob');
  const aliceInspector = new InspectorPanel(alice.page);
  const bobInspector = new InspectorPanel(bob.page);

  // Alice: one cache in front of one database.
  await alice.board.dropFromPalette('Cache', { x: 520, y: 420 });
  await alice.board.dropFromPalette('Database', { x: 820, y: 420 });
  await alice.board.connect('Cache', 'DB');
  await expect(bob.board.edge('Sync', 'Cache', 'DB')).toBeAttached();

  // Both see the badge on the cache and the finding in the panel.
  for (const [user, inspector] of [[alice, aliceInspector], [bob, bobInspector]] as const) {
    await expect(user.board.node('Cache').getByRole('img', { name: new RegExp(SPOF) })).toBeVisible();
    await inspector.open('Findings');
    await expect(inspector.finding(SPOF, 'Cache')).toBeVisible();
    await expect(inspector.finding(SPOF, 'DB')).toBeVisible();
  }

  // Bob runs the cache as three instances from the property panel.
  await bob.board.node('Cache').click();
  await bobInspector.open('Properties');
  await bobInspector.setField('Instances', '3');
  await expect(bobInspector.field('Instances')).toHaveValue('3');

  // The cache's finding and badge go for both; the database's stay.
  for (const [user, inspector] of [[alice, aliceInspector], [bob, bobInspector]] as const) {
    await expect(user.board.node('Cache').getByRole('img', { name: new RegExp(SPOF) })).toHaveCount(0);
    await inspector.open('Findings');
    await expect(inspector.finding(SPOF, 'Cache')).toHaveCount(0);
    await expect(inspector.finding(SPOF, 'DB')).toBeVisible();
  }

  // "Show" selects the database; Alice's one-click fix adds a replica, for both.
  await aliceInspector.finding(SPOF, 'DB').getByRole('button', { name: /^Show the components of/ }).click();
  await expect(alice.board.node('DB')).toHaveClass(/selected/);
  await aliceInspector.fixButton(aliceInspector.finding(SPOF, 'DB'), 'Add a replica').click();
  for (const [user, inspector] of [[alice, aliceInspector], [bob, bobInspector]] as const) {
    await expect(user.board.node('DB 2')).toHaveAccessibleName('DB 2, Database');
    await expect(user.board.edge('Replication', 'DB', 'DB 2')).toBeAttached();
    await expect(inspector.finding(SPOF, 'DB')).toHaveCount(0);
  }

  // One undo takes the whole fix back, and the finding returns for both.
  await alice.board.undo();
  for (const [user, inspector] of [[alice, aliceInspector], [bob, bobInspector]] as const) {
    await expect(user.board.node('DB 2')).toHaveCount(0);
    await expect(user.board.edges()).toHaveCount(1);
    await expect(inspector.finding(SPOF, 'DB')).toBeVisible();
    await expect(user.board.node('DB').getByRole('img', { name: new RegExp(SPOF) })).toBeVisible();
  }
  // Bob's instance change is his, not Alice's: her undo left it alone.
  await bob.board.node('Cache').click();
  await bobInspector.open('Properties');
  await expect(bobInspector.field('Instances')).toHaveValue('3');
});

test("the domain note's assumptions give ~3.5K QPS, ~7K peak, 30 TB a day and ~55 PB on every client; viewers only read", async ({ newUser }) => {
  const alice = await newUser('Alice');
  const bob = await newUser('Bob');
  const vera = await newUser('Vera');
  const links = await createBoard(alice.page);
  await alice.board.open(links.edit, 'Alice');
  await bob.board.open(links.edit, 'Bob');
  await vera.board.open(links.view, 'Vera');
  const inspectors = [alice, bob, vera].map((u) => new InspectorPanel(u.page));
  const [aliceInspector] = inspectors;

  await aliceInspector!.open('Estimate');
  const note: Array<[string, string]> = [
    ['Monthly active users', '300,000,000'],
    ['Daily active share', '50'],
    ['Posts per user a day', '2'],
    ['Posts with media', '10'],
    ['Media size', '1000000'],
    ['Text size', '140'],
    ['Id size', '64'],
    ['Retention', '5'],
  ];
  for (const [label, value] of note) await aliceInspector!.setField(label, value);

  for (const inspector of inspectors) {
    await inspector.open('Estimate');
    await expect(inspector.field('Monthly active users')).toHaveValue('300,000,000');
    await expect(inspector.estimate('Daily active users')).toHaveText('150M');
    await expect(inspector.estimate('Write QPS')).toHaveText('~3.5K');
    await expect(inspector.estimate('Peak write QPS')).toHaveText('~7K');
    await expect(inspector.estimate('Media storage a day')).toHaveText('30 TB');
    await expect(inspector.estimate('Media storage over retention')).toHaveText('~55 PB');
  }

  // The view link shows the same numbers but cannot change them.
  const veraInspector = inspectors[2]!;
  await expect(veraInspector.field('Monthly active users')).toHaveAttribute('readonly', '');
  await expect(veraInspector.panel.getByRole('button', { name: 'Use the Twitter example' })).toHaveCount(0);

  // Bob clears the users; the Twitter example brings them back in one click.
  const bobInspector = inspectors[1]!;
  await bobInspector.setField('Monthly active users', '');
  await expect(aliceInspector!.estimate('Write QPS')).toHaveText('0');
  await bobInspector.panel.getByRole('button', { name: 'Use the Twitter example' }).click();
  await expect(aliceInspector!.estimate('Peak write QPS')).toHaveText('~7K');
  await expect(veraInspector.estimate('Peak write QPS')).toHaveText('~7K');
});
