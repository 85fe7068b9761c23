import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createTestDatabase, type TestDatabase } from '@scaleboard/db/testing';
import type { CreateBoardResponse } from '@scaleboard/protocol';
import { buildServer, freePort, serverArgs, startCluster, type Cluster, type ServerEntry } from '@scaleboard/server/cluster';
import { childPids } from './procStats';
import type { Framing } from './wire';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');

/**
 * One address opens every connection and creates a thousand boards here, which the per-address
 * limits rightly refuse in production; the benchmark lifts them (older servers ignore these).
 */
const SCALEBOARD_BENCH_ENV = {
  RATE_LIMIT_PER_MINUTE: '1000000',
  RATE_LIMIT_CREATE_PER_MINUTE: '1000000',
  MAX_CONNECTIONS_PER_IP: '100000',
  // The cold-load board is written as fast as the connection allows.
  MAX_UPDATES_PER_SECOND: '100000',
};

/** A server under test: its processes, how clients reach a board, how to make one. */
export interface Target {
  name: string;
  framing: Framing;
  /** Server processes clients reach by index (`url(i)` for i < instances reaches each once). */
  instances: number;
  /** Whether it stores boards, so that a board outlives its sessions (the cold-load measure). */
  persists: boolean;
  /** The server's own processes (what "server CPU" and RSS count). */
  pids(): number[];
  /** Shared infrastructure it runs on, by part (nginx, Redis, PostgreSQL backends), reported apart. */
  infraPids(): Promise<InfraPids>;
  createBoard(): Promise<{ id: string; token: string }>;
  /** The websocket URL client `index` uses for `board`. */
  url(index: number, board: { id: string; token: string }): string;
  stop(): Promise<void>;
}

/** The processes of each part of a target's infrastructure. */
export type InfraPids = Partial<Record<'nginx' | 'redis' | 'postgres', number[]>>;

export interface Infra {
  redisUrl: string;
  redisPid: number;
  stop(): Promise<void>;
}

/** A private Redis (no persistence) so Redis CPU is attributable and other work stays out. */
export async function startRedis(): Promise<Infra> {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const redisUrl = `redis://127.0.0.1:${port}`;
  await waitFor(() => portOpen(port), `redis on ${port}`, exitedFlag(child));
  return { redisUrl, redisPid: child.pid as number, stop: () => stopProcess(child) };
}

/** Scaleboard's server in this checkout; another (an older commit's) can be measured beside it. */
const SERVER_DIR = path.join(root, 'apps/server');

const built = new Set<string>();
/**
 * A server runs compiled, as `npm start` and the Docker image run it (built once per benchmark),
 * when its checkout has the build script; an older one runs from its sources through tsx, the only
 * way every commit ran. A checkout beside this one needs its `packages/` and `prisma/` for the
 * build (`git archive <commit> apps/server packages prisma tsconfig.base.json`).
 */
function entryOf(serverDir: string): ServerEntry {
  if (!existsSync(path.join(serverDir, 'scripts/build.mjs'))) return 'source';
  if (!built.has(serverDir)) buildServer(serverDir);
  built.add(serverDir);
  return 'compiled';
}

