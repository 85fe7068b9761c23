import { expect, test } from './fixtures';
import { InterviewBar } from './pages/InterviewBar';

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
