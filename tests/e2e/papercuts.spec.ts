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
