import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { report, simulate, sketch, type Board } from '@scaleboard/rules';
import { startTestServer, type TestServer } from './testServer';

// What-if drills over REST (issue 19): `GET /api/boards/:id/report?fail=&traffic=&hitRatio=`.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const board = sketch('Chapter 1', [
  ['users', 'client'], ['lb', 'load-balancer', { instances: 2 }], ['web', 'web-server', { instances: 2 }], ['cache', 'cache', { ttlSeconds: 60 }], ['db', 'database'],
], [['users', 'lb'], ['lb', 'web'], ['web', 'cache'], ['web', 'db']], { monthlyActiveUsers: 1_000_000 });

/** The report with `query`, and the board as the server stores it (its own node order), for the rules to answer alike. */
async function reportOf(query: string, headers: Record<string, string> = {}) {
  const { id, keys } = await server.createBoard({ board });
  const authorization = `Bearer ${keys.view}`;
  const res = await fetch(`${server.url}/api/boards/${id}/report${query}`, { headers: { authorization, ...headers } });
  const stored = (await (await fetch(`${server.url}/api/boards/${id}/export.json`, { headers: { authorization } })).json()) as Board;
  return { status: res.status, body: (await res.json()) as Record<string, unknown>, language: res.headers.get('content-language'), stored };
}

const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('GET /api/boards/:id/report with a scenario', () => {
  it('without one, is the plain report, unchanged', async () => {
    const { status, body, stored } = await reportOf('');
    expect(status).toBe(200);
    expect(body).toEqual(asJson(report(stored)));
  });

  it('answers what `simulate` answers for the same board and scenario', async () => {
    const { status, body, stored } = await reportOf('?fail=db&traffic=3');
    expect(status).toBe(200);
    expect(body).toEqual(asJson(simulate(stored, { fail: ['db'], traffic: 3 })));
    expect(body.scenario).toEqual({ fail: ['db'], traffic: 3 });
    expect((body.findings as unknown[])[0]).toMatchObject({ rule: 'scenario-outage', message: '"db" down → "web" fails → "lb" fails → "users" get errors.' });
    expect([...(body.failed as string[])].sort()).toEqual(['db', 'lb', 'web']);
  });

  it('takes repeated and comma-separated ids and hit ratios, instances as ID#K (escaped in a URL), in the request\'s language', async () => {
    const { status, body, language, stored } = await reportOf('?fail=web%231,lb%232&fail=cache&hitRatio=cache=0.5&lang=ko');
    expect({ status, language }).toEqual({ status: 200, language: 'ko' });
    expect(body).toEqual(asJson(simulate(stored, { fail: ['web#1', 'lb#2', 'cache'], hitRatios: { cache: 0.5 } }, { lang: 'ko' })));
    expect(body.failed).toEqual(['cache']);
  });

  it('refuses a scenario the board cannot play with 400 bad-scenario, naming the parameter and the id or factor', async () => {
    const cases: [string, string, string][] = [
      ['?fail=nope', 'fail', 'fail: the board has no component or group "nope".'],
      ['?fail=web%233', 'fail', 'fail: "web" has 2 instance(s), so there is no instance 3.'],
      ['?fail=users', 'fail', 'fail: "users" is a client or a note; only components and groups can fail.'],
      ['?fail=', 'fail', 'fail: an id is 1 to 500 characters.'],
      ['?traffic=0', 'traffic', 'traffic: the factor is a number above 0 and at most 1000, not 0.'],
      ['?traffic=1001', 'traffic', 'traffic: the factor is a number above 0 and at most 1000, not 1001.'],
      ['?traffic=lots', 'traffic', 'traffic: the factor is a number above 0 and at most 1000, not "lots".'],
      ['?traffic=1&traffic=2', 'traffic', 'traffic: Invalid input: expected string, received array'],
      ['?hitRatio=db=0.5', 'hitRatio', 'hit ratio: "db" is not a cache or a CDN.'],
      ['?hitRatio=cache=2', 'hitRatio', 'hit ratio of "cache": a number from 0 to 1, not 2.'],
      ['?hitRatio=cache', 'hitRatio', 'hit ratio: write ID=R (a ratio from 0 to 1), not "cache".'],
      [`?fail=${Array.from({ length: 101 }, () => 'db').join(',')}`, 'fail', 'fail: at most 100 at once.'],
      [`?${Array.from({ length: 101 }, () => 'fail=db').join('&')}`, 'fail', 'fail: at most 100 at once.'],
    ];
    for (const [query, path, message] of cases) {
      const { status, body } = await reportOf(query);
      expect({ query, status, body }).toEqual({ query, status: 400, body: { error: { code: query.startsWith('?traffic=1&') ? 'bad-request' : 'bad-scenario', path, message } } });
    }
  });

  it('says the refusal in the request\'s language', async () => {
    const { status, body, language } = await reportOf('?fail=nope', { 'accept-language': 'ko-KR' });
    expect({ status, language }).toEqual({ status: 400, language: 'ko' });
    expect(body).toEqual({ error: { code: 'bad-scenario', path: 'fail', message: 'fail: 보드에 "nope" 컴포넌트나 그룹이 없습니다.' } });
  });

  it('still asks for a key first: no key is a 401 whatever the scenario', async () => {
    const { id } = await server.createBoard({ board });
    const res = await fetch(`${server.url}/api/boards/${id}/report?fail=nope`);
    expect(res.status).toBe(401);
  });
});
