import { expect, test as base, type APIRequestContext, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import type { Board } from '@scaleboard/rules';
import { BoardPage } from './pages/BoardPage';
import { LandingPage } from './pages/LandingPage';

/** A board's component labels, sorted: what the history tests compare versions by. */
export const labels = (board: { nodes: ReadonlyArray<{ label: string }> }) => board.nodes.map((node) => node.label).sort();

/** One person in their own browser context (own storage, own cursor). */
export interface User {
  name: string;
  page: Page;
  board: BoardPage;
  landing: LandingPage;
}

/**
 * `owner` makes a blank board from the landing page and joins it under their name; `editors` open its
 * edit link and `viewers` its view link. What the spec needs to reach the board again comes back.
 *
 * @example const { boardId, ownerKey } = await shareNewBoard(alice, { editors: [bob], viewers: [vera] });
 */
export async function shareNewBoard(owner: User, { editors = [], viewers = [] }: { editors?: User[]; viewers?: User[] } = {}) {
  await owner.landing.goto();
  await owner.landing.newBoard();
  await owner.board.joinAs(owner.name);
  const boardId = owner.board.boardId();
  const ownerKey = owner.board.key();
  const links = await owner.board.shareLinks();
  for (const user of editors) await user.board.open(links.edit!, user.name);
  for (const user of viewers) await user.board.open(links.view!, user.name);
  return { boardId, ownerKey, links };
}

interface Fixtures {
  /**
   * Opens a new browser context for another person; closed after the test. Contexts speak en-US
   * (playwright.config.ts) unless `options` say otherwise, e.g. `{ locale: 'ko-KR' }`.
   */
  newUser: (name: string, options?: BrowserContextOptions) => Promise<User>;
  api: Api;
}

/** The public REST contract, for checking what the server holds. */
export class Api {
  constructor(private readonly request: APIRequestContext) {}

  async exportBoard(id: string, key: string): Promise<{ title: string; nodes: Array<{ id: string; label: string; kind: string; x: number; y: number; parent?: string }>; edges: Array<{ id: string; from: string; to: string; kind: string }> }> {
    // One resend on ECONNRESET, as browsers do for an idempotent request: a pooled keep-alive
    // connection idle for about the server's 5 s keepAliveTimeout can be closed by the server just as
    // this request goes out on it (seen on a loaded machine: 6.0 s after the previous export).
    const response = await this.request.get(`/api/boards/${encodeURIComponent(id)}/export.json`, { headers: { Authorization: `Bearer ${key}` }, maxRetries: 1 });
    if (!response.ok()) throw new Error(`export failed: ${response.status()} ${await response.text()}`);
    return response.json();
  }

  /** `GET /api/boards/:id/history`: the newest versions first. */
  async history(id: string, key: string): Promise<{ versions: Array<{ version: number; at: string; authors: string[]; label: string | null }>; next: number | null }> {
    const response = await this.request.get(`/api/boards/${encodeURIComponent(id)}/history?limit=500`, { headers: { Authorization: `Bearer ${key}` }, maxRetries: 1 });
    if (!response.ok()) throw new Error(`history failed: ${response.status()} ${await response.text()}`);
    return response.json();
  }

  /** The owner's private notes and rubric as the server has them (owner key only). */
  async interviewNotes(id: string, ownerKey: string): Promise<{ notes: string; rubric: Record<string, { score: number | null; comment: string }> }> {
    const response = await this.request.get(`/api/boards/${encodeURIComponent(id)}/interview/notes`, { headers: { Authorization: `Bearer ${ownerKey}` }, maxRetries: 1 });
    if (!response.ok()) throw new Error(`interview notes of ${id}: ${response.status()}`);
    return response.json();
  }

  /** `GET /api/boards/:id/history/:version/export.json`: the board as it was at that version. */
  async exportVersion(id: string, key: string, version: number): Promise<Board> {
    const response = await this.request.get(`/api/boards/${encodeURIComponent(id)}/history/${version}/export.json`, { headers: { Authorization: `Bearer ${key}` }, maxRetries: 1 });
    if (!response.ok()) throw new Error(`version export failed: ${response.status()} ${await response.text()}`);
    return response.json();
  }

  /** Waits until the board's newest version holds a component labelled `label`, and returns that version. */
  async newestVersionWith(id: string, key: string, label: string): Promise<number> {
    let newest = 0;
    await expect
      .poll(async () => {
        const { versions } = await this.history(id, key);
        newest = versions[0]?.version ?? 0;
        return newest > 0 && labels(await this.exportVersion(id, key, newest)).includes(label);
      })
      .toBe(true);
    return newest;
  }
}

async function openUser(browser: Browser, name: string, contexts: Array<{ close(): Promise<void> }>, options?: BrowserContextOptions): Promise<User> {
  const context = await browser.newContext(options);
  contexts.push(context);
  const page = await context.newPage();
  return { name, page, board: new BoardPage(page), landing: new LandingPage(page) };
}

export const test = base.extend<Fixtures>({
  newUser: async ({ browser }, use) => {
    const contexts: Array<{ close(): Promise<void> }> = [];
    await use((name, options) => openUser(browser, name, contexts, options));
    await Promise.all(contexts.map((c) => c.close()));
  },
  api: async ({ request }, use) => {
    await use(new Api(request));
  },
});

export { expect } from '@playwright/test';
