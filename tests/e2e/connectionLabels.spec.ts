import { expect, shareNewBoard, test } from './fixtures';

const LABEL = 'fan-out on write?';

test('a connection label is typed by one person, seen live by the other, undone by its author, exported, and never editable with a view key', async ({ newUser, request }) => {
  const alice = await newUser('Alice');
  const bob = await newUser('Bob');
  const viewer = await newUser('Vera');

  const { boardId, ownerKey, links } = await shareNewBoard(alice, { editors: [bob] });

  // Apart in both directions: the curve passes through the middle of its box, where a click lands.
  await alice.board.dropFromPalette('Web server', { x: 480, y: 380 });
  await alice.board.dropFromPalette('Database', { x: 900, y: 540 });
  await alice.board.connect('Web', 'DB');
  const edge = alice.board.edge('Sync', 'Web', 'DB');
  await expect(bob.board.edge('Sync', 'Web', 'DB')).toBeAttached();

  // Alice opens the label from the connection's toolbar and types; Escape leaves it as it was.
  const field = alice.page.getByRole('textbox', { name: 'Connection label' });
  await edge.click();
  await alice.page.getByRole('button', { name: 'Label connection' }).click();
  await field.fill('never saved');
  await field.press('Escape');
  await expect(field).toHaveCount(0);
  await expect(alice.page.getByText('never saved')).toHaveCount(0);

  // A double-click on the connection opens it too.
  await edge.dblclick();
  await field.fill(LABEL);
  await field.press('Enter');
  await expect(field).toHaveCount(0);
  await expect(alice.page.getByText(LABEL, { exact: true })).toBeVisible();
  // Bob sees it live.
  await expect(bob.page.getByText(LABEL, { exact: true })).toBeVisible();

  // The server's SVG export draws it.
  const svg = async () => {
    const response = await request.get(`/api/boards/${boardId}/export.svg`, { headers: { Authorization: `Bearer ${ownerKey}` } });
    expect(response.ok()).toBe(true);
    return response.text();
  };
  await expect.poll(svg).toContain(`>${LABEL}</text>`);

  // A view key shows the label but offers no way to change it.
  await viewer.board.open(links.view!, 'Vera');
  await expect(viewer.page.getByText('View only')).toBeVisible();
  await expect(viewer.page.getByText(LABEL, { exact: true })).toBeVisible();
  // The label plate covers the connection's middle, so the connection's own double-click is dispatched.
  await viewer.board.edge('Sync', 'Web', 'DB').dispatchEvent('dblclick');
  await viewer.page.getByText(LABEL, { exact: true }).dblclick();
  await expect(viewer.page.getByRole('textbox', { name: 'Connection label' })).toHaveCount(0);
  await expect(viewer.page.getByRole('button', { name: 'Label connection' })).toHaveCount(0);

  // Alice's undo takes back her label, not the connection, and everyone sees it go.
  await alice.board.undo();
  await expect(alice.page.getByText(LABEL, { exact: true })).toHaveCount(0);
  await expect(bob.page.getByText(LABEL, { exact: true })).toHaveCount(0);
  await expect(viewer.page.getByText(LABEL, { exact: true })).toHaveCount(0);
  await expect(alice.board.edge('Sync', 'Web', 'DB')).toBeAttached();
  await expect.poll(svg).not.toContain(LABEL);

  // Bob labels it from the keyboard (F2 on the selected connection); a double-click on the label
  // edits it, and an emptied field removes it.
  await bob.board.edge('Sync', 'Web', 'DB').click();
  await bob.page.keyboard.press('F2');
  const bobField = bob.page.getByRole('textbox', { name: 'Connection label' });
  await bobField.fill('timeline writes');
  await bobField.press('Enter');
  await expect(alice.page.getByText('timeline writes', { exact: true })).toBeVisible();
  await alice.page.screenshot({ path: test.info().outputPath('labelled.png') });
  await bob.page.getByText('timeline writes', { exact: true }).dblclick();
  await expect(bobField).toHaveValue('timeline writes');
  await bobField.fill('');
  await bobField.press('Enter');
  await expect(alice.page.getByText('timeline writes', { exact: true })).toHaveCount(0);
  await expect(alice.board.edge('Sync', 'Web', 'DB')).toBeAttached();
});
