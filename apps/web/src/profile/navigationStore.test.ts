import { describe, expect, it } from 'vitest';
import { DEFAULT_NAVIGATION, loadNavigation, NAVIGATION_KEY, saveNavigation } from './navigationStore';

const memory = () => {
  const saved = new Map<string, string>();
  return { saved, getItem: (key: string) => saved.get(key) ?? null, setItem: (key: string, value: string) => void saved.set(key, value) };
};

describe('navigation store', () => {
  it('starts with drag-selects, the scheme of Excalidraw and tldraw', () => {
    expect(DEFAULT_NAVIGATION).toBe('drag-selects');
    expect(loadNavigation(memory())).toBe('drag-selects');
  });

  it('remembers a choice under its key', () => {
    const storage = memory();
    saveNavigation('drag-pans', storage);
    expect(storage.saved.get(NAVIGATION_KEY)).toBe('drag-pans');
    expect(loadNavigation(storage)).toBe('drag-pans');
  });

  it('reads anything else stored, or a blocked storage, as the default', () => {
    const storage = memory();
    storage.setItem(NAVIGATION_KEY, 'drag-zooms');
    expect(loadNavigation(storage)).toBe('drag-selects');
    const blocked = {
      getItem: (): string | null => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(loadNavigation(blocked)).toBe('drag-selects');
    expect(() => saveNavigation('drag-pans', blocked)).not.toThrow();
  });
});
