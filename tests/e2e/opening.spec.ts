import { expect, test, type User } from './fixtures';

/** Ada's board from a template, and its edit link. */
async function templateBoard(ada: User): Promise<string> {
  await ada.landing.goto();
  await ada.page.getByRole('button', { name: 'From a template' }).click();
  await ada.page.getByRole('button', { name: 'Use 5. Cache tier', exact: true }).click();
  await ada.board.joinAs('Ada');
  return (await ada.board.shareLinks()).edit!;
}

test('a board link asks for its role once and opens one sync socket, asked for before the app has run (main.tsx), and opens live', async ({ newUser }) => {
  const ada = await newUser('Ada');
  const link = await templateBoard(ada);
  const nodes = await ada.page.locator('.react-flow__node').count();

  const bob = await newUser('Bob');
  const syncSockets: string[] = [];
  const roleRequests: string[] = [];
  bob.page.on('websocket', (socket) => {
    if (new URL(socket.url()).pathname.startsWith('/yjs/')) syncSockets.push(socket.url());
  });
  bob.page.on('request', (request) => {
    if (request.url().includes('fields=role')) roleRequests.push(request.url());
  });
  await bob.board.open(link, 'Bob');
  await expect(bob.page.locator('.react-flow__node')).toHaveCount(nodes);
  // The board session took the bootstrap's socket over, and the access hook its answer.
  expect(syncSockets).toHaveLength(1);
  expect(roleRequests).toHaveLength(1);
});

test('when the early socket and the early role request fail, the page opens the board as it always did', async ({ newUser }) => {
  const ada = await newUser('Ada');
  const link = await templateBoard(ada);
  const nodes = await ada.page.locator('.react-flow__node').count();

  const bob = await newUser('Bob');
  let socketsSeen = 0;
  await bob.page.routeWebSocket(/\/yjs\//, (socket) => {
    socketsSeen += 1;
    // The first sync socket (the bootstrap's) is closed before it reaches the server.
    if (socketsSeen === 1) void socket.close({ code: 1011, reason: 'test: refused' });
    else socket.connectToServer();
  });
  let rolesSeen = 0;
  await bob.page.route(/fields=role/, async (route) => {
    rolesSeen += 1;
    if (rolesSeen === 1) await route.fulfill({ status: 503, body: 'busy' });
    else await route.continue();
  });
  await bob.board.open(link, 'Bob');
  await expect(bob.page.locator('.react-flow__node')).toHaveCount(nodes);
  expect(socketsSeen).toBeGreaterThanOrEqual(2);
  expect(rolesSeen).toBe(2);
});
