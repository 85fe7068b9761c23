import { describe, expect, it } from 'vitest';
import { parseBoard } from '../parseBoard';
import { analyze } from '../findings/analyze';
import { RULES, ruleOf } from '.';

const PRODUCT_RULE_IDS = [
  'single-point-of-failure', 'load-balancer-missing', 'load-balancer-single-backend', 'stateful-web-tier',
  'session-store-single-point', 'public-exposure', 'dns-target', 'cache-without-source', 'cache-without-expiry',
  'cdn-without-origin', 'cdn-without-ttl', 'queue-without-consumer', 'queue-without-producer', 'vertical-scaling-limit', 'over-capacity',
];

describe('rule catalogue', () => {
  it('has every rule id PRODUCT.md promises, each once', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of PRODUCT_RULE_IDS) expect(ruleOf(id)?.id).toBe(id);
  });
});

describe.each(RULES.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  it('example board is a valid scaleboard/v1 file', () => {
    expect(parseBoard(rule.example).ok).toBe(true);
    expect(parseBoard(rule.nearMiss).ok).toBe(true);
  });

  it('triggers on its example board', () => {
    const hits = analyze(rule.example).filter((f) => f.rule === id);
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      expect(hit.severity).toBe(rule.severity);
      expect(hit.nodes.length).toBeGreaterThan(0);
      expect(hit.message.length).toBeGreaterThan(10);
    }
  });

  it('says its findings in Korean, with no placeholder left and no key instead of a text', () => {
    const hits = analyze(rule.example, { lang: 'ko' }).filter((f) => f.rule === id);
    for (const hit of hits) for (const text of [hit.message, hit.fix]) {
      expect(text).toMatch(/[가-힣]/);
      expect(text).not.toMatch(/\{\{|rules\./);
    }
  });

  it('stays quiet on the near miss', () => {
    expect(analyze(rule.nearMiss).filter((f) => f.rule === id)).toEqual([]);
  });
});
