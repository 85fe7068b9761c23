import { describe, expect, it } from 'vitest';
import { newId, nextLabel } from './naming';

describe('naming', () => {
  it('numbers repeated labels', () => {
    expect(nextLabel('Web', [])).toBe('Web');
    expect(nextLabel('Web', ['Web', 'LB'])).toBe('Web 2');
    expect(nextLabel('Web', ['Web', 'Web 2', 'Web 4'])).toBe('Web 3');
  });
  it('makes prefixed unique ids', () => {
    expect(newId('cache')).toMatch(/^cache-[0-9a-z]{8}$/);
    expect(newId('a')).not.toBe(newId('a'));
  });
});
