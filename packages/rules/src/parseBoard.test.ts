import { describe, expect, it } from 'vitest';
import { assumptionsSchema } from './boardSchema';
import { firstIssue, parseBoard } from './parseBoard';
import { MAX_LABEL_LENGTH, MAX_NOTE_LENGTH, MAX_TITLE_LENGTH } from './textLimits';

describe('parseBoard', () => {
  it('names the path of the first bad field', () => {
    const result = parseBoard({ format: 'scaleboard/v1', nodes: [{ id: 'a', kind: 'cache', label: 'C', x: 'left', y: 0 }] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.path).toBe('nodes[0].x');
  });

  it('keeps unknown fields', () => {
    const result = parseBoard({ format: 'scaleboard/v1', extra: { a: 1 }, nodes: [{ id: 'a', kind: 'cache', label: 'C', x: 1, y: 2, colour: 'red' }] });
    expect(result.ok && result.board).toMatchObject({ extra: { a: 1 }, nodes: [{ colour: 'red', props: {} }] });
  });

  it('bounds titles, labels and note texts by TEXT_LIMITS, naming the path and the limit', () => {
    const node = (kind: string, label: string) => ({ format: 'scaleboard/v1', nodes: [{ id: 'a', kind, label, x: 0, y: 0 }] });
    expect(parseBoard(node('note', 'n'.repeat(MAX_NOTE_LENGTH))).ok).toBe(true);
    expect(parseBoard(node('cache', 'c'.repeat(MAX_LABEL_LENGTH))).ok).toBe(true);
    expect(parseBoard(node('note', 'n'.repeat(MAX_NOTE_LENGTH + 1)))).toMatchObject({ ok: false, error: { path: 'nodes[0].label', message: 'must be at most 5000 characters (MAX_NOTE_LENGTH)' } });
    expect(parseBoard(node('cache', 'c'.repeat(MAX_LABEL_LENGTH + 1)))).toMatchObject({ ok: false, error: { path: 'nodes[0].label', message: 'must be at most 200 characters (MAX_LABEL_LENGTH)' } });
    expect(parseBoard({ format: 'scaleboard/v1', title: 't'.repeat(MAX_TITLE_LENGTH + 1) })).toMatchObject({ ok: false, error: { path: 'title' } });
    expect(parseBoard({ format: 'scaleboard/v1', title: 'a\0b' })).toMatchObject({ ok: false, error: { path: 'title', message: 'must not contain NUL characters' } });
  });
});

describe('props typed per kind (from the catalogue)', () => {
  const withProps = (kind: string, props: Record<string, unknown>) => ({ format: 'scaleboard/v1', nodes: [{ id: 'a', kind, label: 'A', x: 0, y: 0, props }] });

  it.each([
    ['web-server', { instances: -1 }, 'nodes[0].props.instances'],
    ['web-server', { instances: 1.5 }, 'nodes[0].props.instances'],
    ['web-server', { instances: '3' }, 'nodes[0].props.instances'],
    ['web-server', { stateful: 'yes' }, 'nodes[0].props.stateful'],
    ['cache', { hitRatio: 1.5 }, 'nodes[0].props.hitRatio'],
    ['database', { role: 'master' }, 'nodes[0].props.role'],
    ['cdn', { ttlSeconds: null }, 'nodes[0].props.ttlSeconds'],
  ])('refuses a %s with props %j, naming %s', (kind, props, path) => {
    const result = parseBoard(withProps(kind, props));
    expect(result.ok || result.error.path).toBe(path);
  });

  it('accepts props in range, and keeps props the catalogue does not define as they are', () => {
    const result = parseBoard(withProps('database', { role: 'replica', replicas: 2, instances: 3, shardKey: { by: 'user' } }));
    expect(result.ok && result.board.nodes[0]?.props).toEqual({ role: 'replica', replicas: 2, instances: 3, shardKey: { by: 'user' } });
    expect(parseBoard(withProps('note', { instances: 'any' })).ok).toBe(true);
  });

  it('names the kind\'s own limit for a label far over it', () => {
    const result = parseBoard({ format: 'scaleboard/v1', nodes: [{ id: 'a', kind: 'cache', label: 'x'.repeat(1 << 20), x: 0, y: 0 }] });
    expect(result).toMatchObject({ ok: false, error: { path: 'nodes[0].label', message: 'must be at most 200 characters (MAX_LABEL_LENGTH)' } });
  });
});

describe('assumptions outside their range', () => {
  it.each([1e30, -1, 10_000_000_001])('refuses %d monthly users, naming the range with grouped digits', (users) => {
    const result = parseBoard({ format: 'scaleboard/v1', assumptions: { monthlyActiveUsers: users } });
    expect(result).toMatchObject({ ok: false, error: { path: 'assumptions.monthlyActiveUsers', message: 'must be a number from 0 to 10,000,000,000' } });
  });
});

describe('firstIssue', () => {
  it('gives the first issue of a zod error as a path and message', () => {
    const parsed = assumptionsSchema.safeParse({ peakFactor: 'many' });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(firstIssue(parsed.error, 'invalid')).toMatchObject({ path: 'peakFactor', message: expect.stringContaining('expected number') });
  });

  it('names the root and the fallback message when there is no issue to name', () => {
    expect(firstIssue({ issues: [] }, 'invalid request')).toEqual({ path: '(root)', message: 'invalid request' });
  });
});
