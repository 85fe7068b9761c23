import path from 'node:path';
import { fileURLToPath } from 'node:url';
import proxyAddr from 'proxy-addr';
import { MAX_BOARD_FILE_BYTES, firstIssue } from '@scaleboard/rules';
import { z } from 'zod';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Paths given relative are relative to where the person ran npm, not to this workspace. */
const baseDir = process.env.INIT_CWD ?? process.cwd();

interface LimitSpec {
  /** The environment variable that sets it. */
  env: string;
  default: number;
  /** Smallest value the variable may take (a smaller one stops the start, naming the variable). */
  min: number;
  /** What it bounds; TSDoc of `Limits` and the rows of README and docs/security.md say the same. */
  doc: string;
}

/**
 * Every limit, once: its variable, default, floor and meaning. The env schema, `Limits`,
 * `DEFAULT_LIMITS` and `readConfig` are derived from it; a test checks that README and
 * docs/security.md list every variable.
 */
export const LIMIT_TABLE = {
  compactEvery: { env: 'COMPACT_EVERY', default: 200, min: 1, doc: "Compact a board's log into a snapshot after this many log entries (later on a board with a long history: rooms/UpdateLog)." },
  commitWindowMs: {
    env: 'COMMIT_WINDOW_MS',
    // 1000: the appends are the embedded database's work on the event loop, about 0.9 ms each
    // between other work (a cold WebAssembly backend; 0.15 ms back to back). 30 ms (from 10) cut
    // CPU per edit by 7-34 % (median 16 %) in four alternating pairs (docs/BENCHMARKS.md, "Sync",
    // 2026-12-03 23:05), 100 ms another 10-22 % (2026-12-05 03:22), 250 ms another 22 % at 10 × 20
    // (2026-12-05 16:00), 1000 ms another 9 % (268 → 243 µs, medians of 8 alternating runs,
    // 2026-12-06 01:02). Clients see every edit at once and resend what the server lacks when they
    // reconnect, so a kill -9 loses only what no client holds any more; Hocuspocus's database
    // extension stores 2 s after the last change (10 s at most). Safe to widen since an instance
    // that opens the board asks the others to store what their windows hold (StoreRequest): before
    // that, a newcomer there could be synced a window behind, which tests/system/chaos.test.ts
    // caught at 100 ms.
    default: 1000,
    min: 0,
    doc: "While no other instance has a board open, its log appends start at most once per this many ms, each taking every edit since the last (clients see edits at once; 0: one append per event-loop round trip).",
  },
  maxMessageBytes: { env: 'MAX_MESSAGE_BYTES', default: 2 * 1024 * 1024, min: 1024, doc: 'Largest websocket message accepted on the sync socket.' },
  maxBodyBytes: { env: 'MAX_BODY_BYTES', default: MAX_BOARD_FILE_BYTES, min: 1024, doc: 'Largest REST request body, hence largest imported board file.' },
  maxBoardBytes: { env: 'MAX_BOARD_BYTES', default: 10 * 1024 * 1024, min: 1024, doc: 'Largest board, as the size of its whole Yjs state.' },
  maxBoardElements: { env: 'MAX_BOARD_ELEMENTS', default: 5000, min: 1, doc: 'Most nodes plus edges on one board (live and imported).' },
  maxUpdatesPerSecond: { env: 'MAX_UPDATES_PER_SECOND', default: 300, min: 1, doc: 'Sync messages one connection may send per second on average (bursts to twice that).' },
  maxConnectionsPerBoard: { env: 'MAX_CONNECTIONS_PER_BOARD', default: 200, min: 1, doc: 'Live connections (sync + Socket.IO) to one board on one instance.' },
  maxConnectionsPerIp: { env: 'MAX_CONNECTIONS_PER_IP', default: 100, min: 1, doc: 'Live connections (sync + Socket.IO) from one client address to one instance.' },
  maxRoomEventBytes: { env: 'MAX_ROOM_EVENT_BYTES', default: 64 * 1024, min: 1024, doc: 'Largest Socket.IO message.' },
  restRequestsPerMinute: { env: 'RATE_LIMIT_PER_MINUTE', default: 1200, min: 1, doc: 'REST requests per client address per minute (across instances with Redis).' },
  boardsCreatedPerMinute: { env: 'RATE_LIMIT_CREATE_PER_MINUTE', default: 60, min: 1, doc: '`POST /api/boards` per client address per minute.' },
  revocationRecheckSeconds: {
    env: 'REVOCATION_RECHECK_SECONDS',
    default: 30,
    min: 1,
    doc: "Live connections' keys are checked against the store this often (and on a revocation-bus reconnect), so a lost revocation leaves a revoked key open at most this long.",
  },
  exportsPerClient: { env: 'EXPORTS_PER_CLIENT', default: 2, min: 1, doc: 'Exports (SVG, PNG, Markdown) one client address may have running or waiting on one instance.' },
  exportsPerBoard: { env: 'EXPORTS_PER_BOARD', default: 4, min: 1, doc: 'Exports of one board running or waiting on one instance, whoever asked.' },
  exportCacheBytes: { env: 'EXPORT_CACHE_BYTES', default: 32 * 1024 * 1024, min: 0, doc: 'Memory (estimated bytes) for recently drawn exports of unchanged boards; 0 turns the cache off.' },
  upgradeTimeoutMs: { env: 'UPGRADE_TIMEOUT_MS', default: 10_000, min: 100, doc: 'A websocket upgrade not accepted or refused within this many ms (key check stuck) is answered 503 and closed.' },
  maxSendBufferBytes: {
    env: 'MAX_SEND_BUFFER_BYTES',
    // Above the largest board (MAX_BOARD_BYTES), which a joining client is sent in one message.
    default: 16 * 1024 * 1024,
    min: 64 * 1024,
    doc: 'Bytes a sync session may have waiting to be sent (or send before its board opens); a client that reads slower is closed (4008). Must exceed MAX_BOARD_BYTES.',
  },
  minResyncIntervalMs: { env: 'MIN_RESYNC_INTERVAL_MS', default: 1000, min: 0, doc: "A session's repeated sync step 1 is answered at most once per this many ms; the ones between get one later answer." },
  maxPresenceClientsPerSession: { env: 'MAX_PRESENCE_CLIENTS_PER_SESSION', default: 4, min: 1, doc: 'Awareness client ids one sync session may speak for; an update claiming more is dropped.' },
  maxPresenceStateBytes: { env: 'MAX_PRESENCE_STATE_BYTES', default: 8 * 1024, min: 256, doc: "Largest presence state (one client's awareness JSON); an update carrying a larger one is dropped." },
} as const satisfies Record<string, LimitSpec>;

