import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18next } from '../i18n/i18n';
import { apiFetch } from './apiFetch';

afterEach(() => vi.unstubAllGlobals());

describe('apiFetch', () => {
  it('asks for the UI language and keeps the caller’s headers', async () => {
    const fetch = vi.fn(async () => new Response('{}'));
    vi.stubGlobal('fetch', fetch);
    await i18next.changeLanguage('ko');
    await apiFetch('/api/boards/b1', { method: 'DELETE', headers: { Authorization: 'Bearer k' } });
    await i18next.changeLanguage('en');
    await apiFetch('/api/boards/b1');
    const [first, second] = fetch.mock.calls.map((call) => (call as unknown as [string, RequestInit])[1]);
    expect(new Headers(first?.headers).get('accept-language')).toBe('ko');
    expect(new Headers(first?.headers).get('authorization')).toBe('Bearer k');
    expect(first?.method).toBe('DELETE');
    expect(new Headers(second?.headers).get('accept-language')).toBe('en');
  });
});
