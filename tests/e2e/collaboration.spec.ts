import { expect, test } from './fixtures';
import { addNodeMessage, docFromSyncStep2, sendFromPage } from './yjsWire';

test('two people co-edit live; a view link watches and cannot change anything; undo is per person', async ({ newUser, api }) => {
  const alice = await newUser('Alice');
  const bob = await newUser('Bob');
  const viewer = await newUser('Vera');

  // Alice creates a board and builds LB → two web servers → DB.
  await alice.landing.goto();
  await alice.landing.newBoard();
  await alice.board.joinAs('Alice');
  const boardId = alice.board.boardId();
  const ownerKey = alice.board.key();
  const links = await alice.board.shareLinks();
  expect(links.edit).toContain(`/b/${boardId}#key=`);
  expect(links.view).toContain(`/b/${boardId}#key=`);

  await bob.board.open(links.edit!, 'Bob');

  await alice.board.dropFromPalette('Load balancer', { x: 520, y: 420 });
  await alice.board.dropFromPalette('Web server', { x: 820, y: 300 });
  await alice.board.dropFromPalette('Web server', { x: 820, y: 540 });
  await alice.board.dropFromPalette('Database', { x: 1000, y: 420 });
  for (const label of ['LB', 'Web', 'Web 2', 'DB']) await expect(alice.board.node(label)).toBeVisible();
  await alice.board.connect('LB', 'Web');
  await alice.board.connect('LB', 'Web 2');
  await alice.board.connect('Web', 'DB');
  await alice.board.connect('Web 2', 'DB');
  await expect(alice.board.edges()).toHaveCount(4);

  // Bob sees all of it appear.
  await expect(bob.board.node('LB')).toHaveAccessibleName('LB, Load balancer');
  await expect(bob.board.node('Web 2')).toHaveAccessibleName('Web 2, Web server');
  await expect(bob.board.node('DB')).toHaveAccessibleName('DB, Database');
  await expect(bob.board.edge('Sync', 'Web 2', 'DB')).toBeAttached();
  await expect(bob.board.edges()).toHaveCount(4);

  // Bob moves "Web 2" down; Alice sees it move; the server holds the new place.
  const before = (await api.exportBoard(boardId, ownerKey)).nodes.find((n) => n.label === 'Web 2');
  const aliceBefore = await alice.board.box(alice.board.node('Web 2'));
  await bob.board.dragNode('Web 2', { x: 0, y: 160 });
  await expect.poll(async () => (await alice.board.box(alice.board.node('Web 2'))).y - aliceBefore.y).toBeGreaterThan(80);
  await expect.poll(async () => (await api.exportBoard(boardId, ownerKey)).nodes.find((n) => n.label === 'Web 2')!.y).toBeGreaterThan(before!.y + 80);
  const moved = (await api.exportBoard(boardId, ownerKey)).nodes.find((n) => n.label === 'Web 2')!;

  // Each sees the other's named cursor.
  await alice.board.hoverCanvas({ x: 700, y: 760 });
  await bob.board.hoverCanvas({ x: 1000, y: 780 });
  await expect(bob.board.cursorOf('Alice')).toBeVisible();
  await expect(alice.board.cursorOf('Bob')).toBeVisible();

  // The view link: everything visible, nothing changeable.
  await viewer.board.open(links.view!, 'Vera');
  await expect(viewer.page.getByText('View only')).toBeVisible();
  await expect(viewer.board.palette).toHaveCount(0);
  await expect(viewer.page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await expect(viewer.board.nodes()).toHaveCount(4);
  await expect(viewer.board.edges()).toHaveCount(4);
  // Dragging on a read-only board pans the view; the layout itself must not change.
  const layout = async () => {
    const [lb, db] = [await viewer.board.box(viewer.board.node('LB')), await viewer.board.box(viewer.board.node('DB'))];
    return { dx: Math.round(db.x - lb.x), dy: Math.round(db.y - lb.y) };
  };
  const layoutBefore = await layout();
  await viewer.board.dragNode('LB', { x: 150, y: 90 });
  await viewer.board.node('LB').click();
  await viewer.page.keyboard.press('Delete');
  await viewer.board.node('LB').dblclick();
  await expect(viewer.page.getByRole('textbox', { name: /Rename/ })).toHaveCount(0);
  expect(await layout()).toEqual(layoutBefore);
  await expect(viewer.board.nodes()).toHaveCount(4);

  // The server drops what a view key sends, whatever the UI does: push a raw update, then ask
  // for the whole document on the same socket (answered after the update was handled).
  const viewKey = decodeURIComponent(new URL(links.view!).hash.replace(/^#key=/, ''));
  const wsUrl = `${new URL(links.view!).origin.replace(/^http/, 'ws')}/yjs/${boardId}?key=${encodeURIComponent(viewKey)}`;
  const reply = await sendFromPage(viewer.page, wsUrl, [addNodeMessage('intruder')]);
  if (reply) expect(docFromSyncStep2(reply).getMap('nodes').has('intruder')).toBe(false);
  const afterViewer = await api.exportBoard(boardId, ownerKey);
  expect(afterViewer.nodes.map((n) => n.id)).not.toContain('intruder');
  expect(afterViewer.nodes).toHaveLength(4);
  expect(afterViewer.nodes.find((n) => n.label === 'LB')).toMatchObject({ x: expect.any(Number) });
  expect(afterViewer.edges).toHaveLength(4);

  // Alice's undo takes back her own last step (the last connection), never Bob's move.
  await alice.board.undo();
  await expect(alice.board.edges()).toHaveCount(3);
  await expect(bob.board.edges()).toHaveCount(3);
  await expect(alice.board.edge('Sync', 'Web 2', 'DB')).toHaveCount(0);
  const afterUndo = await api.exportBoard(boardId, ownerKey);
  expect(afterUndo.nodes.find((n) => n.label === 'Web 2')).toMatchObject({ x: moved.x, y: moved.y });
});
