import { Server } from '@hocuspocus/server';
import { Redis } from '@hocuspocus/extension-redis';

/**
 * A Hocuspocus peer for the sync benchmark, in its own process so its CPU is attributable:
 * defaults only (no persistence hooks), plus the Redis extension when REDIS_URL is set.
 */
const port = Number(process.env.PORT);
const redisUrl = process.env.REDIS_URL ? new URL(process.env.REDIS_URL) : undefined;
const server = new Server({
  port,
  address: '127.0.0.1',
  quiet: true,
  extensions: redisUrl
    ? [new Redis({ host: redisUrl.hostname, port: Number(redisUrl.port || 6379), prefix: process.env.REDIS_PREFIX ?? 'hocuspocus' })]
    : [],
});
await server.listen();
console.log(`hocuspocus listening on ${port}`);
