import { expect, shareNewBoard, test } from './fixtures';

test('a note turned into a monospace text block is seen live, undone by its author, exported, and fixed for a view key', async ({ newUser, request }) => {
  const alice = await newUser('Alice');
  const bob = await newUser('Bob');
  const viewer = await newUser('Vera');
  const { boardId, ownerKey, links } = await shareNewBoard(alice, { editors: [bob] });

  // A double-click writes a note; the inspector makes it free text in a monospace face.
  await alice.page.mouse.dblclick(700, 420);
  const editor = alice.page.getByRole('textbox', { name: 'Rename Note' });
  await expect(editor).toBeFocused();
  await alice.page.keyboard.type('POST /tweet');
  await alice.page.keyboard.press('Enter');
  await alice.board.node('POST /tweet').click();
  await alice.page.getByLabel('Style', { exact: true }).selectOption('text');
  await alice.page.getByRole('switch', { name: 'Monospace' }).click();

  const block = (page: typeof alice.page) => page.locator('.note-node', { hasText: 'POST /tweet' });
  await expect(block(alice.page)).toHaveClass(/is-text/);
  await expect(block(bob.page)).toHaveClass(/is-text/);
  await expect(block(bob.page)).toHaveClass(/is-mono/);
  await expect(block(bob.page).locator('.note-text')).toHaveCSS('font-family', /Mono/);

  const svg = async () => (await request.get(`/api/boards/${boardId}/export.svg`, { headers: { Authorization: `Bearer ${ownerKey}` } })).text();
  await expect.poll(svg).toContain('DejaVu Sans Mono');
  expect(await svg()).toContain('POST /tweet');
  await alice.page.screenshot({ path: test.info().outputPath('text-block.png') });

  // A view key sees the block and cannot change its style.
  await viewer.board.open(links.view!, 'Vera');
  await expect(block(viewer.page)).toHaveClass(/is-mono/);
  await viewer.board.node('POST /tweet').click();
  await expect(viewer.page.getByLabel('Style', { exact: true })).toBeDisabled();
  await expect(viewer.page.getByRole('switch', { name: 'Monospace' })).toBeDisabled();

  // Alice's undo takes back her last step (monospace), and Bob sees it.
  await alice.board.undo();
  await expect(block(bob.page)).not.toHaveClass(/is-mono/);
  await expect(block(bob.page)).toHaveClass(/is-text/);
  await expect.poll(svg).not.toContain('DejaVu Sans Mono');
});
