import { describe, expect, it } from 'vitest';
import { downtimePerYearSeconds, formatDuration, formatPercent, nines } from '../format/formatAvailability';
import { report } from '../report';
import { availabilityTarget } from '../rules/availabilityTarget';
import { sketch } from '../rules/sketch';
import { availability } from './availability';

describe('availability', () => {
  it('composes serial stages by product and redundant copies in parallel', () => {
    const board = sketch('path', [
      ['users', 'client'], ['lb', 'load-balancer', { availability: 0.995 }], ['web1', 'web-server', { availability: 0.9 }], ['web2', 'web-server', { availability: 0.9 }],
      ['db', 'database', { availability: 0.99, instances: 2 }],
    ], [['users', 'lb'], ['lb', 'web1'], ['lb', 'web2'], ['web1', 'db'], ['web2', 'db']]);
    const r = availability(board);
    const db = 1 - 0.01 ** 2;
    const webs = 1 - 0.1 ** 2;
    expect(r.availability).toBeCloseTo(0.995 * webs * db, 12);
    expect(r.weakest).toEqual({ node: 'web1', nodes: ['web1', 'web2'], availability: expect.closeTo(webs, 12) });
    expect(r.components.db).toBeCloseTo(db, 12);
  });

  it('is 1 for an empty board and ignores work behind a queue', () => {
    expect(availability(sketch('empty', [])).availability).toBe(1);
    const queued = sketch('queue', [['web', 'web-server', { availability: 0.99 }], ['jobs', 'message-queue', { availability: 0.99 }], ['w', 'worker', { availability: 0.5 }]], [['web', 'jobs', 'async'], ['jobs', 'w', 'async']]);
    expect(availability(queued).availability).toBeCloseTo(0.99 * 0.99, 12);
  });

  it('reports nines and downtime', () => {
    expect(nines(0.999)).toBe(3);
    expect(nines(1)).toBe(12);
    expect(downtimePerYearSeconds(0.999)).toBeCloseTo(31_536, 6);
    expect(formatDuration(31_536)).toBe('8h 46m');
    expect(formatDuration(30)).toBe('30s');
    expect(formatDuration(3 * 86_400)).toBe('3 days');
    expect(formatDuration(60)).toBe('1m');
  });

  it('says durations in Korean units for Korean readers', () => {
    expect(formatDuration(31_536, 'ko')).toBe('8시간 46분');
    expect(formatDuration(30, 'ko')).toBe('30초');
    expect(formatDuration(300, 'ko')).toBe('5분');
    expect(formatDuration(3 * 86_400, 'ko')).toBe('3일');
    expect(formatDuration(31_536, 'en')).toBe('8h 46m');
    const [ko] = report(availabilityTarget.example, { lang: 'ko' }).findings.filter((f) => f.rule === 'availability-target');
    expect(ko?.message).toMatch(/연간 약 \d+(시간 \d+분|분|초|일) 중단/);
    expect(formatPercent(0.9995)).toBe('99.95 %');
    expect(formatPercent(0.999)).toBe('99.9 %');
    expect(formatPercent(0.5)).toBe('50 %');
  });
});
