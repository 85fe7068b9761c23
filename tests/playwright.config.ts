import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests in Debian's Chromium against the real server (embedded database in a fresh
 * temporary DATA_DIR). `npm run test:e2e` at the repository root builds the web app first.
 * Set E2E_BASE_URL to run against a server you started yourself.
 */
const PORT = Number(process.env.E2E_PORT ?? 3210);
const external = process.env.E2E_BASE_URL;
// Workers re-read this file; the first process picks the data folder and they inherit it.
process.env.E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), 'scaleboard-e2e-'));

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // No retries anywhere: a flaky test is a bug to find, not to hide.
  retries: 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: external ?? `http://localhost:${PORT}`,
    viewport: { width: 1440, height: 900 },
    // The specs find controls by their English names: every browser context speaks English unless a
    // spec asks for another language (e2e/language.spec.ts opens ko-KR contexts).
    locale: 'en-US',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  ...(external
    ? {}
    : {
        webServer: {
          command: 'npm run start -w @scaleboard/server',
          cwd: '..',
          url: `http://localhost:${PORT}/healthz`,
          // Every simulated person shares one address: the per-address REST limits are raised so
          // parallel specs never trip them (tests/system and apps/server test the limits).
          env: {
            PORT: String(PORT),
            DATA_DIR: process.env.E2E_DATA_DIR,
            LOG_LEVEL: 'warn',
            RATE_LIMIT_PER_MINUTE: '100000',
            RATE_LIMIT_CREATE_PER_MINUTE: '10000',
            MAX_CONNECTIONS_PER_IP: '10000',
          },
          reuseExistingServer: false,
          timeout: 120_000,
          stdout: 'pipe',
          stderr: 'pipe',
        },
      }),
});
