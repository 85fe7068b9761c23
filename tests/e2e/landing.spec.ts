import { expect, test } from './fixtures';

test('landing → new board → the board is listed under recent boards and reopens', async ({ newUser }) => {
  const ada = await newUser('Ada');
  await ada.landing.goto();
  await expect(ada.page.getByRole('heading', { name: 'Recent boards' })).toBeVisible();
  await expect(ada.page.getByText('Boards you open in this browser show up here.')).toBeVisible();

  await ada.landing.newBoard();
  await ada.board.joinAs('Ada');
  const title = ada.page.getByRole('textbox', { name: 'Board title' });
  await title.fill('Checkout service');
  await title.press('Enter');
  await expect(title).toHaveValue('Checkout service');
  const boardUrl = ada.page.url();

  await ada.page.getByRole('link', { name: 'Scaleboard home' }).click();
  await expect(ada.landing.recentBoard('Checkout service')).toBeVisible();
  await ada.landing.recentBoard('Checkout service').click();
  await expect(ada.page).toHaveURL(boardUrl);
  // The name was asked once and kept.
  await expect(ada.page.getByRole('textbox', { name: 'Board title' })).toHaveValue('Checkout service');
  await expect(ada.page.getByLabel('Your name', { exact: true })).toHaveCount(0);
});

test('a new person opening a link is asked their name over the board, which opens meanwhile; named, they join the roster', async ({ newUser }) => {
  const ada = await newUser('Ada');
  const bob = await newUser('Bob');
  await ada.landing.goto();
  await ada.page.getByRole('button', { name: 'From a template' }).click();
  await ada.page.getByRole('button', { name: 'Use 5. Cache tier', exact: true }).click();
  await ada.board.joinAs('Ada');
  const links = await ada.board.shareLinks();

  // Bob's key check is held until he has typed his name, so the board arrives while he types.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const boardInfo = `/api/boards/${ada.board.boardId()}`;
  await bob.page.route((url) => url.pathname === boardInfo, async (route) => {
    await held;
    await route.continue();
  });
  await bob.page.goto(links.edit!);
  const name = bob.page.getByLabel('Your name', { exact: true });
  await name.fill('Bob');
  release();
  // The question stays over the board, which has opened and drawn its cards; the name typed is kept.
  await expect(bob.page.locator('.react-flow__node').first()).toBeVisible();
  await expect(name).toHaveValue('Bob');
  // Nobody lists a person without a name.
  await expect(ada.page.getByRole('button', { name: /^Follow / })).toHaveCount(0);
  await bob.page.getByRole('button', { name: 'Join board' }).click();
  await expect(name).toHaveCount(0);
  await expect(ada.page.getByRole('button', { name: /^Follow Bob/ })).toBeVisible();
  await expect(bob.page.getByRole('button', { name: /^Follow Ada/ })).toBeVisible();
});
