import { expect, test } from './fixtures';

test('a connection starts from any of the four connectors, pressed after it has grown under the pointer', async ({ newUser, api }) => {
  const ed = await newUser('Ed');
  await ed.landing.goto();
  await ed.landing.newBoard();
  await ed.board.joinAs('Ed');

  // A load balancer with one component beyond each of its sides.
  await ed.board.dropFromPalette('Load balancer', { x: 720, y: 460 });
  await ed.board.dropFromPalette('Web server', { x: 720, y: 240 });
  await ed.board.dropFromPalette('Database', { x: 1040, y: 460 });
  await ed.board.dropFromPalette('Cache', { x: 720, y: 680 });
  await ed.board.dropFromPalette('Message queue', { x: 400, y: 460 });

  await ed.board.connect('LB', 'Web', 'top');
  await ed.board.connect('LB', 'DB', 'right');
  await ed.board.connect('LB', 'Cache', 'bottom');
  await ed.board.connect('LB', 'Queue', 'left');
  await expect(ed.board.edges()).toHaveCount(4);
  await expect.poll(async () => (await api.exportBoard(ed.board.boardId(), ed.board.key())).edges.length).toBe(4);
});
