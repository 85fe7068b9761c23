/**
 * @scaleboard/db — the Prisma schema, its migrations, and the client for both modes: an
 * embedded PGlite under the data folder (the default) and PostgreSQL (`DATABASE_URL`).
 */
export { openDatabase } from './openDatabase';
export type { Database, OpenDatabaseOptions, PreparedStatement, StatementParam } from './openDatabase';
export { PrismaClient, Prisma } from '../generated/client/client.js';
export type { Board, BoardUpdate, BoardSnapshot, BoardCheckpoint, InterviewState, InterviewSnapshot, InterviewNotes } from '../generated/client/client.js';
