import { describe, expect, it } from 'vitest';
import { say } from '../i18n/translate';
import { sketch } from '../rules/sketch';
import { MAX_SCENARIO_FAILS, MAX_SCENARIO_HIT_RATIOS, MAX_SCENARIO_ID_LENGTH, instanceRef, scenarioSchema } from './scenarioSchema';
import { readScenarioParams } from './scenarioParams';
import { parseScenario, scenarioProblemMessage, validateScenario } from './validateScenario';

const board = sketch('Drill', [
  ['users', 'client'], ['eu', 'region'], ['lb', 'load-balancer', { instances: 2 }, 'eu'], ['web', 'web-server', { instances: 2 }, 'eu'],
  ['web#1', 'web-server'], ['cache', 'cache'], ['cdn', 'cdn'], ['db', 'database'], ['memo', 'note'],
], [['users', 'lb'], ['lb', 'web'], ['web', 'cache'], ['web', 'db']]);

const problemOf = (input: unknown) => {
  const parsed = parseScenario(input, board);
  if (parsed.ok) throw new Error(`accepted ${JSON.stringify(input)}`);
  return { problem: parsed.problem, en: say('en', scenarioProblemMessage(parsed.problem)), ko: say('ko', scenarioProblemMessage(parsed.problem)) };
};

describe('parseScenario', () => {
  it('accepts components, instances, groups, a traffic factor and cache/CDN hit ratios', () => {
    const scenario = { fail: ['db', 'lb#2', 'eu'], traffic: 3, hitRatios: { cache: 0, cdn: 0.5 } };
    expect(parseScenario(scenario, board)).toEqual({ ok: true, scenario });
    expect(parseScenario({}, board)).toEqual({ ok: true, scenario: {} });
    expect(parseScenario({ traffic: MAX_TRAFFIC }, board).ok).toBe(true);
  });

  it('refuses ids the board does not have, or that cannot do what is asked, naming them in English and Korean', () => {
    expect(problemOf({ fail: ['db', 'nope'] })).toEqual({
      problem: { code: 'unknown-id', field: 'fail', id: 'nope' },
      en: 'fail: the board has no component or group "nope".',
      ko: 'fail: 보드에 "nope" 컴포넌트나 그룹이 없습니다.',
    });
    expect(problemOf({ fail: ['lb#3'] }).en).toBe('fail: "lb" has 2 instance(s), so there is no instance 3.');
    expect(problemOf({ fail: ['db#2'] }).problem).toEqual({ code: 'no-such-instance', id: 'db', instance: 2, instances: 1 });
    expect(problemOf({ fail: ['users'] }).en).toBe('fail: "users" is a client or a note; only components and groups can fail.');
    expect(problemOf({ fail: ['memo'] }).problem.code).toBe('not-failable');
    expect(problemOf({ fail: ['eu#1'] }).problem).toEqual({ code: 'not-failable', id: 'eu' });
    expect(problemOf({ fail: ['lb#0'] }).problem).toEqual({ code: 'unknown-id', field: 'fail', id: 'lb#0' });
    expect(problemOf({ hitRatios: { web: 0.5 } }).en).toBe('hit ratio: "web" is not a cache or a CDN.');
    expect(problemOf({ hitRatios: { ghost: 0.5 } }).problem).toEqual({ code: 'unknown-id', field: 'hitRatios', id: 'ghost' });
  });

  it('reads an id that contains "#" as that id before reading it as an instance', () => {
    expect(parseScenario({ fail: ['web#1'] }, board)).toEqual({ ok: true, scenario: { fail: ['web#1'] } });
    expect(validateScenario(board, { fail: ['web#2'] })).toEqual([]);
  });

  it('refuses factors and ratios out of range, naming the value', () => {
    for (const traffic of [0, -1, 1001, Number.NaN, Infinity, '3']) {
      const { problem, en } = problemOf({ traffic });
      expect(problem.code).toBe('bad-traffic');
      expect(en).toContain('traffic: the factor is a number above 0 and at most 1000, not');
    }
    expect(problemOf({ traffic: 1001 }).en).toBe('traffic: the factor is a number above 0 and at most 1000, not 1001.');
    expect(problemOf({ hitRatios: { cache: 1.5 } })).toMatchObject({
      problem: { code: 'bad-hit-ratio', id: 'cache', value: '1.5' },
      en: 'hit ratio of "cache": a number from 0 to 1, not 1.5.',
      ko: '"cache"의 적중률: 0부터 1까지의 숫자여야 합니다 (지금은 1.5).',
    });
  });

  it('bounds every list and id, and refuses unknown fields and non-objects', () => {
    expect(problemOf({ fail: Array.from({ length: MAX_SCENARIO_FAILS + 1 }, () => 'db') }).problem).toEqual({ code: 'too-many', field: 'fail', limit: MAX_SCENARIO_FAILS });
    const many = Object.fromEntries(Array.from({ length: MAX_SCENARIO_HIT_RATIOS + 1 }, (_, i) => [`c${i}`, 0.5]));
    expect(problemOf({ hitRatios: many }).problem).toEqual({ code: 'too-many', field: 'hitRatios', limit: MAX_SCENARIO_HIT_RATIOS });
    expect(problemOf({ fail: ['x'.repeat(MAX_SCENARIO_ID_LENGTH + 1)] }).problem).toEqual({ code: 'bad-id', field: 'fail' });
    expect(problemOf({ fail: [''] }).problem).toEqual({ code: 'bad-id', field: 'fail' });
    expect(problemOf({ fail: 'db' }).problem.code).toBe('invalid');
    expect(problemOf({ failed: ['db'] }).problem.code).toBe('invalid');
    expect(problemOf(null).problem.code).toBe('invalid');
    expect(problemOf({ hitRatios: { ['x'.repeat(MAX_SCENARIO_ID_LENGTH + 1)]: 0.5 } }).problem).toEqual({ code: 'bad-id', field: 'hitRatios' });
  });
});

