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
