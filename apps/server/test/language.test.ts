import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

// The balancer's id is the kind an app-made id looks like: findings must name it "LB", never this.
const LB_ID = 'load-balancer-9x205q20';
const board = {
  format: 'scaleboard/v1',
  title: 'Two servers',
  nodes: [
    { id: 'users', kind: 'client', label: 'Users', x: 0, y: 0 },
    { id: LB_ID, kind: 'load-balancer', label: 'LB', x: 0, y: 0 },
    { id: 'w1', kind: 'web-server', label: 'web', x: 0, y: 0 },
    { id: 'c1', kind: 'cache', label: 'web', x: 0, y: 0 },
  ],
  edges: [
    { id: 'a', from: 'users', to: LB_ID },
    { id: 'b', from: LB_ID, to: 'w1' },
    { id: 'c', from: 'w1', to: 'c1' },
  ],
};

interface Finding { rule: string; severity: string; nodes: string[]; message: string; fix: string }

async function reportOf(id: string, key: string, init: { query?: string; headers?: Record<string, string> } = {}) {
  return fetch(`${server.url}/api/boards/${id}/report${init.query ?? ''}`, { headers: { authorization: `Bearer ${key}`, ...init.headers } });
}

describe('server text follows the request language', () => {
  it('GET /report with Accept-Language: ko says findings in Korean, naming components by label (kind when labels repeat)', async () => {
    const { id, keys } = await server.createBoard({ board });
    const res = await reportOf(id, keys.view, { headers: { 'accept-language': 'ko-KR,ko;q=0.9,en;q=0.8' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-language')).toBe('ko');
    expect(res.headers.get('vary')).toMatch(/accept-language/i);
    const { findings } = (await res.json()) as { findings: Finding[] };
    const spof = findings.find((f) => f.rule === 'single-point-of-failure' && f.nodes[0] === LB_ID);
    expect(spof?.message).toBe('"LB": 단일 장애 지점입니다. 인스턴스가 하나뿐이라 죽으면 이를 거치는 모든 요청이 실패합니다.');
    expect(spof?.fix).toBe('"LB"의 인스턴스 수를 2개 이상으로 늘리거나, 같은 호출자 뒤에 형제 컴포넌트를 추가하세요.');
    const ttl = findings.find((f) => f.rule === 'cache-without-expiry');
    expect(ttl?.message).toBe('"web"(캐시): TTL이 없어 항목이 영원히 낡은 채로 남을 수 있습니다.');
    expect(ttl?.fix).toContain('TTL');
    for (const f of findings) {
      expect(f.message).toMatch(/[가-힣]/);
      expect(f.fix).toMatch(/[가-힣]/);
      expect(`${f.message} ${f.fix}`).not.toContain(LB_ID);
      expect(f.fix).not.toContain('ttlSeconds');
    }
  });

  it('?lang= wins over the header; no preference or an unknown one is English; a bad lang is a 400', async () => {
    const { id, keys } = await server.createBoard({ board });
    const en = (await (await reportOf(id, keys.view, { query: '?lang=en', headers: { 'accept-language': 'ko' } })).json()) as { findings: Finding[] };
    expect(en.findings.find((f) => f.rule === 'cache-without-expiry')?.message).toBe('"web" (Cache) has no TTL: entries can stay stale forever.');
    const plain = await reportOf(id, keys.view);
    expect(plain.headers.get('content-language')).toBe('en');
    expect(((await plain.json()) as { findings: Finding[] }).findings).toEqual(en.findings);
    expect((await reportOf(id, keys.view, { headers: { 'accept-language': 'fr-FR' } })).headers.get('content-language')).toBe('en');
    expect((await reportOf(id, keys.view, { query: '?lang=ko' })).headers.get('content-language')).toBe('ko');

    const bad = await reportOf(id, keys.view, { query: '?lang=klingon' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: { code: 'bad-lang', message: 'lang: the language is one of en, ko.', path: 'lang' } });
  });

  it('the interview summary, the Markdown export and the SVG speak the request language', async () => {
    const { id, keys } = await server.createBoard({ board });
    const get = (path: string) => fetch(`${server.url}/api/boards/${id}/${path}`, { headers: { authorization: `Bearer ${keys.owner}`, 'accept-language': 'ko' } });
    const summary = await (await get('interview/summary.md')).text();
    expect(summary).toContain('# 면접 요약 — Two servers');
    expect(summary).toContain('| 1. 문제 이해 및 설계 범위 확정 |');
    expect(summary).toContain('## 평가 기준 (비공개)');
    expect(summary).toContain('`single-point-of-failure` ("LB"): "LB": 단일 장애 지점입니다.');
    const markdown = await (await get('export.md')).text();
    expect(markdown).toContain('## 검사 결과');
    const svg = await (await get('export.svg')).text();
    expect(svg).toContain('로드밸런서');
    expect(svg).not.toContain('>Load balancer<');
  });

  it('a board from a template is titled in the request language', async () => {
    const res = await fetch(`${server.url}/api/boards`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'ko' }, body: JSON.stringify({ template: 'ch1-7-stateless-web-tier' }),
    });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { title: string }).title).toBe('7. 무상태 웹 계층');
  });

  it('a refused import says in plain words, in the request language, what is wrong and where, the path as a detail', async () => {
    const bad = { ...board, nodes: [{ id: LB_ID, kind: 'load-balancer', label: 'LB', x: 'left', y: 0 }] };
    const post = (lang: string) => fetch(`${server.url}/api/boards`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': lang }, body: JSON.stringify({ board: bad }) });
    const ko = await post('ko');
    expect(ko.status).toBe(400);
    const { error } = (await ko.json()) as { error: { code: string; message: string; path: string } };
    expect(error.code).toBe('invalid-board');
    expect(error.path).toBe('board.nodes[0].x');
    expect(error.message).toMatch(/^1번째 컴포넌트\("LB"\)의 "x" 항목: 숫자여야 합니다 \(지금은 텍스트\) \(위치 board\.nodes\[0\]\.x: /);
    const en = (await (await post('en')).json()) as { error: { message: string } };
    expect(en.error.message).toMatch(/^Component 1 \("LB"\), field "x": should be a number, not text \(at board\.nodes\[0\]\.x: /);
  });
});

describe('error messages a person reads follow the request language; the codes stay', () => {
  const errorOf = async (res: Response) => ({ status: res.status, language: res.headers.get('content-language'), ...((await res.json()) as { error: { code: string; message: string } }).error });

  it('401, 403 and 413 say their message in Korean for a Korean reader, in English otherwise', async () => {
    const { id } = await server.createBoard({ board });
    const report = (headers: Record<string, string>, query = '') => fetch(`${server.url}/api/boards/${id}/report${query}`, { headers });
    expect(await errorOf(await report({ 'accept-language': 'ko' }))).toMatchObject({ status: 401, language: 'ko', code: 'unauthorized', message: expect.stringMatching(/^보드 키가 필요합니다/) });
    expect(await errorOf(await report({ 'accept-language': 'ko' }, '?lang=en'))).toMatchObject({ status: 401, code: 'unauthorized', message: expect.stringMatching(/^A board key is required/) });
    expect(await errorOf(await report({ 'accept-language': 'ko', authorization: 'Bearer not-a-key-of-this-board' }))).toMatchObject({ status: 403, language: 'ko', code: 'forbidden', message: '이 키로는 이 보드를 열 수 없습니다.' });

    const wide = await server.createBoard({ board: { ...board, nodes: [{ id: 'a', kind: 'cache', label: 'a', x: 0, y: 0 }, { id: 'b', kind: 'cache', label: 'b', x: 200_000, y: 0 }], edges: [] } });
    const png = await fetch(`${server.url}/api/boards/${wide.id}/export.png?scale=4`, { headers: { authorization: `Bearer ${wide.keys.view}`, 'accept-language': 'ko' } });
    expect(await errorOf(png)).toMatchObject({ status: 413, code: 'picture-too-large', message: expect.stringMatching(/^그림이 .*px가 됩니다\. 한도는 50 Mpx입니다: /) });
  });

  it('owner-only, a version not in the history and an unknown template say their message in Korean, codes unchanged', async () => {
    const { id, keys } = await server.createBoard({ board });
    const as = (key: string, lang?: string) => ({ authorization: `Bearer ${key}`, ...(lang ? { 'accept-language': lang } : {}) });
    const del = (lang?: string) => fetch(`${server.url}/api/boards/${id}`, { method: 'DELETE', headers: as(keys.edit, lang) });
    expect(await errorOf(await del('ko'))).toMatchObject({ status: 403, language: 'ko', code: 'owner-only', message: '소유자 링크로만 할 수 있습니다.' });
    expect(await errorOf(await del())).toMatchObject({ status: 403, code: 'owner-only', message: 'Only the owner link can do this.' });
    const links = await fetch(`${server.url}/api/boards/${id}/replay-links`, { headers: as(keys.view, 'ko') });
    expect(await errorOf(links)).toMatchObject({ status: 403, code: 'owner-only', message: '리플레이 링크는 소유자 링크로만 만들고, 보고, 취소할 수 있습니다.' });

    const version = (lang?: string) => fetch(`${server.url}/api/boards/${id}/history/999/export.json`, { headers: as(keys.view, lang) });
    expect(await errorOf(await version('ko'))).toMatchObject({ status: 404, language: 'ko', code: 'not-found', message: '버전 999은(는) 이 보드의 히스토리에 없습니다.' });
    expect(await errorOf(await version())).toMatchObject({ status: 404, code: 'not-found', message: "Version 999 is not in this board's history." });

    const template = await fetch(`${server.url}/api/boards`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'ko' }, body: JSON.stringify({ template: 'nope' }) });
    expect(await errorOf(template)).toMatchObject({ status: 400, language: 'ko', code: 'unknown-template', message: '"nope" 템플릿은 없습니다.' });
    const notBase64 = await fetch(`${server.url}/api/boards`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'ko' }, body: JSON.stringify({ board: 'data:image/png;base64,@@@' }) });
    expect(await errorOf(notBase64)).toMatchObject({ status: 400, language: 'ko', code: 'invalid-board', path: 'board', message: 'board: data URL이 올바른 base64가 아닙니다.' });
    const badId = await fetch(`${server.url}/api/boards/bad!id`, { headers: as(keys.view, 'ko') });
    expect(await errorOf(badId)).toMatchObject({ status: 400, language: 'ko', code: 'bad-board-id', message: '보드 id는 영문자, 숫자, "-", "_"로 된 1~64자입니다.' });
  });

  it('board-too-large (a BoardsError) and 429 say their message in Korean for a Korean reader, in English otherwise', async () => {
    const limited = await startTestServer({ limits: { maxBoardElements: 2, boardsCreatedPerMinute: 2 } });
    try {
      const create = (lang?: string) =>
        fetch(`${limited.url}/api/boards`, { method: 'POST', headers: { 'content-type': 'application/json', ...(lang ? { 'accept-language': lang } : {}) }, body: JSON.stringify({ board }) });
      expect(await errorOf(await create('ko'))).toMatchObject({ status: 413, language: 'ko', code: 'board-too-large', message: 'board: 노드와 엣지가 7개입니다. 최대 2개입니다(MAX_BOARD_ELEMENTS).' });
      expect(await errorOf(await create())).toMatchObject({ status: 413, code: 'board-too-large', message: 'board: 7 nodes and edges; at most 2 (MAX_BOARD_ELEMENTS).' });
      expect(await errorOf(await create('ko'))).toMatchObject({ status: 429, language: 'ko', code: 'rate-limited', message: '요청이 너무 많습니다. 1분에 최대 2번입니다(RATE_LIMIT_CREATE_PER_MINUTE). 잠시 후 다시 시도하세요.' });
      expect(await errorOf(await create())).toMatchObject({ status: 429, code: 'rate-limited', message: 'Too many requests: at most 2 a minute (RATE_LIMIT_CREATE_PER_MINUTE). Try again shortly.' });
    } finally {
      await limited.close();
    }
  });

  it('413 for a body over the limit, in Korean', async () => {
    const small = await startTestServer({ limits: { maxBodyBytes: 1_000 } });
    try {
      const res = await fetch(`${small.url}/api/boards`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'ko' }, body: JSON.stringify({ board: { ...board, title: 'x'.repeat(2_000) } }) });
      expect(await errorOf(res)).toMatchObject({ status: 413, language: 'ko', code: 'too-large', message: '요청 본문이 허용된 1000바이트(MAX_BODY_BYTES)보다 큽니다.' });
    } finally {
      await small.close();
    }
  });
});
