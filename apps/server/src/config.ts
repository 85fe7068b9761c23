import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Paths given relative are relative to where the person ran npm, not to this workspace. */
const baseDir = process.env.INIT_CWD ?? process.cwd();

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  REDIS_URL: z.string().url().optional(),
  REDIS_PREFIX: z.string().min(1).default('scaleboard:'),
  DATA_DIR: z.string().min(1).default('./.data'),
  PUBLIC_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().min(1).default(path.resolve(here, '../../web/dist')),
  COMPACT_EVERY: z.coerce.number().int().min(1).default(200),
  MAX_MESSAGE_BYTES: z.coerce.number().int().min(1024).default(2 * 1024 * 1024),
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(5 * 1024 * 1024),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  /** Namespace of every Redis key and channel, so deployments can share one Redis. */
  redisPrefix: string;
  dataDir: string;
  publicUrl: string | undefined;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  webDist: string;
  limits: Limits;
};

export interface Limits {
  /** Compact a board's log into a snapshot after this many appended updates. */
  compactEvery: number;
  /** Largest websocket message accepted on the sync socket. */
  maxMessageBytes: number;
  /** Largest REST request body. */
  maxBodyBytes: number;
}

export const DEFAULT_LIMITS: Limits = { compactEvery: 200, maxMessageBytes: 2 * 1024 * 1024, maxBodyBytes: 5 * 1024 * 1024 };

/**
 * Reads the configuration from the environment and fails fast, naming the bad variable.
 *
 * @example const config = readConfig(process.env);
 */
export function readConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Bad configuration: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    redisPrefix: e.REDIS_PREFIX,
    dataDir: path.resolve(baseDir, e.DATA_DIR),
    publicUrl: e.PUBLIC_URL,
    logLevel: e.LOG_LEVEL,
    webDist: path.resolve(baseDir, e.WEB_DIST),
    limits: { compactEvery: e.COMPACT_EVERY, maxMessageBytes: e.MAX_MESSAGE_BYTES, maxBodyBytes: e.MAX_BODY_BYTES },
  };
}
