#!/usr/bin/env node
// A stand-in for Prisma's native `schema-engine` binary, which this offline network cannot
// download. The Prisma CLI spawns whatever PRISMA_SCHEMA_ENGINE_BINARY names (prisma.config.ts
// points it here) and speaks newline-delimited JSON-RPC to it; we answer with the same engine
// compiled to WebAssembly (@prisma/schema-engine-wasm), driven through a driver adapter.
// A postgres(ql):// datasource URL uses @prisma/adapter-pg; no URL uses an in-memory PGlite,
// which is enough for `generate`, `migrate diff` and `migrate dev --create-only`.
// See docs/database.md and ../../shared/notes/prisma.md for why each workaround exists.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg';
import { PrismaPGlite } from 'pglite-prisma-adapter';

const ENGINE_COMMIT = '0edf323efd1d98336f3f0a68684b56f689b900d3';
const args = parseArgs(process.argv.slice(2));
const closers = [];

if (args.version) {
  process.stdout.write(`schema-engine-cli ${ENGINE_COMMIT}\n`);
} else if (args.cli) {
  await runCliCommand(args.cli, args.url);
} else {
  await serveJsonRpc();
}

function parseArgs(argv) {
  const out = { datamodels: [], url: undefined, cli: undefined, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--datamodels') out.datamodels.push(argv[++i]);
    else if (arg === '--datasource') out.url = JSON.parse(argv[++i]).url || undefined;
    else if (arg === '--version' || arg === '-V') out.version = true;
    else if (arg === 'cli') out.cli = argv[++i];
    else if (arg.startsWith('--')) i++; // preview features, extension types: not needed here
  }
  return out;
}

// ---- adapters -------------------------------------------------------------------------------

/** adapter-pg 7.10 cannot map Postgres's internal `"char"` (oid 18), used by catalog queries. */
function readCharAsText(queryable) {
  const performIO = queryable.performIO.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result.fields) if (field.dataTypeID === 18) field.dataTypeID = 25;
    return result;
  };
  const startTransaction = queryable.startTransaction?.bind(queryable);
  if (startTransaction) {
    queryable.startTransaction = async (...a) => readCharAsText(await startTransaction(...a));
  }
  return queryable;
}

function withDatabase(url, name) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

function pgFactory(url) {
  const main = new PrismaPg({ connectionString: url });
  return {
    provider: 'postgres',
    adapterName: main.adapterName,
    connect: async () => readCharAsText(await main.connect()),
    // adapter-pg's own shadow database reuses `connectionString`, which overrides `database`,
    // so it would migrate the main database: create and address the shadow one ourselves.
    async connectToShadowDb() {
      const admin = await main.connect();
      const name = `prisma_shadow_${randomUUID().replaceAll('-', '')}`;
      await admin.executeScript(`CREATE DATABASE "${name}"`);
      const shadow = readCharAsText(await new PrismaPg({ connectionString: withDatabase(url, name) }).connect());
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose(); // close the pool first: Postgres refuses to drop a database in use
        await admin.executeScript(`DROP DATABASE IF EXISTS "${name}"`);
        await admin.dispose();
      };
      return shadow;
    },
  };
}

function pgliteFactory() {
  const db = new PGlite();
  closers.push(() => db.close());
  const factory = new PrismaPGlite(db);
  return {
    provider: 'postgres',
    adapterName: factory.adapterName,
    connect: () => factory.connect(),
    async connectToShadowDb() {
      const shadow = new PGlite();
      closers.push(() => shadow.close());
      return new PrismaPGlite(shadow).connect();
    },
  };
}

function adapterFactory(url) {
  return url ? pgFactory(url) : pgliteFactory();
}

// ---- `schema-engine cli <command>` ----------------------------------------------------------

/** `can-connect-to-database`, `create-database` or `drop-database` on a PostgreSQL URL. */
async function adminCommand(command, url) {
  const database = decodeURIComponent(new URL(url).pathname.slice(1));
  // Creating or dropping a database needs a connection to another one.
  const target = command === 'can-connect-to-database' ? url : withDatabase(url, 'postgres');
  const adapter = await pgFactory(target).connect();
  try {
    if (command === 'create-database') await adapter.executeScript(`CREATE DATABASE "${database}"`);
    else if (command === 'drop-database') await adapter.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
    else await adapter.queryRaw({ sql: 'SELECT 1', args: [], argTypes: [] });
  } finally {
    await adapter.dispose();
  }
  return database;
}

async function runCliCommand(command, url) {
  if (!url) return; // in-memory PGlite: always reachable, nothing to create or drop
  try {
    await adminCommand(command, url);
  } catch (error) {
    // adapter-pg's DriverAdapterError carries the mapped cause: { kind, originalMessage, … }.
    const cause = error.cause ?? {};
    const code = cause.kind === 'DatabaseDoesNotExist' ? 'P1003' : 'P1001';
    const message = cause.originalMessage ?? (cause.host ? `cannot reach ${cause.host}:${cause.port}` : error.message);
    // The CLI skips the first stderr line and parses the rest as JSON log records.
    process.stderr.write(`\n${JSON.stringify({ level: 'ERROR', target: 'schema_engine::logger', fields: { error_code: code, message } })}\n`);
    process.exitCode = 1;
  }
}

