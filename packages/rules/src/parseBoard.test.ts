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
    expect(parseBoard(node('note', 'n'.repeat(MAX_NOTE_LENGTH + 1)))).toEqual({ ok: false, error: { path: 'nodes[0].label', message: 'must be at most 5000 characters (MAX_NOTE_LENGTH)' } });
    expect(parseBoard(node('cache', 'c'.repeat(MAX_LABEL_LENGTH + 1)))).toEqual({ ok: false, error: { path: 'nodes[0].label', message: 'must be at most 200 characters (MAX_LABEL_LENGTH)' } });
    expect(parseBoard({ format: 'scaleboard/v1', title: 't'.repeat(MAX_TITLE_LENGTH + 1) })).toMatchObject({ ok: false, error: { path: 'title' } });
    expect(parseBoard({ format: 'scaleboard/v1', title: 'a\0b' })).toEqual({ ok: false, error: { path: 'title', message: 'must not contain NUL characters' } });
  });
});

describe('firstIssue', () => {
  it('gives the first issue of a zod error as a path and message', () => {
    const parsed = assumptionsSchema.safeParse({ peakFactor: 'many' });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(firstIssue(parsed.error, 'invalid')).toEqual({ path: 'peakFactor', message: expect.stringContaining('expected number') });
  });

  it('names the root and the fallback message when there is no issue to name', () => {
    expect(firstIssue({ issues: [] }, 'invalid request')).toEqual({ path: '(root)', message: 'invalid request' });
  });
});
