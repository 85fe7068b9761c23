/**
 * Test helpers for packages that test against a real database: a throw-away PostgreSQL
 * database and a throw-away data folder for the embedded one. Not for production code.
 */
export { createTestDatabase, type TestDatabase } from './createTestDatabase';
export { createTempDataDir, type TempDataDir } from './createTempDataDir';