// ---- JSON-RPC over stdin/stdout -------------------------------------------------------------

async function loadEngine(datamodels, factory) {
  // The Rust side reports a panic's message here just before it traps.
  globalThis.PRISMA_WASM_PANIC_REGISTRY = { set_message: (m) => (globalThis.PRISMA_WASM_PANIC = m) };
  const wasmUrl = new URL('schema_engine_bg.wasm', import.meta.resolve('@prisma/schema-engine-wasm'));
  const imports = { ...bg };
  for (const name of Object.keys(bg)) {
    // The engine arms 10 s timers; unref them or this process outlives the CLI's request.
    if (name.startsWith('__wbg_setTimeout_')) {
      imports[name] = (...a) => {
        const timer = bg[name](...a);
        timer.unref?.();
        return timer;
      };
    }
  }
  const module = await WebAssembly.compile(await readFile(wasmUrl));
  const instance = await WebAssembly.instantiate(module, { './schema_engine_bg.js': imports });
  bg.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  const files = await Promise.all(datamodels.map(async (p) => [p, await readFile(p, 'utf8')]));
  if (files.length === 0) files.push(['schema.prisma', 'datasource db { provider = "postgresql" }']);
  const log = (line) => process.stderr.write(`${line}\n`);
  return bg.SchemaEngine.new({ datamodels: files }, log, factory);
}

async function serveJsonRpc() {
  const factory = bindMigrationAwareSqlAdapterFactory(adapterFactory(args.url));
  const engine = await loadEngine(args.datamodels, factory);
  const send = (message) => process.stdout.write(`${JSON.stringify({ jsonrpc: '2.0', ...message })}\n`);
  const printed = new Map(); // our own `print` requests to the CLI, awaiting its reply
  let printId = 1_000_000;
  const print = (content) =>
    new Promise((resolve) => {
      const id = printId++;
      printed.set(id, resolve);
      send({ id, method: 'print', params: { content } });
    });

  const handlers = {
    getDatabaseVersion: (p) => engine.version(p),
    // The native engine prints the diff itself, through a request back to the CLI.
    async diff(p) {
      const { exitCode, stdout } = await engine.diff(p);
      if (stdout) await print(stdout);
      return { exitCode };
    },
    // Once migrations exist, the wasm engine's evaluateDataLoss and createMigration replay them
    // without the shadow database factory and fail; only `diff` uses it. Both reduce to a diff
    // from the migrations to the schema (destructive-change warnings are not computed: review
    // the generated SQL).
    async evaluateDataLoss(p) {
      const script = await diffMigrationsToSchema(p);
      return { migrationSteps: script ? 1 : 0, unexecutableSteps: [], warnings: [] };
    },
    async createMigration(p) {
      const script = await diffMigrationsToSchema(p);
      const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
      return {
        connectorType: 'postgresql',
        generatedMigrationName: `${stamp}_${p.migrationName}`,
        migrationScript: script || (p.draft ? '-- This is an empty migration.' : null),
        extension: 'sql',
      };
    },
    createDatabase: async () => ({ databaseName: args.url ? await adminCommand('create-database', args.url) : 'memory' }),
  };

  async function diffMigrationsToSchema({ migrationsList, schema, filters }) {
    const from = { tag: 'migrations', ...migrationsList };
    const to = { tag: 'schemaDatamodel', ...schema };
    const { exitCode, stdout } = await engine.diff({ from, to, script: true, exitCode: true, filters });
    return exitCode === 2 ? stdout : null;
  }

  let queue = Promise.resolve();
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on('line', (line) => {
    const message = JSON.parse(line);
    if (message.method === undefined) {
      printed.get(message.id)?.(message.result);
      return printed.delete(message.id);
    }
    // One request at a time, in order, as the native engine does.
    queue = queue.then(async () => {
      try {
        const handler = handlers[message.method] ?? ((p) => engine[message.method](p));
        send({ id: message.id, result: (await handler(message.params ?? {})) ?? null });
      } catch (error) {
        send({ id: message.id, error: toRpcError(error, factory) });
      }
    });
  });
  lines.on('close', () => {
    queue.then(async () => {
      for (const close of closers) await close();
      process.exit(0);
    });
  });
}

function toRpcError(error, factory) {
  const panic = globalThis.PRISMA_WASM_PANIC;
  let message = String(error?.message ?? error);
  let errorCode;
  try {
    const parsed = JSON.parse(message); // user-facing errors arrive as JSON
    message = parsed.message ?? message;
    errorCode = parsed.error_code;
  } catch {
    /* plain text */
  }
  const external = /External error id#(\d+)/.exec(message);
  if (external) {
    const cause = factory.errorRegistry.consumeError(Number(external[1]))?.error;
    message = `${message}: ${cause?.message ?? JSON.stringify(cause)}`;
  }
  return {
    code: 4466,
    message: 'An error happened. Check the data field for details.',
    data: { is_panic: Boolean(panic), message: panic ?? message, error_code: errorCode, meta: null },
  };
}
