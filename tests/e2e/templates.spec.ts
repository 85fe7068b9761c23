import { expect, test } from './fixtures';

test('the template gallery starts a board from the chapter-1 progression', async ({ newUser, api }) => {
  const ada = await newUser('Ada');
  await ada.landing.goto();
  await ada.page.getByRole('button', { name: 'From a template' }).click();
  const gallery = ada.page.getByRole('dialog', { name: 'Start from a template' });
  await expect(gallery.getByRole('button', { name: /^Use / })).toHaveCount(9);
  await gallery.getByRole('button', { name: 'Use 3. Load balancer and web tier', exact: true }).click();
  await expect(ada.page).toHaveURL(/\/b\/[^/]+#key=/);
  await ada.board.joinAs('Ada');
  await expect(ada.board.node('lb')).toBeVisible();
  const file = await api.exportBoard(ada.board.boardId(), ada.board.key());
  expect(file.title).toBe('3. Load balancer and web tier');
  expect(file.nodes.map((n) => n.kind)).toContain('load-balancer');
});
