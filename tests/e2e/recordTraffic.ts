import type { Page } from '@playwright/test';

/** Everything a page sends and receives: HTTP bodies and websocket frames, as text. */
export function recordTraffic(page: Page): string[] {
  const seen: string[] = [];
  const text = (payload: string | Buffer) => (typeof payload === 'string' ? payload : payload.toString('utf8'));
  page.on('request', (request) => seen.push(`${request.url()} ${request.postData() ?? ''}`));
  page.on('response', (response) => {
    void response.body().then(
      (body) => seen.push(`${response.url()} ${body.toString('utf8')}`),
      () => undefined,
    );
  });
  page.on('websocket', (ws) => {
    ws.on('framereceived', ({ payload }) => seen.push(text(payload)));
    ws.on('framesent', ({ payload }) => seen.push(text(payload)));
  });
  return seen;
}
