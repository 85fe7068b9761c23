import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Creating an embedded PGlite database (initdb + migrations) takes ~10 s on two cores.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
