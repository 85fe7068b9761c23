import { expect, test } from './fixtures';
import { InspectorPanel } from './pages/InspectorPanel';

test('groups, renaming, connection kinds, copy/paste, delete and redo', async ({ newUser, api }) => {
  const ed = await newUser('Ed');
  await ed.landing.goto();
  await ed.landing.newBoard();
  await ed.board.joinAs('Ed');
  const boardId = ed.board.boardId();
  const key = ed.board.key();
  const server = async () => api.exportBoard(boardId, key);

  // A private network, and a web server dragged into it: it joins the group and moves with it.
  await ed.board.dropFromPalette('Private network', { x: 700, y: 450 });
  await ed.board.dropFromPalette('Web server', { x: 1000, y: 300 });
  await ed.board.dragNode('Web', { x: -300, y: 150 });
  await expect.poll(async () => (await server()).nodes.find((n) => n.label === 'Web')?.parent).toBe(
    (await server()).nodes.find((n) => n.kind === 'private-network')?.id,
  );
  const webBefore = await ed.board.box(ed.board.node('Web'));
  const group = await ed.board.box(ed.board.node('Private network'));
  await ed.page.mouse.move(group.x + 60, group.y + 14);
  await ed.page.mouse.down();
  await ed.page.mouse.move(group.x + 60, group.y + 94, { steps: 8 });
  await ed.page.mouse.up();
  await expect.poll(async () => Math.round((await ed.board.box(ed.board.node('Web'))).y - webBefore.y)).toBeGreaterThan(40);

  // Rename inline with a double-click.
  await ed.board.node('Web').dblclick();
  const rename = ed.page.getByRole('textbox', { name: 'Rename Web' });
  await rename.fill('API');
  await rename.press('Enter');
  await expect(ed.board.node('API')).toHaveAccessibleName('API, Web server');

  // A queue, connected, then switched to async.
  await ed.board.dropFromPalette('Message queue', { x: 1000, y: 620 });
  await ed.board.connect('API', 'Queue');
  await ed.board.edge('Sync', 'API', 'Queue').click();
  const kinds = ed.page.getByRole('toolbar', { name: 'Connection kind' });
  await kinds.getByRole('radio', { name: 'Async' }).click();
  await expect(ed.board.edge('Async', 'API', 'Queue')).toBeAttached();
  await expect.poll(async () => (await server()).edges.map((e) => e.kind)).toEqual(['async']);

  // Copy and paste the queue: each copy gets the next free name, as a palette drop does, and so
  // does a duplicate. Delete the last copy; undo brings it back, redo removes it again.
  await ed.board.node('Queue').click();
  await ed.page.keyboard.press('Control+c');
  await ed.page.keyboard.press('Control+v');
  await expect(ed.board.node('Queue 2')).toBeVisible();
  await ed.page.keyboard.press('Control+v');
  await expect(ed.board.node('Queue 3')).toBeVisible();
  await ed.page.keyboard.press('Control+d');
  await expect(ed.board.node('Queue 4')).toBeVisible();
  await expect.poll(async () => (await server()).nodes.map((n) => n.label).sort()).toEqual(['API', 'Private network', 'Queue', 'Queue 2', 'Queue 3', 'Queue 4']);
  await ed.page.keyboard.press('Delete');
  await expect(ed.board.node('Queue 4')).toHaveCount(0);
  await ed.page.keyboard.press('Control+z');
  await expect(ed.board.node('Queue 4')).toHaveCount(1);
  await ed.page.keyboard.press('Control+Shift+z');
  await expect(ed.board.node('Queue 4')).toHaveCount(0);
  await expect.poll(async () => (await server()).nodes.length).toBe(5);

  // The shortcut sheet opens with "?".
  await ed.page.keyboard.press('?');
  await expect(ed.page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
});

test('Ctrl+click adds to the selection; Ctrl typed in a field edits the field and leaves the canvas alone', async ({ newUser }) => {
  const ed = await newUser('Ed');
  await ed.landing.goto();
  await ed.landing.newBoard();
  await ed.board.joinAs('Ed');
  await ed.board.dropFromPalette('Cache', { x: 600, y: 300 });
  await ed.board.dropFromPalette('Database', { x: 900, y: 300 });

  await ed.board.node('Cache').click();
  await ed.board.node('DB').click({ modifiers: ['ControlOrMeta'] });
  await expect(ed.board.node('Cache')).toHaveClass(/\bselected\b/);
  await expect(ed.board.node('DB')).toHaveClass(/\bselected\b/);

  // In the inspector's label field, Ctrl+A selects the field's text (the canvas ignores the key there).
  await ed.page.mouse.click(750, 600); // empty canvas: clears the selection
  await ed.board.node('DB').click();
  const label = new InspectorPanel(ed.page).field('Label');
  await label.click();
  await ed.page.keyboard.press('ControlOrMeta+a');
  await ed.page.keyboard.type('Users');
  await ed.page.keyboard.press('Enter');
  await expect(ed.board.node('Users')).toBeVisible();
  await expect(ed.board.node('Cache')).not.toHaveClass(/\bselected\b/);

  // Ctrl pressed while the field still has the focus, then a click on the canvas: it adds to the selection.
  await ed.board.node('Cache').click({ modifiers: ['ControlOrMeta'] });
  await expect(ed.board.node('Cache')).toHaveClass(/\bselected\b/);
  await expect(ed.board.node('Users')).toHaveClass(/\bselected\b/);
  // And once it is released, a plain click selects one component only.
  await ed.page.mouse.click(750, 600);
  await ed.board.node('Cache').click();
  await ed.board.node('Users').click();
  await expect(ed.board.node('Users')).toHaveClass(/\bselected\b/);
  await expect(ed.board.node('Cache')).not.toHaveClass(/\bselected\b/);
});
