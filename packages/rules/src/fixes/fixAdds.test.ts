import { describe, expect, it } from 'vitest';
import { sketch } from '../rules/sketch';
import { describeFixAdds, fixAdds } from './fixAdds';

const board = sketch('fixes', [['web', 'web-server'], ['db', 'database'], ['cdn', 'cdn']], [['web', 'db']]);

describe('what a fix adds', () => {
  it('prices added instances at the node\'s unit price', () => {
    expect(fixAdds({ action: 'raise-instances', node: 'web', instances: 3 }, board)).toEqual({ instances: 2, monthlyUsd: 2 * 280.32 });
    expect(describeFixAdds({ action: 'raise-instances', node: 'web', instances: 3 }, board, 'en')).toBe('+2 instance(s), +$561/month');
    expect(describeFixAdds({ action: 'raise-instances', node: 'web', instances: 3 }, board, 'ko')).toBe('인스턴스 +2개, 월 +$561');
  });

  it('prices a new replica or session store at its kind\'s default', () => {
    expect(describeFixAdds({ action: 'add-replica', node: 'db' }, board, 'en')).toBe('+1 Database, +$520/month');
    expect(describeFixAdds({ action: 'add-replica', node: 'db' }, board, 'ko')).toBe('데이터베이스 +1, 월 +$520');
    expect(describeFixAdds({ action: 'add-session-store', node: 'web', store: null }, board, 'en')).toBe('+1 Session store (2 instances), +$301/month');
  });

  it('says nothing for a fix that adds nothing', () => {
    expect(fixAdds({ action: 'set-ttl', node: 'cdn', ttlSeconds: 60 }, board)).toBeNull();
    expect(fixAdds({ action: 'add-session-store', node: 'web', store: 'sessions' }, board)).toBeNull();
    expect(fixAdds({ action: 'raise-instances', node: 'web', instances: 1 }, board)).toBeNull();
  });
});
