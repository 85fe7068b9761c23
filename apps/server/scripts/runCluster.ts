import { startCluster } from './cluster';

/**
 * `npm run cluster`: N instances (CLUSTER_SIZE, default 3) on DATABASE_URL and REDIS_URL,
 * behind nginx on PORT (default 8080). Ctrl-C stops everything.
 */
const databaseUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const cluster = await startCluster({
  instances: Number(process.env.CLUSTER_SIZE ?? 3),
  databaseUrl,
  redisUrl,
  port: Number(process.env.PORT ?? 8080),
  log: (line) => console.log(line),
});
console.log(`Scaleboard cluster at ${cluster.url} — Ctrl-C to stop`);
const stop = () => void cluster.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
