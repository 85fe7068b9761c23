import { expect, test } from './fixtures';

const MERMAID = 'flowchart LR\n  user[Users] -->|HTTPS| lb[nginx]\n  lb --> web[Web]\n  web --> db[(Orders)]\n';

test('the landing page opens a Mermaid file as a laid-out board, refuses a bad one at its line, and the text panel shows it back', async ({ newUser }) => {
  const ada = await newUser('Ada');
  await ada.landing.goto();
  const input = ada.page.locator('input[type="file"]');
  await input.setInputFiles({ name: 'bad.mmd', mimeType: 'text/plain', buffer: Buffer.from('flowchart LR\n  a --> b[unclosed\n') });
  await expect(ada.page.getByRole('alert')).toContainText('line 2, column 10: the shape opened here is not closed with "]"');
  await input.setInputFiles({ name: 'design.mmd', mimeType: 'text/plain', buffer: Buffer.from(MERMAID) });
  await expect(ada.page).toHaveURL(/\/b\/[^/]+#key=/);
  await ada.board.joinAs('Ada');
  for (const label of ['Users', 'nginx', 'Web', 'Orders']) await expect(ada.board.node(label)).toBeVisible();

  await ada.page.getByRole('button', { name: 'Board as text', exact: true }).click();
  const text = ada.page.getByRole('textbox', { name: 'The board in Scaleboard text' });
  await expect(text).toHaveValue(/^lb: load-balancer "nginx"$/m);
  await expect(text).toHaveValue(/^user -> lb "HTTPS"$/m);
  await ada.page.getByRole('radio', { name: 'Mermaid' }).check();
  await expect(ada.page.getByRole('textbox', { name: 'The board in Mermaid' })).toHaveValue(/^ {2}db\[\("Orders"\)\]:::database$/m);
});
