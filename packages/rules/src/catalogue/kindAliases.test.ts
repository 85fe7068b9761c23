import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NODE_KINDS } from '../kinds';
import { kindName } from './catalogueText';
import { KIND_ALIASES, searchKinds } from './kindAliases';

const top = (query: string) => searchKinds(query)[0]?.kind;

describe('the kind aliases table', () => {
  it('names every kind in English and Korean, the English including the catalogue English name', () => {
    for (const kind of NODE_KINDS) {
      expect(KIND_ALIASES[kind].ko.length, kind).toBeGreaterThan(0);
      expect(KIND_ALIASES[kind].en.map((name) => name.toLowerCase()), kind).toContain(kindName(kind, 'en').toLowerCase().replace('app / api server', 'app server').replace('data centre / region', 'region'));
    }
  });

  it('lists each product under one kind only, so a product always finds the same kind first', () => {
    const products = NODE_KINDS.flatMap((kind) => KIND_ALIASES[kind].products.map((product) => product.toLowerCase()));
    expect(new Set(products).size).toBe(products.length);
  });
});

describe('searchKinds', () => {
  it.each([
    ['redis', 'cache'], ['memcached', 'cache'],
    ['kafka', 'message-queue'], ['rabbitmq', 'message-queue'], ['sqs', 'message-queue'],
    ['nginx', 'load-balancer'], ['haproxy', 'load-balancer'], ['elb', 'load-balancer'],
    ['postgres', 'database'], ['mysql', 'database'], ['dynamodb', 'database'],
    ['s3', 'object-storage'],
    ['cloudfront', 'cdn'], ['akamai', 'cdn'],
    ['route53', 'dns'],
  ])('finds the product %s as %s', (query, kind) => {
    expect(top(query)).toBe(kind);
  });

  it.each([
    ['로드밸런서', 'load-balancer'], ['로드', 'load-balancer'], ['로드 밸런서', 'load-balancer'],
    ['캐시', 'cache'], ['메시지 큐', 'message-queue'], ['메시지', 'message-queue'], ['큐', 'message-queue'],
    ['데이터베이스', 'database'], ['객체 저장소', 'object-storage'], ['CDN', 'cdn'], ['DNS', 'dns'],
  ])('finds the Korean name %s as %s', (query, kind) => {
    expect(top(query)).toBe(kind);
  });

  it('matches a Hangul syllable still being typed: "롣" is on its way to "로드", "ㄹ" to "로"', () => {
    expect(top('롣')).toBe('load-balancer');
    expect(top('ㄹ')).toBe('load-balancer');
    expect(top('ㅋ')).toBe('client');
    expect(top('캐')).toBe('cache');
  });

  it('is case-, width- and spacing-insensitive', () => {
    for (const query of ['Redis', 'REDIS', 'ｒｅｄｉｓ', ' redis ']) expect(top(query)).toBe('cache');
    for (const query of ['load balancer', 'Load-Balancer', 'loadbalancer', 'LB']) expect(top(query)).toBe('load-balancer');
  });

  it('ranks an exact name before a prefix, a prefix before a word inside, a word before a substring', () => {
    expect(searchKinds('cache').map((m) => [m.kind, m.tier]).slice(0, 2)).toEqual([['cache', 'exact'], ['cdn', 'wordPrefix']]);
    expect(searchKinds('data')[0]).toMatchObject({ kind: 'database', tier: 'prefix' });
    expect(searchKinds('balancer')[0]).toMatchObject({ kind: 'load-balancer', tier: 'wordPrefix' });
    expect(searchKinds('alanc')[0]).toMatchObject({ kind: 'load-balancer', tier: 'substring' });
  });

  it('puts names before products at the same tier, then palette order', () => {
    // "s" begins "session store" (a name) and "sqs" (a product).
    const kinds = searchKinds('s').map((m) => m.kind);
    expect(kinds.indexOf('session-store')).toBeLessThan(kinds.indexOf('message-queue'));
    expect(searchKinds('w').map((m) => m.kind).slice(0, 2)).toEqual(['web-server', 'worker']);
  });

  it('also matches the names the person sees', () => {
    expect(searchKinds('balanceador', (kind) => (kind === 'load-balancer' ? ['Balanceador de carga'] : []))[0]?.kind).toBe('load-balancer');
  });

  it('finds nothing for blank or unknown text', () => {
    expect(searchKinds('')).toEqual([]);
    expect(searchKinds('   ')).toEqual([]);
    expect(searchKinds('zzzz')).toEqual([]);
  });

  it('never throws and stays fast on any text, however long', () => {
    fc.assert(fc.property(fc.string({ maxLength: 500 }), (query) => {
      const matches = searchKinds(query);
      expect(new Set(matches.map((m) => m.kind)).size).toBe(matches.length);
    }));
    const started = performance.now();
    searchKinds('a'.repeat(1_000_000));
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
