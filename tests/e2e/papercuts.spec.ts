import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { Box } from './pages/BoardPage';
import { InspectorPanel } from './pages/InspectorPanel';
import { InterviewBar } from './pages/InterviewBar';

/** A board made from a `scaleboard/v1` document through the public REST API; returns its edit link. */
async function boardFrom(page: Page, nodes: unknown[], edges: unknown[] = []): Promise<string> {
  const response = await page.request.post('/api/boards', { data: { board: { format: 'scaleboard/v1', title: 'Papercuts', nodes, edges } } });
  expect(response.status()).toBe(201);
  const { id, keys } = (await response.json()) as { id: string; keys: { edit: string } };
  return `/b/${id}#key=${encodeURIComponent(keys.edit)}`;
}

function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function boxesOf(locator: Locator): Promise<Box[]> {
  const boxes: Box[] = [];
  for (const element of await locator.all()) {
    const box = await element.boundingBox();
    if (box) boxes.push(box);
  }
  return boxes;
}

test('an invalid phase budget says why, next to the field, instead of silently disabling "Start interview"', async ({ newUser }) => {
  const ivy = await newUser('Ivy');
  await ivy.landing.goto();
  await ivy.landing.newBoard();
  await ivy.board.joinAs('Ivy');

  await ivy.page.getByRole('button', { name: 'Phase budgets' }).click();
  const budgets = ivy.page.getByRole('dialog', { name: 'Phase budgets' });
  const scope = budgets.getByLabel('Scope minutes');
  await scope.fill('0');
  await expect(scope).toHaveAttribute('aria-invalid', 'true');
  await expect(scope).toHaveAccessibleDescription('Whole minutes from 1 to 240.');
  const message = budgets.getByText('Whole minutes from 1 to 240.');
  await expect(message).toBeVisible();
  // The message sits next to its field, not somewhere else in the panel.
  const [field, said] = [await ivy.board.box(scope), await ivy.board.box(message)];
  expect(Math.abs(said.y - (field.y + field.height))).toBeLessThan(24);
  await expect(budgets.getByRole('button', { name: 'Start interview' })).toBeDisabled();

  // The top bar's button never goes dead: it opens the budgets at the field to fix.
  await ivy.page.keyboard.press('Escape');
  await expect(budgets).toHaveCount(0);
  await ivy.page.getByRole('button', { name: 'Start interview' }).click();
  await expect(budgets).toBeVisible();
  await expect(scope).toBeFocused();
  await scope.fill('5');
  await expect(scope).not.toHaveAttribute('aria-invalid', 'true');
  await expect(budgets.getByText('Whole minutes from 1 to 240.')).toHaveCount(0);
  await budgets.getByRole('button', { name: 'Start interview' }).click();
  await expect(new InterviewBar(ivy.page).phase).toHaveText('Scope');
});