/** Scaleboard alone: the embedded database in a fresh DATA_DIR, in-process fan-out. */
export async function scaleboardSingle(serverDir = SERVER_DIR, label = '', variant: { nodeArgs?: string[]; env?: NodeJS.ProcessEnv } = {}): Promise<Target> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'scaleboard-sync-bench-'));
  const env: NodeJS.ProcessEnv = { ...process.env, ...SCALEBOARD_BENCH_ENV, ...variant.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  const child = spawn(process.execPath, serverArgs(entryOf(serverDir), [...benchNodeArgs(), ...(variant.nodeArgs ?? [])]), { cwd: serverDir, env, stdio: ['ignore', 'inherit', 'inherit'] });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(() => httpOk(`${base}/readyz`), 'scaleboard', exitedFlag(child));
  return {
    name: `Scaleboard ×1 (embedded)${label}`,
    framing: 'y-websocket',
    instances: 1,
    persists: true,
    pids: () => [child.pid as number],
    infraPids: async () => ({}),
    createBoard: () => createScaleboardBoard(base),
    url: (_i, board) => `ws://127.0.0.1:${port}/yjs/${board.id}?key=${board.token}`,
    async stop() {
      await stopProcess(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Scaleboard ×1 with more Node flags (`nodeArgs`, space-separated) and settings (`settings`,
 * `NAME=value …`), to be measured in turn with the rest: an A/B of a flag in one run
 * (BENCH_VARIANT_NODE_ARGS, BENCH_VARIANT_ENV). Undefined when both are empty.
 */
export function scaleboardVariant(nodeArgs = '', settings = ''): (() => Promise<Target>) | undefined {
  const args = words(nodeArgs);
  const pairs = words(settings);
  const env = Object.fromEntries(
    pairs.map((pair) => {
      const at = pair.indexOf('=');
      if (at < 1) throw new Error(`BENCH_VARIANT_ENV: bad setting ${pair} (want NAME=value)`);
      return [pair.slice(0, at), pair.slice(at + 1)];
    }),
  );
  const label = [...args, ...pairs].join(' ');
  return label ? () => scaleboardSingle(SERVER_DIR, ` — ${label}`, { nodeArgs: args, env }) : undefined;
}

/**
 * Scaleboard ×3 on PostgreSQL and Redis behind nginx (the cluster of `npm run cluster`). Through
 * nginx, a board's clients all reach its home instance; `spread` connects client i straight to
 * instance i mod 3 instead, as the Hocuspocus ×2 peer's are: every edit crosses the Redis relay,
 * which is what a board that spans instances (after a failover) costs.
 */
export async function scaleboardCluster(infra: Infra, serverDir = SERVER_DIR, label = '', spread = false): Promise<Target> {
  const start: typeof startCluster =
    serverDir === SERVER_DIR ? startCluster : ((await import(pathToFileURL(path.join(serverDir, 'scripts/cluster.ts')).href)) as { startCluster: typeof startCluster }).startCluster;
  const database: TestDatabase = await createTestDatabase();
  Object.assign(process.env, SCALEBOARD_BENCH_ENV); // startCluster passes its environment on
  const before = new Set(childPids(process.pid));
  const cluster: Cluster = await start({ instances: 3, databaseUrl: database.url, redisUrl: infra.redisUrl, redisPrefix: 'bench:', entry: entryOf(serverDir), nodeArgs: benchNodeArgs() });
  const nginxMaster = childPids(process.pid).find((pid) => !before.has(pid) && !cluster.instances.some((i) => i.process.pid === pid));
  const ws = cluster.url.replace('http', 'ws');
  const instanceWs = cluster.instances.map((instance) => instance.url.replace('http', 'ws'));
  return {
    name: spread ? `Scaleboard ×3, clients spread (PostgreSQL, Redis)${label}` : `Scaleboard ×3 + nginx (PostgreSQL, Redis)${label}`,
    framing: 'y-websocket',
    instances: 3,
    persists: true,
    pids: () => cluster.instances.map((instance) => instance.process.pid as number),
    infraPids: async () => ({
      nginx: nginxMaster ? [nginxMaster, ...childPids(nginxMaster)] : [],
      redis: [infra.redisPid],
      postgres: await postgresBackends(database.name),
    }),
    createBoard: () => createScaleboardBoard(cluster.url),
    url: (i, board) => `${spread ? instanceWs[i % instanceWs.length] : ws}/yjs/${board.id}?key=${board.token}`,
    async stop() {
      await cluster.stop();
      await database.drop();
    },
  };
}

/** The y-websocket reference server (`@y/websocket-server`'s bin), documents in memory. */
export async function yWebsocketServer(): Promise<Target> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(root, 'node_modules/@y/websocket-server/src/server.js')], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitFor(() => httpOk(`http://127.0.0.1:${port}/`), 'y-websocket server', exitedFlag(child));
  return peerTarget('y-websocket server', 'y-websocket', [child], (_i, board) => `ws://127.0.0.1:${port}/${board.id}`, {}, false);
}

/**
 * Hocuspocus, one instance, or `instances` of them joined by its Redis extension; with
 * `database`, each stores its documents in a fresh PostgreSQL database through
 * `@hocuspocus/extension-database` (the like-for-like peer: it persists too).
 */
export async function hocuspocus(instances: number, infra?: Infra, database = false): Promise<Target> {
  const ports = await Promise.all(Array.from({ length: instances }, () => freePort()));
  const db = database ? await createTestDatabase() : undefined;
  const children = ports.map((port) =>
    spawn(process.execPath, [...benchNodeArgs(), '--import', 'tsx', path.join(here, 'servers/hocuspocusServer.ts')], {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        ...(infra ? { REDIS_URL: infra.redisUrl, REDIS_PREFIX: 'bench-hp' } : {}),
        ...(db ? { DATABASE_URL: db.url } : {}),
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    }),
  );
  await Promise.all(children.map((child, i) => waitFor(() => httpOk(`http://127.0.0.1:${ports[i]}/`), 'hocuspocus', exitedFlag(child))));
  const persisted = db ? ' (PostgreSQL)' : '';
  const name = instances === 1 ? `Hocuspocus${persisted}` : `Hocuspocus ×${instances} + Redis${persisted}`;
  const redis = infra ? { redis: [infra.redisPid] } : {};
  const target = peerTarget(name, 'hocuspocus', children, (i) => `ws://127.0.0.1:${ports[i % ports.length]}`, redis, !!db);
  if (!db) return target;
  return {
    ...target,
    infraPids: async () => ({ ...redis, postgres: await postgresBackends(db.name) }),
    async stop() {
      await target.stop();
      await db.drop();
    },
  };
}

function peerTarget(name: string, framing: Framing, children: ChildProcess[], url: Target['url'], infra: InfraPids, persists: boolean): Target {
  let boards = 0;
  return {
    name,
    framing,
    instances: children.length,
    persists,
    pids: () => children.map((child) => child.pid as number),
    infraPids: async () => infra,
    createBoard: async () => ({ id: `bench-${process.pid}-${++boards}`, token: 'bench' }),
    url,
    async stop() {
      await Promise.all(children.map(stopProcess));
    },
  };
}

async function createScaleboardBoard(base: string): Promise<{ id: string; token: string }> {
  const res = await fetch(`${base}/api/boards`, { method: 'POST' });
  if (res.status !== 201) throw new Error(`POST /api/boards: ${res.status}`);
  const board = (await res.json()) as CreateBoardResponse;
  return { id: board.id, token: board.keys.edit };
}

/** PostgreSQL backend processes serving `database` (readable in /proc when the server is local). */
async function postgresBackends(database: string): Promise<number[]> {
  const out = await new Promise<string>((resolve) => {
    const psql = spawn('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-tAc', `select pid from pg_stat_activity where datname = '${database}'`], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let text = '';
    psql.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    psql.on('close', () => resolve(text));
    psql.on('error', () => resolve(''));
  });
  return out.split('\n').filter(Boolean).map(Number);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  });
}

function exitedFlag(child: ChildProcess): () => boolean {
  let exited = false;
  child.once('exit', () => (exited = true));
  return () => exited;
}

async function waitFor(check: () => Promise<boolean>, what: string, exited: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (exited()) throw new Error(`${what} exited before it was ready`);
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} was not ready within 60 s`);
}

const httpOk = (url: string): Promise<boolean> =>
  fetch(url).then(
    (res) => res.ok,
    () => false,
  );

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.connect(port, '127.0.0.1');
  });
}

/** BENCH_NODE_ARGS: Node's arguments for every Scaleboard and Hocuspocus instance, e.g. to profile them under the same load. */
function benchNodeArgs(): string[] {
  return words(process.env.BENCH_NODE_ARGS);
}

/** "a b  c" → ['a', 'b', 'c']; unset → []: how every BENCH_* list of flags or settings is read. */
function words(value = ''): string[] {
  return value.split(' ').filter(Boolean);
}
