// How fast a board's past reads back: a 20-component board with 10,000 edits in its history
// (moves and prop sets, appended as the server does and compacted every COMPACT_EVERY appends),
// then listing a page of versions, opening a version (rebuilding it and reading it as a board
// file, as `GET …/history/:version/export.json` does), scrubbing from one version to the next, and
// the cold load of the live board beside a board of the same content with no history. On embedded
// PGlite and on PostgreSQL (TEST_DATABASE_URL, default the local server). Run with
// `npm run bench:history-read -w @scaleboard/server`; docs/BENCHMARKS.md ("History") has the figures.
import os from 'node:os';
import * as Y from 'yjs';
import { readDoc, readDocOf } from '@scaleboard/board';
import type { Database } from '@scaleboard/db';
import { DEFAULT_LIMITS } from '../src/config';
import { loadDocument } from '../src/rooms/loadDocument';
import { versionUpdates, type BoardStore } from '../src/storage/BoardStore';
import { PrismaBoardStore } from '../src/storage/PrismaBoardStore';
import { appendEdits, onEachDatabase, twentyComponents } from './historyBoard';

const EDITS = Number(process.env.EDITS ?? 10_000);
const COMPACT_EVERY = Number(process.env.COMPACT_EVERY ?? DEFAULT_LIMITS.compactEvery);
const SAMPLES = 60;

const board = (id: string) => ({ id, title: 'History read', keyHashes: { owner: 'o', edit: 'e', view: 'v' }, createdAt: new Date() });

/** A board with EDITS versions, compacted as UpdateLog does; resolves its versions, oldest first. */
async function boardWithHistory(store: BoardStore, id: string): Promise<{ versions: number[]; finalState: Uint8Array }> {
  const client = twentyComponents('History read');
  const first = await store.appendUpdate(id, Y.encodeStateAsUpdate(client));
  const versions = [first.seq, ...(await appendEdits(store, id, client, EDITS, COMPACT_EVERY))];
  return { versions, finalState: Y.encodeStateAsUpdate(client) };
}

/** Opens a version as the history's export.json does: rebuild, then read as a board file. */
async function openVersion(store: BoardStore, id: string, version: number): Promise<number> {
  const stored = await store.loadVersion(id, version);
  if (!stored) throw new Error(`no version ${version}`);
  return readDocOf(versionUpdates(stored)).board.nodes.length;
}

async function coldLoad(store: BoardStore, id: string): Promise<void> {
  const { doc } = await loadDocument(store, id);
  readDoc(doc);
  doc.destroy();
}

async function timed(samples: number, run: (i: number) => Promise<unknown>): Promise<{ medianMs: number; p95Ms: number }> {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    await run(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => Number(times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2));
  return { medianMs: at(0.5), p95Ms: at(0.95) };
}

async function measure(mode: string, db: Database): Promise<void> {
  const store = new PrismaBoardStore(db);
  const id = `history-read-${mode}`;
  await store.createBoard(board(id));
  const { versions, finalState } = await boardWithHistory(store, id);
  // The same content, no history: what a cold load cost before the log was kept.
  const fresh = `history-fresh-${mode}`;
  await store.createBoard(board(fresh), finalState);
  const random = (i: number) => versions[Math.floor(((i * 7919) % 1000) / 1000 * versions.length)]!;
  const result = {
    mode,
    edits: EDITS,
    compactEvery: COMPACT_EVERY,
    list: await timed(SAMPLES, (i) => store.listVersions(id, { before: random(i) + 1, limit: 50 })),
    listNewest: await timed(SAMPLES, () => store.listVersions(id, { limit: 50 })),
    open: await timed(SAMPLES, (i) => openVersion(store, id, random(i))),
    scrub: await timed(SAMPLES, (i) => openVersion(store, id, versions[Math.floor(versions.length / 2) + i]!)),
    coldLoad: await timed(SAMPLES, () => coldLoad(store, id)),
    coldLoadWithoutHistory: await timed(SAMPLES, () => coldLoad(store, fresh)),
    loadAverage: os.loadavg()[0]!.toFixed(2),
  };
  console.log(JSON.stringify(result));
}

await onEachDatabase(measure);
