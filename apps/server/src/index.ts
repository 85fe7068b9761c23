import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { createApp } from './app';
import { readConfig } from './config';
import { LOG_REDACTIONS } from './ops/logRedactions';
import { connectRedis } from './scaleout/connectRedis';
import { openStore } from './storage/openStore';

/** The entry point: read the configuration, open the store, listen; stop gracefully on a signal. */
const config = readConfig(process.env);
const logger = pino({ level: config.logLevel, redact: LOG_REDACTIONS });

const stores = await openStore(config, logger);
const redis = config.redisUrl ? await connectRedis(config.redisUrl, config.redisPrefix, logger) : undefined;
const app = createApp({
  stores,
  logger,
  limits: config.limits,
  webDist: config.webDist,
  allowedOrigins: config.allowedOrigins,
  trustedProxies: config.trustedProxies,
  historyRetentionDays: config.historyRetentionDays,
  // The embedded database opens in one process only, and without Redis no other instance relays to this one.
  soleWriter: config.databaseUrl === undefined && !redis,
  ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
  ...(redis
    ? {
        relay: redis.relay,
        socketAdapter: redis.socketAdapter,
        revocations: redis.revocations,
        rateLimitStore: redis.rateLimitStore,
        readinessChecks: [redis.ping],
      }
    : {}),
});

app.httpServer.listen(config.port, config.host, () => {
  const { port } = app.httpServer.address() as AddressInfo;
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  logger.info(`Scaleboard is running at ${config.publicUrl ?? `http://${shown}:${port}`}`);
});

const SHUTDOWN_TIMEOUT_MS = 15_000;
let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down: closing connections and flushing boards');
  // A dependency that stops answering must not keep a stopping instance alive forever
  // (seen: embedded instances left sleeping after SIGTERM under benchmark load).
  setTimeout(() => {
    logger.error({ signal }, `shutdown did not finish within ${SHUTDOWN_TIMEOUT_MS} ms; exiting`);
    process.exit(1);
  }, SHUTDOWN_TIMEOUT_MS).unref();
  try {
    await app.close();
    await redis?.close();
    // Closes the one database connection both stores share.
    await stores.boards.close();
    process.exit(0);
  } catch (error) {
    logger.error({ err: error }, 'unclean shutdown');
    process.exit(1);
  }
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
