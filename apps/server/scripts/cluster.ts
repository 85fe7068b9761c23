import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nginxConfig, type NginxPlace } from './nginxConfig';
import { serverArgs, type ServerEntry } from './serverEntry';

export { nginxConfig, type NginxPlace } from './nginxConfig';
export { buildServer, serverArgs, type ServerEntry } from './serverEntry';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface ClusterOptions {
  instances: number;
  databaseUrl: string;
  redisUrl: string;
  redisPrefix?: string;
  /** Port nginx listens on; a free one when 0. */
  port?: number;
  nginx?: string;
  /** The configuration nginx runs; the shipped balancer made to run here (`nginxConfig`) unless given. */
  nginxConfig?: (place: NginxPlace) => string;
  /** Environment of one instance (by index) over the shared one: a test's own Redis route, say. */
  instanceEnv?: (index: number) => NodeJS.ProcessEnv;
  log?: (line: string) => void;
  /** The sources through tsx (the default) or the compiled server, built beforehand (`buildServer`). */
  entry?: ServerEntry;
  /** More of Node's arguments for every instance, e.g. `--cpu-prof` (not allowed in NODE_OPTIONS). */
  nodeArgs?: readonly string[];
}

export interface Instance {
  port: number;
  url: string;
  process: ChildProcess;
  /** Resolves with the signal or exit code once the process is gone. */
  exited: Promise<string>;
}

export interface Cluster {
  url: string;
  instances: Instance[];
  /** SIGTERM to every instance and nginx. */
  stop(): Promise<void>;
}

/**
 * Starts N server instances on PostgreSQL and Redis, and Debian's nginx in front of them,
 * all on loopback. Resolves once every instance and nginx answer.
 *
 * @example const cluster = await startCluster({ instances: 3, databaseUrl, redisUrl })
 */
export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const log = options.log ?? (() => undefined);
  const ports = await Promise.all(Array.from({ length: options.instances }, () => freePort()));
  const instances = ports.map((port, index) => startInstance(port, index, options, log));
  await Promise.all(instances.map((instance) => waitForReady(instance.url, instance.exited)));

  const prefix = mkdtempSync(path.join(tmpdir(), 'scaleboard-nginx-'));
  for (const dir of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(prefix, dir));
  const port = options.port || (await freePort());
  const render = options.nginxConfig ?? nginxConfig;
  writeFileSync(path.join(prefix, 'nginx.conf'), render({ prefix, port, upstreams: ports.map((p) => `127.0.0.1:${p}`) }));
  const nginx = spawn(options.nginx ?? '/usr/sbin/nginx', ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const nginxExited = new Promise<string>((resolve) => nginx.once('exit', (code, signal) => resolve(signal ?? String(code))));
  const url = `http://127.0.0.1:${port}`;
  await waitForReady(url, nginxExited);
  log(`nginx on ${url} balancing ${ports.length} instances (${ports.join(', ')})`);

  return {
    url,
    instances,
    async stop() {
      for (const instance of instances) instance.process.kill('SIGTERM');
      nginx.kill('SIGTERM');
      await Promise.all([...instances.map((instance) => instance.exited), nginxExited]);
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

function startInstance(port: number, index: number, options: ClusterOptions, log: (line: string) => void): Instance {
  const child = spawn(process.execPath, serverArgs(options.entry ?? 'source', options.nodeArgs), {
    cwd: serverDir,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: options.databaseUrl,
      REDIS_URL: options.redisUrl,
      REDIS_PREFIX: options.redisPrefix ?? 'scaleboard:',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      ...options.instanceEnv?.(index),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? String(code))));
  log(`instance on port ${port} (pid ${child.pid})`);
  return { port, url: `http://127.0.0.1:${port}`, process: child, exited };
}

async function waitForReady(url: string, exited: Promise<string>): Promise<void> {
  let gone: string | undefined;
  void exited.then((how) => (gone = how));
  for (let attempt = 0; attempt < 600; attempt++) {
    if (gone !== undefined) throw new Error(`${url} exited (${gone}) before it was ready`);
    const ready = await fetch(`${url}/readyz`).then(
      (res) => res.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} was not ready within 60 s`);
}

/** A port nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
