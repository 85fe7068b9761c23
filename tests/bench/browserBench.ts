/**
 * What the browser benchmarks share: the real server on a free port with a temporary data folder,
 * headless Debian Chromium without a GPU, percentiles. Run the production build of the web app
 * first (`npm run build -w @scaleboard/web`): the server serves it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { freePort } from '@scaleboard/server/cluster';

const root = path.resolve(import.meta.dirname, '../..');

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function waitForHealth(url: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('server did not start');
}

export interface BenchServer {
  base: string;
  stop: () => void;
}

/** The real server (`apps/server`) in its own process group; `env` adds to or overrides its settings. */
export async function startServer(env: Record<string, string> = {}): Promise<BenchServer> {
  const port = await freePort();
  const base = `http://localhost:${port}`;
  const server = spawn('npx', ['tsx', 'apps/server/src/index.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATA_DIR: mkdtempSync(path.join(tmpdir(), 'scaleboard-bench-')), LOG_LEVEL: 'warn', ...env },
    stdio: 'inherit',
    detached: true,
  });
  const stop = () => {
    if (server.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  };
  try {
    await waitForHealth(base);
  } catch (error) {
    stop();
    throw error;
  }
  return { base, stop };
}

/** Headless Chromium as the benchmarks run it: software rendering, as on a machine without a GPU. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
}

/** Imports a board through `POST /api/boards`; its id and edit key. */
export async function importBoard(base: string, board: unknown): Promise<{ id: string; editKey: string }> {
  const created = await fetch(`${base}/api/boards`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ board }) });
  if (created.status !== 201) throw new Error(`import failed: ${created.status} ${await created.text()}`);
  const { id, keys } = (await created.json()) as { id: string; keys: { edit: string } };
  return { id, editKey: keys.edit };
}

/**
 * Waits for an opening board's first picture (`window.bench.picture`, set by a bench's init script),
 * then until it is interactive: a whole second without a long task after the picture
 * (`window.bench.lastLongTaskEnd`, from a longtask PerformanceObserver).
 */
export async function waitUntilInteractive(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { bench: { picture: number } }).bench.picture > 0, null, { timeout: 300_000 });
  await page.waitForFunction(
    () => {
      const { picture, lastLongTaskEnd } = (window as unknown as { bench: { picture: number; lastLongTaskEnd: number } }).bench;
      return performance.now() - Math.max(picture, lastLongTaskEnd) > 1000;
    },
    null,
    { timeout: 300_000, polling: 100 },
  );
}
