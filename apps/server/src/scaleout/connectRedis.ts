import type { Logger } from 'pino';
import type { RedisStore, RedisReply } from 'rate-limit-redis';
import type { SocketAdapter } from '../app';
import { withTimeout } from '../ops/withTimeout';
import { RedisRelay } from '../relay/RedisRelay';
import { RedisRevocationBus } from '../revocation/RedisRevocationBus';

export interface RedisConnections {
  relay: RedisRelay;
  socketAdapter: SocketAdapter;
  /** Key rotations and deletions, heard by every instance. */
  revocations: RedisRevocationBus;
  /** REST rate limits counted once for the whole deployment. */
  rateLimitStore: (name: string) => RedisStore;
  /** Throws unless Redis answers (for /readyz). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The scale-out's Redis: one publishing connection and two subscribers (Yjs relay, Socket.IO
 * adapter), all under `prefix` so several deployments or test runs can share one Redis.
 *
 * @example const redis = await connectRedis('redis://127.0.0.1:6379', 'scaleboard:', logger)
 */
export async function connectRedis(url: string, prefix: string, logger: Logger): Promise<RedisConnections> {
  // Loaded here, not with the server: an instance without Redis (the embedded one) never runs
  // them, and loading them cost it 12–18 MB of resident memory (docs/BENCHMARKS.md, Sync).
  const [{ Redis }, { createAdapter }, { RedisStore }] = await Promise.all([import('ioredis'), import('@socket.io/redis-adapter'), import('rate-limit-redis')]);
  const options = { maxRetriesPerRequest: null, lazyConnect: true, retryStrategy: (attempt: number) => Math.min(attempt * 100, 2000) };
  const pub = new Redis(url, options);
  const relaySub = new Redis(url, options);
  const adapterSub = new Redis(url, options);
  const clients = [pub, relaySub, adapterSub];
  for (const client of clients) client.on('error', (error) => logger.warn({ err: error }, 'redis connection error'));
  await Promise.all(clients.map((client) => client.connect()));
  return {
    relay: new RedisRelay(pub, relaySub, prefix, logger),
    socketAdapter: createAdapter(pub, adapterSub, { key: `${prefix}socket.io` }),
    // The relay's subscriber carries the revocation channel too: one more channel, no more sockets.
    revocations: new RedisRevocationBus(pub, relaySub, prefix, logger),
    // rate-limit-redis's fixed window (the first hit sets the expiry) on the publishing connection;
    // ioredis types every raw reply as unknown, hence the cast its README uses too.
    rateLimitStore: (name) =>
      new RedisStore({ sendCommand: (command, ...args) => pub.call(command, ...args) as Promise<RedisReply>, prefix: `${prefix}ratelimit:${name}:` }),
    async ping() {
      if (pub.status !== 'ready') throw new Error(`redis is ${pub.status}`);
      await pub.ping();
    },
    async close() {
      // QUIT waits in the offline queue while Redis is away; don't let shutdown hang on it.
      await Promise.all(clients.map((client) => withTimeout(client.quit(), 1000, 'redis quit').catch(() => client.disconnect())));
    },
  };
}