test('the phase-snapshot dialog opens on top of the interview guide and its buttons take clicks', async ({ newUser }) => {
  const ivy = await newUser('Ivy');
  const bar = new InterviewBar(ivy.page);
  await ivy.landing.goto();
  await ivy.landing.newBoard();
  await ivy.board.joinAs('Ivy');
  await bar.start();
  await bar.next();
  await bar.next();
  const guide = await bar.openGuide();
  await guide.getByRole('button', { name: 'Board at the end of phase 1' }).click();
  const dialog = ivy.page.getByRole('dialog', { name: /^Board at the end of phase 1:/ });
  await expect(dialog).toBeVisible();
  // Paint order, not hit testing: Radix makes the layers under a modal dialog ignore the pointer,
  // so elementFromPoint alone would look through a guide that covers the dialog.
  const topmost = await dialog.evaluate((element) => {
    const style = document.createElement('style');
    style.textContent = '* { pointer-events: auto !important; }';
    document.head.append(style);
    const box = element.getBoundingClientRect();
    const points = [
      [box.left + box.width / 2, box.top + box.height / 2],
      [box.left + 24, box.top + 24],
      [box.right - 24, box.bottom - 24],
    ] as const;
    const inside = points.map(([x, y]) => element.contains(document.elementFromPoint(x, y)));
    style.remove();
    return inside;
  });
  expect(topmost).toEqual([true, true, true]);
  await dialog.getByRole('button', { name: 'Next snapshot' }).click();
  await expect(ivy.page.getByRole('dialog', { name: /^Board at the end of phase 2:/ })).toBeVisible();
  await ivy.page.getByRole('dialog', { name: /^Board at the end of phase 2:/ }).getByRole('button', { name: 'Previous snapshot' }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(guide).toBeVisible();
});

test('"Show" on a finding frames its components in the part of the canvas the panels leave free', async ({ newUser }) => {
  const alice = await newUser('Alice');
  // Two web servers far apart reached without a load balancer, and a database far below.
  const link = await boardFrom(
    alice.page,
    [
      { id: 'client', kind: 'client', label: 'Users', x: 1200, y: -600 },
      { id: 'w1', kind: 'web-server', label: 'Web 1', x: 0, y: 0 },
      { id: 'w2', kind: 'web-server', label: 'Web 2', x: 2600, y: 0 },
      { id: 'db', kind: 'database', label: 'DB', x: 1300, y: 900 },
    ],
    [
      { id: 'e1', from: 'client', to: 'w1', kind: 'sync' },
      { id: 'e2', from: 'client', to: 'w2', kind: 'sync' },
      { id: 'e3', from: 'w1', to: 'db', kind: 'sync' },
      { id: 'e4', from: 'w2', to: 'db', kind: 'sync' },
    ],
  );
  await alice.board.open(link, 'Alice');
  const inspector = new InspectorPanel(alice.page);
  await inspector.open('Findings');
  const shows = inspector.panel.getByRole('button', { name: /^Show the components of/ });
  await expect(shows.first()).toBeVisible();
  const viewport = alice.page.viewportSize()!;
  const screen = { x: 0, y: 0, width: viewport.width, height: viewport.height };
  const chrome = alice.page.locator('.topbar-group, .palette, .inspector, .analysis-toolbar, .bottom-controls .toolbar, .react-flow__minimap');
  const count = await shows.count();
  expect(count).toBeGreaterThan(1);
  for (let i = 0; i < count; i += 1) {
    await shows.nth(i).click();
    const selected = alice.board.canvas.locator('.react-flow__node.selected');
    await expect(selected.first()).toBeVisible();
    // Framing animates: wait until the viewport stands still.
    const transform = alice.board.canvas.locator('.react-flow__viewport');
    let before = '';
    await expect.poll(async () => {
      const now = await transform.getAttribute('style');
      const still = now === before;
      before = now ?? '';
      return still;
    }).toBe(true);
    const covers = await boxesOf(chrome);
    for (const box of await boxesOf(selected)) {
      expect(box.x >= screen.x && box.y >= screen.y && box.x + box.width <= screen.width && box.y + box.height <= screen.height).toBe(true);
      for (const cover of covers) expect(intersects(box, cover), `a node at ${JSON.stringify(box)} is under ${JSON.stringify(cover)}`).toBe(false);
    }
  }
});

test('the error toast of a bad import leaves the findings bar visible', async ({ newUser }) => {
  const alice = await newUser('Alice');
  await alice.board.open(await boardFrom(alice.page, [{ id: 'w', kind: 'web-server', label: 'Web', x: 0, y: 0 }]), 'Alice');
  await alice.page.getByLabel('Import board file', { exact: true }).and(alice.page.locator('input[type=file]')).setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'scaleboard/v1', title: 'Bad', nodes: [{ id: 'a', kind: 'cache', label: 'A', x: 'left', y: 0 }], edges: [] })),
  });
  const toast = alice.page.getByRole('alert').filter({ hasText: 'Not imported' });
  await expect(toast).toBeVisible();
  const findingsBar = alice.page.getByRole('toolbar', { name: 'Design analysis' });
  expect(intersects(await alice.board.box(toast), await alice.board.box(findingsBar))).toBe(false);
  await findingsBar.getByRole('button', { name: /^Findings: / }).click();
  await expect(new InspectorPanel(alice.page).panel.getByRole('tab', { name: /^Findings/ })).toHaveAttribute('aria-selected', 'true');
});

test('Share shows the owner their owner link with a warning; an editor sees only their edit link', async ({ newUser }) => {
  const olive = await newUser('Olive');
  const ed = await newUser('Ed');
  await olive.landing.goto();
  await olive.landing.newBoard();
  await olive.board.joinAs('Olive');
  const ownerKey = olive.board.key();

  await olive.page.getByRole('button', { name: 'Share' }).click();
  const dialog = olive.page.getByRole('dialog', { name: 'Share this board' });
  const ownerLink = dialog.getByLabel('Owner link', { exact: true });
  await expect(ownerLink).toHaveValue(new RegExp(`#key=${encodeURIComponent(ownerKey)}$`));
  await expect(ownerLink).toHaveAccessibleDescription(/Whoever opens this link owns the board/);
  await expect(dialog.getByText(/Whoever opens this link owns the board/)).toBeVisible();
  const edit = await dialog.getByLabel('Edit link', { exact: true }).inputValue();
  await expect(dialog.getByLabel('View link', { exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  await ed.board.open(edit, 'Ed');
  await ed.page.getByRole('button', { name: 'Share' }).click();
  const edDialog = ed.page.getByRole('dialog', { name: 'Share this board' });
  await expect(edDialog.getByLabel('Edit link', { exact: true })).toBeVisible();
  await expect(edDialog.getByLabel('Owner link', { exact: true })).toHaveCount(0);
  await expect(edDialog.getByText(/owns the board/)).toHaveCount(0);
});

test('a component run as several instances shows ×N on its card, and says so to assistive tech', async ({ newUser }) => {
  const alice = await newUser('Alice');
  const link = await boardFrom(alice.page, [
    { id: 'web', kind: 'web-server', label: 'Web', x: 0, y: 0, props: { instances: 3 } },
    { id: 'db', kind: 'database', label: 'DB', x: 300, y: 0 },
  ]);
  await alice.board.open(link, 'Alice');
  const web = alice.board.node('Web');
  await expect(web).toHaveAccessibleName('Web, Web server');
  await expect(web).toContainText('×3');
  await expect(web).toHaveAccessibleDescription(/3 instances/);
  await expect(alice.board.node('DB')).not.toContainText('×');
  await expect(alice.board.node('DB')).not.toHaveAccessibleDescription(/instances/);

  // The count follows an edit of the property.
  await web.click();
  const inspector = new InspectorPanel(alice.page);
  await inspector.open('Properties');
  await inspector.setField('Instances', '12');
  await expect(web).toContainText('×12');
  await expect(web).toHaveAccessibleDescription(/12 instances/);
  await inspector.setField('Instances', '1');
  await expect(web).not.toContainText('×');
});
