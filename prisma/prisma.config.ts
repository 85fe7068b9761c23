// Configuration of the Prisma CLI for this package (generate, migrate, the drift check).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';

// Prisma's native schema engine cannot be downloaded on this network; our script answers the
// CLI with the WebAssembly build of the same engine (see engine/schema-engine.mjs).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(new URL('./engine/schema-engine.mjs', import.meta.url));

export default defineConfig({
  schema: 'schema.prisma',
  migrations: { path: 'migrations' },
  // Unset: the engine script works on an in-memory PGlite (enough for generate and diff).
  ...(process.env.DATABASE_URL ? { datasource: { url: process.env.DATABASE_URL } } : {}),
});
