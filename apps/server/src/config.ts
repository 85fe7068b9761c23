import path from 'node:path';
import { fileURLToPath } from 'node:url';
import proxyAddr from 'proxy-addr';
import { z } from 'zod';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Paths given relative are relative to where the person ran npm, not to this workspace. */
const baseDir = process.env.INIT_CWD ?? process.cwd();

/** Every limit's default; docs/security.md lists them with the variable that changes each. */
const DEFAULTS = {
  compactEvery: 200,
  maxMessageBytes: 2 * 1024 * 1024,
  maxBodyBytes: 5 * 1024 * 1024,
  maxBoardBytes: 10 * 1024 * 1024,
  maxBoardElements: 5000,
  maxUpdatesPerSecond: 300,
  maxConnectionsPerBoard: 200,
  maxConnectionsPerIp: 100,
  maxRoomEventBytes: 64 * 1024,
  restRequestsPerMinute: 1200,
  boardsCreatedPerMinute: 60,
  revocationRecheckSeconds: 30,
  exportsPerClient: 2,
  exportsPerBoard: 4,
  exportCacheBytes: 32 * 1024 * 1024,
  upgradeTimeoutMs: 10_000,
  // Above the largest board (MAX_BOARD_BYTES), which a joining client is sent in one message.
  maxSendBufferBytes: 16 * 1024 * 1024,
  minResyncIntervalMs: 1000,
  maxPresenceClientsPerSession: 4,
  maxPresenceStateBytes: 8 * 1024,
} as const;

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
  COMPACT_EVERY: z.coerce.number().int().min(1).default(DEFAULTS.compactEvery),
  MAX_MESSAGE_BYTES: z.coerce.number().int().min(1024).default(DEFAULTS.maxMessageBytes),
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(DEFAULTS.maxBodyBytes),
  MAX_BOARD_BYTES: z.coerce.number().int().min(1024).default(DEFAULTS.maxBoardBytes),
  MAX_BOARD_ELEMENTS: z.coerce.number().int().min(1).default(DEFAULTS.maxBoardElements),
  MAX_UPDATES_PER_SECOND: z.coerce.number().int().min(1).default(DEFAULTS.maxUpdatesPerSecond),
  MAX_CONNECTIONS_PER_BOARD: z.coerce.number().int().min(1).default(DEFAULTS.maxConnectionsPerBoard),
  MAX_CONNECTIONS_PER_IP: z.coerce.number().int().min(1).default(DEFAULTS.maxConnectionsPerIp),
  MAX_ROOM_EVENT_BYTES: z.coerce.number().int().min(1024).default(DEFAULTS.maxRoomEventBytes),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(DEFAULTS.restRequestsPerMinute),
  RATE_LIMIT_CREATE_PER_MINUTE: z.coerce.number().int().min(1).default(DEFAULTS.boardsCreatedPerMinute),
  REVOCATION_RECHECK_SECONDS: z.coerce.number().int().min(1).default(DEFAULTS.revocationRecheckSeconds),
  EXPORTS_PER_CLIENT: z.coerce.number().int().min(1).default(DEFAULTS.exportsPerClient),
  EXPORTS_PER_BOARD: z.coerce.number().int().min(1).default(DEFAULTS.exportsPerBoard),
  EXPORT_CACHE_BYTES: z.coerce.number().int().min(0).default(DEFAULTS.exportCacheBytes),
  UPGRADE_TIMEOUT_MS: z.coerce.number().int().min(100).default(DEFAULTS.upgradeTimeoutMs),
  MAX_SEND_BUFFER_BYTES: z.coerce.number().int().min(64 * 1024).default(DEFAULTS.maxSendBufferBytes),
  MIN_RESYNC_INTERVAL_MS: z.coerce.number().int().min(0).default(DEFAULTS.minResyncIntervalMs),
  MAX_PRESENCE_CLIENTS_PER_SESSION: z.coerce.number().int().min(1).default(DEFAULTS.maxPresenceClientsPerSession),
  MAX_PRESENCE_STATE_BYTES: z.coerce.number().int().min(256).default(DEFAULTS.maxPresenceStateBytes),
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
});

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
  limits: Limits;
};

