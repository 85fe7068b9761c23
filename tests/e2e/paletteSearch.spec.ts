import { expect, test } from './fixtures';

test('the palette finds kinds by the products people say and by Korean names; Enter adds the top match', async ({ newUser }) => {
  const alice = await newUser('Alice');
  const response = await alice.page.request.post('/api/boards', { data: { title: 'Search' } });
  const { id, keys } = (await response.json()) as { id: string; keys: { edit: string } };
  await alice.board.open(`/b/${id}#key=${encodeURIComponent(keys.edit)}`, 'Alice');
  const search = alice.board.palette.getByRole('searchbox', { name: 'Search components' });
  const matches = alice.board.palette.getByRole('region', { name: 'Matches' }).getByRole('button');

  await search.fill('redis');
  await expect(matches.first()).toHaveAccessibleName('Add Cache');
  await expect(search).toHaveAccessibleDescription('Enter adds Cache');
  // The palette says which word found it.
  await expect(matches.first().getByText('as “redis”', { exact: true })).toBeVisible();
  await search.press('Enter');
  await expect(alice.board.node('Cache')).toHaveAccessibleName('Cache, Cache');
  await expect(search).toHaveValue('');

  await search.fill('로드');
  await expect(matches.first()).toHaveAccessibleName('Add Load balancer');
  await search.press('Enter');
  await expect(alice.board.node('LB')).toBeVisible();

  for (const [product, kind] of [['kafka', 'Message queue'], ['nginx', 'Load balancer'], ['postgres', 'Database'], ['s3', 'Object storage'], ['cloudfront', 'CDN'], ['route53', 'DNS']]) {
    await search.fill(product!);
    await expect(matches.first()).toHaveAccessibleName(`Add ${kind}`);
  }

  await search.fill('zzz');
  await expect(alice.board.palette.getByText('No component matches “zzz”.')).toBeVisible();
  await search.press('Enter');
  await expect(alice.board.nodes()).toHaveCount(2);
});
