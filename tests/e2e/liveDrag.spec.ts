import { expect, shareNewBoard, test } from './fixtures';

// On a board of ordinary size a drag is written as it happens, so the others watch the card move
// (a big board writes at the drop only: docs/architecture.md, "Big boards on the canvas").
test('the others see a card move while it is still being dragged', async ({ newUser }) => {
  const alice = await newUser('Alice');
  const bob = await newUser('Bob');
  await shareNewBoard(alice, { editors: [bob] });
  await alice.board.dropFromPalette('Web server', { x: 700, y: 400 });
  await expect(bob.board.node('Web')).toBeVisible();
  const bobBefore = await bob.board.box(bob.board.node('Web'));

  const box = await alice.board.box(alice.board.node('Web'));
  const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await alice.page.mouse.move(start.x, start.y);
  await alice.page.mouse.down();
  await alice.page.mouse.move(start.x, start.y + 200, { steps: 10 });
  // The button is still down: Bob already sees the card where Alice holds it.
  await expect.poll(async () => (await bob.board.box(bob.board.node('Web'))).y - bobBefore.y).toBeGreaterThan(100);
  await alice.page.mouse.up();
});