type LimitName = keyof typeof LIMIT_TABLE;
const LIMIT_NAMES = Object.keys(LIMIT_TABLE) as LimitName[];

/** Every limit's value; `LIMIT_TABLE` says what each bounds. */
export type Limits = Record<LimitName, number>;

export const DEFAULT_LIMITS: Limits = Object.fromEntries(LIMIT_NAMES.map((name) => [name, LIMIT_TABLE[name].default])) as Limits;

const limitsEnvSchema = z.object(
  Object.fromEntries(LIMIT_NAMES.map((name) => {
    const { env, default: fallback, min } = LIMIT_TABLE[name];
    return [env, z.coerce.number().int().min(min).default(fallback)];
  })) as Record<string, z.ZodDefault<z.ZodNumber>>,
);

/** Proxies whose X-Forwarded-For is believed when TRUSTED_PROXIES is unset: nginx on this machine. */
export const DEFAULT_TRUSTED_PROXIES: readonly string[] = ['loopback'];

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
  /** Comma-separated origins (besides this server's own and PUBLIC_URL's) that may open the websockets. */
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((list) => list.split(',').map((o) => o.trim()).filter(Boolean))
    .pipe(z.array(z.string().url())),
  /** Comma-separated addresses, CIDRs or `loopback`/`linklocal`/`uniquelocal`; empty trusts no proxy. */
  TRUSTED_PROXIES: z
    .string()
    .default(DEFAULT_TRUSTED_PROXIES.join(','))
    .transform((list) => list.split(',').map((entry) => entry.trim()).filter(Boolean))
    .refine(compilesAsProxyList, { message: 'expected comma-separated IP addresses, CIDRs, loopback, linklocal or uniquelocal' }),
  /** Days of board history kept (docs/database.md, "History"); unset keeps everything. */
  HISTORY_RETENTION_DAYS: z.coerce.number().int().min(1).optional(),
});

/** Every variable besides the limits; a test checks that README lists each. */
export const SETTING_VARIABLES = Object.keys(envSchema.shape);

function compilesAsProxyList(list: string[]): boolean {
  try {
    proxyAddr.compile(list);
    return true;
  } catch {
    return false;
  }
}

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
  /** Origins, besides the server's own and PUBLIC_URL's, whose pages may open the websockets. */
  allowedOrigins: string[];
  /**
   * The proxies (load balancers) whose X-Forwarded-For names the client, for REST rate limits
   * and websocket connection budgets alike; every other peer is the client itself.
   */
  trustedProxies: string[];
  /** Board history older than this many days is pruned (see `historyCutoff`); undefined keeps it all. */
  historyRetentionDays: number | undefined;
  limits: Limits;
};

/**
 * The moment before which board history may be pruned (`BoardStore.pruneHistory`), or null
 * when retention keeps everything.
 *
 * @example const cutoff = historyCutoff(config.historyRetentionDays, new Date()); if (cutoff) await store.pruneHistory(id, cutoff);
 */
export function historyCutoff(retentionDays: number | undefined, now: Date): Date | null {
  return retentionDays === undefined ? null : new Date(now.getTime() - retentionDays * 24 * 60 * 60 * 1000);
}

/**
 * Reads the configuration from the environment and fails fast, naming the bad variable.
 *
 * @example const config = readConfig(process.env);
 */
export function readConfig(env: NodeJS.ProcessEnv): Config {
  const e = parseEnv(envSchema, env);
  const limitValues = parseEnv(limitsEnvSchema, env);
  const limits = Object.fromEntries(LIMIT_NAMES.map((name) => [name, limitValues[LIMIT_TABLE[name].env]])) as Limits;
  // A joining client is sent the whole board at once; a smaller buffer would close every one.
  if (limits.maxSendBufferBytes <= limits.maxBoardBytes) throw new Error('Bad configuration: MAX_SEND_BUFFER_BYTES must be larger than MAX_BOARD_BYTES');
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
    allowedOrigins: e.ALLOWED_ORIGINS,
    trustedProxies: e.TRUSTED_PROXIES,
    historyRetentionDays: e.HISTORY_RETENTION_DAYS,
    limits,
  };
}

/** Parses the environment with `schema`, failing fast with the first bad variable's name. */
function parseEnv<T extends z.ZodType>(schema: T, env: NodeJS.ProcessEnv): z.infer<T> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = firstIssue(parsed.error, 'invalid');
    throw new Error(`Bad configuration: ${issue.path}: ${issue.message}`);
  }
  return parsed.data;
}
