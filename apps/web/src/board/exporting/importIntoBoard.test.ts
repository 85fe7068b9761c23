import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const board = JSON.stringify({ format: 'scaleboard/v1', title: 'Small', nodes: [], edges: [] });

/** A fresh copy of the module, so the limits the page asked for are asked again; its messages in English. */
async function readImportFile(file: File) {
  await (await import('../../i18n/i18n')).i18next.changeLanguage('en');
  return (await import('./importIntoBoard')).readImportFile(file);
}

function serverAnswers(limits: object) {
  const fetch = vi.fn(async () => new Response(JSON.stringify(limits), { headers: { 'content-type': 'application/json' } }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

beforeEach(() => vi.resetModules());
afterEach(() => vi.unstubAllGlobals());

describe('readImportFile', () => {
  it('refuses a file over the body limit the server gives (GET /api/limits), naming it', async () => {
    const fetch = serverAnswers({ maxBodyBytes: 3 * 1024 * 1024 });
    const big = new File([new Uint8Array(3 * 1024 * 1024 + 1)], 'big.json');
    expect(await readImportFile(big)).toEqual({ ok: false, error: { path: '(root)', message: 'The file is larger than 3 MB.' } });
    expect(fetch).toHaveBeenCalledWith('/api/limits');
  });

  it('follows a server configured with another limit', async () => {
    serverAnswers({ maxBodyBytes: 2048 });
    expect(await readImportFile(new File(['x'.repeat(4096)], 'board.json'))).toMatchObject({ ok: false, error: { message: 'The file is larger than 2 KB.' } });
    expect(await readImportFile(new File([board], 'board.json'))).toMatchObject({ ok: true, board: { title: 'Small' } });
  });

  it('reads the file when the server cannot say, leaving the limit to its 413', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('offline'))));
    expect(await readImportFile(new File([board], 'board.json'))).toMatchObject({ ok: true, board: { title: 'Small' } });
  });
});