const MAX_TRAFFIC = scenarioSchema.shape.traffic.unwrap().maxValue;

describe('instanceRef', () => {
  it('reads "<id>#<k>" with k a positive integer, and nothing else', () => {
    expect(instanceRef('web#2')).toEqual({ id: 'web', instance: 2 });
    expect(instanceRef('a#b#10')).toEqual({ id: 'a#b', instance: 10 });
    for (const text of ['web', '#2', 'web#0', 'web#', 'web#02', 'web#1.5', 'web#-1', 'web#9999999999']) expect(instanceRef(text), text).toBeUndefined();
  });
});

describe('readScenarioParams', () => {
  it('reads repeatable, comma-separated flags and query values into a scenario', () => {
    expect(readScenarioParams({ fail: ['db,lb#2', 'eu'], traffic: ' 2.5 ', hitRatio: ['cache=0,cdn=0.5', 'cache=0.25'] }, board)).toEqual({
      ok: true, scenario: { fail: ['db', 'lb#2', 'eu'], traffic: 2.5, hitRatios: { cache: 0.25, cdn: 0.5 } },
    });
    expect(readScenarioParams({}, board)).toEqual({ ok: true, scenario: {} });
  });

  it('quotes what it cannot read', () => {
    const problem = (params: Parameters<typeof readScenarioParams>[0]) => {
      const read = readScenarioParams(params, board);
      return read.ok ? undefined : say('en', scenarioProblemMessage(read.problem));
    };
    expect(problem({ traffic: 'lots' })).toBe('traffic: the factor is a number above 0 and at most 1000, not "lots".');
    expect(problem({ traffic: '' })).toBe('traffic: the factor is a number above 0 and at most 1000, not "".');
    expect(problem({ hitRatio: ['cache'] })).toBe('hit ratio: write ID=R (a ratio from 0 to 1), not "cache".');
    expect(problem({ hitRatio: ['cache=half'] })).toBe('hit ratio of "cache": a number from 0 to 1, not "half".');
    expect(problem({ fail: ['db,,lb'] })).toBe('fail: an id is 1 to 500 characters.');
    // An object key that would set the prototype is refused, not silently dropped.
    expect(problem({ hitRatio: ['__proto__=0.5'] })).toBe('hit ratio: the board has no component "__proto__".');
    expect(problemOf(JSON.parse('{"hitRatios": {"__proto__": 0.5}}')).problem).toEqual({ code: 'unknown-id', field: 'hitRatios', id: '__proto__' });
    expect(problem({ fail: [Array.from({ length: 10_000 }, () => 'db').join(',')] })).toBe(`fail: at most ${MAX_SCENARIO_FAILS} at once.`);
    expect(problem({ hitRatio: [Array.from({ length: 10_000 }, (_, i) => `c${i}=1`).join(',')] })).toBe(`hitRatios: at most ${MAX_SCENARIO_HIT_RATIOS} at once.`);
  });
});
