import { describe, expect, it } from 'vitest';
import { parseBoard } from './parseBoard';

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
});
