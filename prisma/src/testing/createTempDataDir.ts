import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readMigrations } from '../migrations';
import { openDatabase } from '../openDatabase';

/** A fresh folder under the OS temp dir that exists until `remove()`. */
export interface TempDataDir {
  path: string;
  remove(): Promise<void>;
}

/**
 * Creates a data folder for an embedded database: empty, or (`migrated`) holding a closed database
 * with every migration applied, as a server leaves it when it stops.
 *
 * The first open of an empty folder creates the cluster (initdb) and applies every migration: 5–30 s
 * on a shared machine, where opening an existing one is a fraction of that. A test that is not about
 * that first open starts from a copy of one such folder, made once per machine for the migrations
 * of this checkout (tests of the first open itself take an empty folder).
 *
 * @example
 * const dir = await createTempDataDir({ migrated: true });
 * const db = await openDatabase({ dataDir: dir.path }); // no migration left to apply
 */
export async function createTempDataDir(options: { migrated?: boolean } = {}): Promise<TempDataDir> {
  const path = await mkdtemp(join(tmpdir(), 'scaleboard-db-'));
  if (options.migrated) await cp(await migratedTemplate(), path, { recursive: true });
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

let template: Promise<string> | undefined;

/**
 * The folder copies are made from, named by what its contents depend on (the migrations and the
 * PGlite release), so a changed migration makes a new one. Built aside and renamed into place: a
 * process that finds the name finds it whole, and of two that build it at once one rename wins.
 */
function migratedTemplate(): Promise<string> {
  template ??= (async () => {
    // This package pins PGlite's version: its package.json names the release the folder is made by.
    const own = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
    const hash = createHash('sha256').update(own.dependencies['@electric-sql/pglite'] ?? '');
    for (const migration of await readMigrations()) hash.update(`${migration.name}\0${migration.checksum}\0`);
    const folder = join(tmpdir(), `scaleboard-db-template-${hash.digest('hex').slice(0, 16)}`);
    if (await exists(folder)) return folder;
    const building = await mkdtemp(join(tmpdir(), 'scaleboard-db-template-building-'));
    try {
      await (await openDatabase({ dataDir: building })).close();
      await rename(building, folder);
    } catch (error) {
      await rm(building, { recursive: true, force: true });
      if (!(await exists(folder))) throw error;
    }
    return folder;
  })();
  return template;
}

async function exists(folder: string): Promise<boolean> {
  return readFile(join(folder, 'pglite', 'PG_VERSION')).then(
    () => true,
    () => false,
  );
}
