import i18next from 'i18next';

/**
 * `fetch` for the app's own API, asking the server to answer in the language the person chose
 * here (`Accept-Language`; the browser's own header follows the browser, not the switcher), so
 * its error messages and the interview summary follow the UI.
 */
export function apiFetch(url: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('Accept-Language', i18next.resolvedLanguage ?? i18next.language ?? 'en');
  return fetch(url, { ...init, headers });
}
