import type { Page } from '@playwright/test';
import { sketch } from '@scaleboard/rules';
import { expect, test } from './fixtures';
import { InspectorPanel } from './pages/InspectorPanel';
import { watchMissingKeys } from './uiLanguage';

// users 0 ms → balancer 0.5 ms → web server 1.5 ms → database 2.5 ms (docs/estimation.md, "Latency").
// A month: 2 × $16.43 + 2 × $280.32 + $519.76 = $1,113.26 (docs/estimation.md, "Cost").
const TIERS = sketch('Latency and cost', [
  ['users', 'client'], ['lb', 'load-balancer', { instances: 2 }], ['web', 'web-server', { instances: 2 }], ['db', 'database'],
], [['users', 'lb'], ['lb', 'web'], ['web', 'db']], { monthlyActiveUsers: 1_000_000 });

async function openTiers(page: Page): Promise<string> {
  const response = await page.request.post('/api/boards', { data: { board: TIERS } });
  expect(response.status()).toBe(201);
  const { id, keys } = (await response.json()) as { id: string; keys: { edit: string } };
  return `/b/${id}#key=${encodeURIComponent(keys.edit)}`;
}

test('the Estimate tab times the slowest path and prices the design; the latency card cites its table; a fix says what it adds', async ({ newUser }) => {
  const ada = await newUser('Ada');
  await ada.board.open(await openTiers(ada.page), 'Ada');
  const inspector = new InspectorPanel(ada.page);
  await inspector.open('Estimate');

  const latency = inspector.panel.getByRole('region', { name: 'Latency' });
  await expect(latency.getByText('4.5 ms', { exact: true })).toBeVisible();
  const path = latency.getByRole('table', { name: 'The components of the slowest path and what each adds' });
  await expect(path.getByRole('row').filter({ has: ada.page.getByRole('rowheader') })).toHaveText(['users0 ms', 'lb0.5 ms', 'web1.5 ms', 'db2.5 ms']);
  const cost = inspector.panel.getByRole('region', { name: 'Cost' });
  await expect(cost.getByText('$1,113 a month')).toBeVisible();
  await expect(cost.getByText(/^\$[\d.]+ per million requests$/)).toBeVisible();

  await latency.getByRole('button', { name: 'Latency numbers' }).click();
  const card = ada.page.getByRole('dialog', { name: 'Latency numbers every engineer should know' });
  await expect(card.getByRole('row', { name: /^Disk seek/ })).toHaveText(/Disk seek2 ms10 ms2020/);
  await expect(card.getByRole('link', { name: /Colin Scott/ })).toHaveAttribute('href', /colin-scott\.github\.io/);
  await card.getByRole('button', { name: 'Close' }).click();
  await expect(card).toHaveCount(0);

  // The lone database's fix names what it adds and what it costs.
  await inspector.open('Findings');
  await expect(inspector.finding('Single point of failure on the request path', 'db').getByText('+1 Database, +$520/month')).toBeVisible();

  // A slower database, set on its Latency property, is the slowest path's new figure.
  await ada.board.node('db').click();
  await inspector.open('Properties');
  await inspector.setField('Latency', '100');
  await inspector.open('Estimate');
  await expect(latency.getByText('102 ms', { exact: true })).toBeVisible();
});

test('in Korean: latency, cost, the card and the properties', async ({ newUser }) => {
  const jimin = await newUser('지민', { locale: 'ko-KR' });
  const missing = await watchMissingKeys(jimin.page.context(), jimin.page);
  await jimin.page.goto(await openTiers(jimin.page));
  await jimin.page.getByLabel('이름', { exact: true }).fill('지민');
  await jimin.page.getByRole('button', { name: '보드 참여' }).click();
  await expect(jimin.page.getByRole('status', { name: '실시간' })).toBeVisible();
  const panel = jimin.page.getByRole('complementary', { name: '인스펙터' });
  await panel.getByRole('tab', { name: /^추정/ }).click();
  const latency = panel.getByRole('region', { name: '지연 시간' });
  await expect(latency.getByText('가장 느린 요청 경로')).toBeVisible();
  await expect(panel.getByRole('region', { name: '비용' }).getByText('월 $1,113')).toBeVisible();
  await latency.getByRole('button', { name: '지연 시간 숫자' }).click();
  const card = jimin.page.getByRole('dialog', { name: '모든 엔지니어가 알아야 할 지연 시간 숫자' });
  await expect(card.getByRole('row', { name: /^디스크 탐색/ })).toBeVisible();
  await card.getByRole('button', { name: '닫기' }).click();

  await jimin.board.node('db').click();
  await panel.getByRole('tab', { name: /^속성/ }).click();
  await expect(panel.getByLabel('지연 시간', { exact: true })).toHaveAttribute('placeholder', '2.5');
  await expect(panel.getByText('USD/월')).toBeVisible();
  expect(missing).toEqual([]);
});
