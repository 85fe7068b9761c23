import { describe, expect, it } from 'vitest';
import { isLanguage, LANGUAGE_KEY, saveLanguage } from './languageStore';

describe('language store', () => {
  it('knows English and Korean only', () => {
    expect(isLanguage('en')).toBe(true);
    expect(isLanguage('ko')).toBe(true);
    expect(isLanguage('ko-KR')).toBe(false);
    expect(isLanguage('fr')).toBe(false);
    expect(isLanguage(undefined)).toBe(false);
  });

  it('remembers the choice under its key, and a blocked storage does not throw', () => {
    const saved = new Map<string, string>();
    saveLanguage('ko', { setItem: (key, value) => void saved.set(key, value) });
    expect(saved.get(LANGUAGE_KEY)).toBe('ko');
    expect(() =>
      saveLanguage('en', {
        setItem: () => {
          throw new Error('QuotaExceededError');
        },
      }),
    ).not.toThrow();
  });
});
