import { parentPort } from 'node:worker_threads';
import type { StoredDocument } from '../storage/BoardStore';
import { foldStored } from './loadDocument';

/** A board's stored state to fold into one snapshot (`SnapshotFolder`). */
export interface FoldJob {
  id: number;
  stored: StoredDocument;
}

export type FoldResult = { id: number; snapshot: Uint8Array } | { id: number; error: string };

// The worker thread of SnapshotFolder: folds what the store holds of a board into one v2
// snapshot, away from the thread that serves the boards.
parentPort?.on('message', ({ id, stored }: FoldJob) => {
  try {
    const snapshot = foldStored(stored);
    parentPort?.postMessage({ id, snapshot } satisfies FoldResult, [snapshot.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies FoldResult);
  }
});
