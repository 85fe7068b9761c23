import { describe, expect, it } from 'vitest';
import { toolOfKey } from './sketchTools';

describe('tool keys', () => {
  it('picks a tool by its letter, either case, or by the physical key under a Korean input method', () => {
    expect(toolOfKey('p')).toBe('pen');
    expect(toolOfKey('R')).toBe('rectangle');
    expect(toolOfKey('ㅔ', 'KeyP')).toBe('pen');
    expect(toolOfKey('x', 'KeyX')).toBeUndefined();
  });
});
