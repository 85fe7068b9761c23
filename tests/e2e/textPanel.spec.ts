import { expect, shareNewBoard, test } from './fixtures';

test('the text panel and the board edit each other live, and positions stay', async ({ newUser, api }) => {
  // Two people join and then take turns on both sides: on a loaded machine the joins alone took 50 s.
  test.setTimeout(120_000);
  const ada = await newUser('Ada');
  const bob = await newUser('Bob');
  const { boardId, ownerKey } = await shareNewBoard(ada, { editors: [bob] });
  const server = () => api.exportBoard(boardId, ownerKey);

  // Ada writes two components and a connection in the panel; Bob sees them on his board.
  await ada.page.getByRole('button', { name: 'Board as text', exact: true }).click();
  const text = ada.page.getByRole('textbox', { name: 'The board in Scaleboard text' });
  await expect(text).toHaveValue(/^title /);
  await text.fill(`${await text.inputValue()}\nweb: web-server "Web"\ncache: "Redis"\nweb -> cache\n`);
  await expect(bob.board.node('Web')).toHaveAccessibleName('Web, Web server');
  await expect(bob.board.node('Redis')).toHaveAccessibleName('Redis, Cache');
  await expect(bob.board.edge('Sync', 'Web', 'Redis')).toBeAttached();

  // Bob moves the web server and renames the cache; Ada's text shows the new label.
  // The new components appeared where Ada's text placed them: Bob brings them into his view first.
  await bob.page.getByRole('button', { name: 'Fit board to screen' }).click();
  // The fit is animated: the drag starts once the canvas has come to rest, with the board out from
  // under the palette (272 px). A box read mid-flight once sent the press past the card (CI, under load).
  await bob.board.untilViewportRests();
  await expect.poll(async () => (await bob.board.box(bob.board.node('Web'))).x).toBeGreaterThanOrEqual(270);
  await bob.board.dragNode('Web', { x: 0, y: 200 });
  await expect.poll(async () => (await server()).nodes.find((node) => node.id === 'web')?.y).toBeGreaterThan(40);
  const moved = (await server()).nodes.find((node) => node.id === 'web')!;
  await bob.board.node('Redis').dblclick();
  const rename = bob.page.getByRole('textbox', { name: 'Rename Redis' });
  await rename.fill('Session cache');
  await rename.press('Enter');
  await expect(text).toHaveValue(/^cache: cache "Session cache"$/m);

  // Ada renames the web server in the text: it keeps the place Bob gave it.
  await text.fill((await text.inputValue()).replace('"Web"', '"Web tier"'));
  await expect(bob.board.node('Web tier')).toBeVisible();
  await expect.poll(async () => (await server()).nodes.find((node) => node.id === 'web')?.label).toBe('Web tier');
  expect((await server()).nodes.find((node) => node.id === 'web')).toMatchObject({ x: moved.x, y: moved.y });
});

test('a bad line shows its line number and changes nothing; a viewer reads the panel only', async ({ newUser, api }) => {
  const ada = await newUser('Ada');
  const vera = await newUser('Vera');
  const { boardId, ownerKey } = await shareNewBoard(ada, { viewers: [vera] });
  const server = () => api.exportBoard(boardId, ownerKey);
  await ada.page.getByRole('button', { name: 'Board as text', exact: true }).click();
  const text = ada.page.getByRole('textbox', { name: 'The board in Scaleboard text' });
  await expect(text).toHaveValue(/^title /);
  await text.fill(`${await text.inputValue()}\nweb: web-server "Web tier"\n`);
  await expect.poll(async () => (await server()).nodes.map((node) => node.label)).toEqual(['Web tier']);

  // A bad line is shown with its line number, and changes nothing.
  const good = await text.inputValue();
  const before = await server();
  const badLine = good.split('\n').length;
  await text.fill(`${good}gateway: load-balancer "Edge" {instances: }\n`);
  await expect(ada.page.getByRole('alert')).toContainText(`line ${badLine}, column `);
  await expect(text).toHaveAttribute('aria-invalid', 'true');
  expect(await server()).toEqual(before);
  await expect(ada.board.node('Edge')).toHaveCount(0);
  // Fixed, it applies.
  await text.fill(`${good}gateway: load-balancer "Edge" {instances: 2}\ngateway -> web\n`);
  await expect(vera.board.node('Edge')).toHaveAccessibleName('Edge, Load balancer');
  await expect(ada.page.getByRole('alert')).toHaveCount(0);

  // The same board as Mermaid.
  await ada.page.getByRole('radio', { name: 'Mermaid' }).check();
  await expect(ada.page.getByRole('textbox', { name: 'The board in Mermaid' })).toHaveValue(/^ {2}web\["Web tier"\]:::web-server$/m);

  // A viewer's panel follows the board and cannot change it.
  await vera.page.getByRole('button', { name: 'Board as text', exact: true }).click();
  const veraText = vera.page.getByRole('textbox', { name: 'The board in Scaleboard text' });
  await expect(veraText).toHaveValue(/^gateway: load-balancer "Edge" \{instances: 2\}$/m);
  await expect(veraText).not.toBeEditable();
  await expect(vera.page.getByText('Read-only: a view link cannot change the board.')).toBeVisible();
});
