import { expect, test } from './fixtures';
import { InspectorPanel } from './pages/InspectorPanel';
import { addNodeMessage, docFromSyncStep2, sendFromPage } from './yjsWire';

const SPOF = 'Single point of failure on the request path';

test('a node of a kind this version does not know, in the board’s stored log, shows as an unknown box and costs nothing else', async ({ newUser, api, page, request }) => {
  const created = await request.post('/api/boards', {
    data: { board: { format: 'scaleboard/v1', title: 'Mixed versions', nodes: [{ id: 'lb', kind: 'load-balancer', label: 'LB', x: 0, y: 0 }] } },
  });
  const { id, keys } = (await created.json()) as { id: string; keys: { edit: string } };

  // A newer client during a rolling deploy writes a component this version does not know; the
  // server accepts it (forward compatibility) and logs it.
  await page.goto('/');
  const wsUrl = `${new URL(page.url()).origin.replace(/^http/, 'ws')}/yjs/${id}?key=${encodeURIComponent(keys.edit)}`;
  const future = addNodeMessage('future', { kind: 'quantum-queue', label: 'From the future', x: 320, y: 0 }, { e1: { from: 'lb', to: 'future', kind: 'sync' } });
  const reply = await sendFromPage(page, wsUrl, [future]);
  expect(reply).not.toBeNull();
  expect(docFromSyncStep2(reply!).getMap('nodes').has('future')).toBe(true);

  const alice = await newUser('Alice');
  const errors: string[] = [];
  alice.page.on('pageerror', (error) => errors.push(error.message));
  await alice.board.open(`/b/${id}#key=${encodeURIComponent(keys.edit)}`, 'Alice');
  await expect(alice.page.getByRole('group', { name: 'From the future, unknown component' })).toBeVisible();
  await expect(alice.board.node('LB')).toBeVisible();
  const inspector = new InspectorPanel(alice.page);
  await inspector.open('Findings');
  await expect(inspector.finding(SPOF, 'LB')).toBeVisible();
  await expect(alice.page.getByRole('alert').filter({ hasText: 'Something went wrong' })).toHaveCount(0);
  expect(errors).toEqual([]);

  // The export leaves it out, so `scaleboard check` reads the file; the document keeps it.
  const exported = await api.exportBoard(id, keys.edit);
  expect(exported.nodes.map((n) => n.id)).toEqual(['lb']);
});
