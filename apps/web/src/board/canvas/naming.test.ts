import { describe, expect, it } from 'vitest';
import { copyLabel, newId, nextLabel } from './naming';

describe('naming', () => {
  it('numbers repeated labels', () => {
    expect(nextLabel('Web', [])).toBe('Web');
    expect(nextLabel('Web', ['Web', 'LB'])).toBe('Web 2');
    expect(nextLabel('Web', ['Web', 'Web 2', 'Web 4'])).toBe('Web 3');
  });
  it('gives a copy the next free number of its family', () => {
    expect(copyLabel('Web', ['Web'])).toBe('Web 2');
    expect(copyLabel('Web', ['Web', 'Web 2'])).toBe('Web 3');
    expect(copyLabel('Web 2', ['Web', 'Web 2'])).toBe('Web 3');
    expect(copyLabel('웹', ['웹'])).toBe('웹 2');
    expect(copyLabel('웹 2', ['웹', '웹 2'])).toBe('웹 3');
    // A number that is part of the name, not a copy's: "Route 53" has no "Route" beside it.
    expect(copyLabel('Route 53', ['Route 53'])).toBe('Route 53 2');
  });
  it('makes prefixed unique ids', () => {
    expect(newId('cache')).toMatch(/^cache-[0-9a-z]{8}$/);
    expect(newId('a')).not.toBe(newId('a'));
  });
});
