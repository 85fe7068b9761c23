import { defineConfig } from 'vitest/config';

// System tests (several real server processes, PostgreSQL, Redis, nginx); Playwright runs e2e/.
export default defineConfig({
  test: { include: ['system/**/*.test.ts'], globalSetup: ['system/compiledServer.ts'], testTimeout: 60_000, hookTimeout: 120_000, fileParallelism: false },
});