export interface Limits {
  /** Compact a board's log into a snapshot after this many log entries (one entry may hold several merged updates). */
  compactEvery: number;
  /** Largest websocket message accepted on the sync socket. */
  maxMessageBytes: number;
  /** Largest REST request body, hence largest imported board file. */
  maxBodyBytes: number;
  /** Largest board, as the size of its whole Yjs state. */
  maxBoardBytes: number;
  /** Most nodes plus edges on one board (live and imported). */
  maxBoardElements: number;
  /** Sync messages one connection may send per second on average (bursts to twice that). */
  maxUpdatesPerSecond: number;
  /** Live connections (sync + Socket.IO) to one board on one instance. */
  maxConnectionsPerBoard: number;
  /** Live connections (sync + Socket.IO) from one client address to one instance. */
  maxConnectionsPerIp: number;
  /** Largest Socket.IO message. */
  maxRoomEventBytes: number;
  /** REST requests per client address per minute (across instances with Redis). */
  restRequestsPerMinute: number;
  /** `POST /api/boards` per client address per minute. */
  boardsCreatedPerMinute: number;
  /**
   * Live connections' keys are checked against the store this often (and on a revocation-bus
   * reconnect), so a lost revocation message leaves a revoked key open at most this long.
   */
  revocationRecheckSeconds: number;
  /** Exports (SVG, PNG, Markdown) one client address may have running or waiting on one instance. */
  exportsPerClient: number;
  /** Exports of one board running or waiting on one instance, whoever asked. */
  exportsPerBoard: number;
  /** Memory (estimated bytes) for recently drawn exports of unchanged boards; 0 turns the cache off. */
  exportCacheBytes: number;
  /** A websocket upgrade not accepted or refused within this many ms (key check stuck) is answered 503 and closed. */
  upgradeTimeoutMs: number;
  /** Bytes a sync session may have waiting to be sent; a client that reads slower is closed (4008). Must exceed maxBoardBytes. */
  maxSendBufferBytes: number;
  /** A session's repeated sync step 1 is answered at most once per this many ms; the ones between get one later answer. */
  minResyncIntervalMs: number;
  /** Awareness client ids one sync session may speak for; an update claiming more is dropped. */
  maxPresenceClientsPerSession: number;
  /** Largest presence state (one client's awareness JSON); an update carrying a larger one is dropped. */
  maxPresenceStateBytes: number;
}

export const DEFAULT_LIMITS: Limits = { ...DEFAULTS };

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
  // A joining client is sent the whole board at once; a smaller buffer would close every one.
  if (e.MAX_SEND_BUFFER_BYTES <= e.MAX_BOARD_BYTES) throw new Error('Bad configuration: MAX_SEND_BUFFER_BYTES must be larger than MAX_BOARD_BYTES');
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
    limits: {
      compactEvery: e.COMPACT_EVERY,
      maxMessageBytes: e.MAX_MESSAGE_BYTES,
      maxBodyBytes: e.MAX_BODY_BYTES,
      maxBoardBytes: e.MAX_BOARD_BYTES,
      maxBoardElements: e.MAX_BOARD_ELEMENTS,
      maxUpdatesPerSecond: e.MAX_UPDATES_PER_SECOND,
      maxConnectionsPerBoard: e.MAX_CONNECTIONS_PER_BOARD,
      maxConnectionsPerIp: e.MAX_CONNECTIONS_PER_IP,
      maxRoomEventBytes: e.MAX_ROOM_EVENT_BYTES,
      restRequestsPerMinute: e.RATE_LIMIT_PER_MINUTE,
      boardsCreatedPerMinute: e.RATE_LIMIT_CREATE_PER_MINUTE,
      revocationRecheckSeconds: e.REVOCATION_RECHECK_SECONDS,
      exportsPerClient: e.EXPORTS_PER_CLIENT,
      exportsPerBoard: e.EXPORTS_PER_BOARD,
      exportCacheBytes: e.EXPORT_CACHE_BYTES,
      upgradeTimeoutMs: e.UPGRADE_TIMEOUT_MS,
      maxSendBufferBytes: e.MAX_SEND_BUFFER_BYTES,
      minResyncIntervalMs: e.MIN_RESYNC_INTERVAL_MS,
      maxPresenceClientsPerSession: e.MAX_PRESENCE_CLIENTS_PER_SESSION,
      maxPresenceStateBytes: e.MAX_PRESENCE_STATE_BYTES,
    },
  };
}
