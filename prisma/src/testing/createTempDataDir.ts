import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh folder under the OS temp dir that exists until `remove()`. */
export interface TempDataDir {
  path: string;
  remove(): Promise<void>;
}

/**
 * Creates an empty data folder for an embedded database.
 *
 * @example
 * const dir = await createTempDataDir();
 * const db = await openDatabase({ dataDir: dir.path });
 */
export async function createTempDataDir(): Promise<TempDataDir> {
  const path = await mkdtemp(join(tmpdir(), 'scaleboard-db-'));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}
