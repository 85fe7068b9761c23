import { randomBytes } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@scaleboard/db/testing';
import { startCluster, type Cluster, type ClusterOptions } from '@scaleboard/server/cluster';

export interface TestCluster {
  cluster: Cluster;
  database: TestDatabase;
  /** Stops the instances and nginx, then drops the database. */
  stop(): Promise<void>;
}

/**
 * N instances of the compiled server (built by the global setup, compiledServer.ts) behind nginx on
 * a fresh PostgreSQL database and the shared Redis (or `redisUrl`),
 * under a Redis prefix of their own so parallel runs never hear each other. nginx runs the
 * shipped balancer made to run here, or the configuration `nginxConfig` renders.
 */
export async function startTestCluster(
  instances: number,
  redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
  instanceEnv?: ClusterOptions['instanceEnv'],
  nginxConfig?: ClusterOptions['nginxConfig'],
): Promise<TestCluster> {
  const database = await createTestDatabase();
  try {
    const cluster = await startCluster({ instances, databaseUrl: database.url, redisUrl, redisPrefix: `sbtest:${randomBytes(4).toString('hex')}:`, entry: 'compiled', ...(instanceEnv ? { instanceEnv } : {}), ...(nginxConfig ? { nginxConfig } : {}) });
    return {
      cluster,
      database,
      async stop() {
        await cluster.stop();
        await database.drop();
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}
