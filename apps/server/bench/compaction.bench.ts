// What folding the log costs an editing session as a board's history grows: on embedded PGlite
// (what `npm start` runs), a node already moved HISTORY times (in the snapshot), then MOVES more
// single moves appended one entry at a time through UpdateLog, as a lone editor's room does with
// no commit window to merge them (ENTRY_MOVES > 1: that many moves merged per entry). Each run is
// timed with the wait for a tail worth the board (COMPACT_STRUCTS_PER_TAIL_ENTRY: "waits") and
// without it ("every 200": compactEvery and COMPACT_AFTER_BYTES alone), alternating,
// each on a fresh copy of the board; then the load after a crash (snapshot + whatever tail the
// rule left) is timed. docs/BENCHMARKS.md ("Compaction on a board with a long history") has figures.
//
//   npm run bench:compaction -w @scaleboard/server      # HISTORIES=2000,20000,80000 MOVES=2000 ENTRY_MOVES=1 REPEATS=3
import { loadavg } from 'node:os';
import { pino } from 'pino';
import * as Y from 'yjs';
import { addNode, moveNodes } from '@scaleboard/board';
import { createTempDataDir } from '@scaleboard/db/testing';
import { DEFAULT_LIMITS } from '../src/config';
import { loadDocument, structCount } from '../src/rooms/loadDocument';
import { UpdateLog } from '../src/rooms/UpdateLog';
import { PrismaBoardStore } from '../src/storage/PrismaBoardStore';
import { cpuMs, median } from './measure';

const HISTORIES = (process.env.HISTORIES ?? '2000,20000,80000').split(',').map(Number);
const MOVES = Number(process.env.MOVES ?? 2000);
const ENTRY_MOVES = Number(process.env.ENTRY_MOVES ?? 1);
const REPEATS = Number(process.env.REPEATS ?? 3);
const RULES = { waits: true, 'every 200': false } as const;

const logger = pino({ level: 'silent' });

const dir = await createTempDataDir({ migrated: true });
const store = await PrismaBoardStore.open({ dataDir: dir.path });
let boards = 0;
try {
  for (const history of HISTORIES) {
    const client = new Y.Doc();
    addNode(client, { id: 'web', kind: 'web-server', label: 'Web', x: 0, y: 0, props: {} });
    for (let i = 1; i <= history; i++) moveNodes(client, [{ id: 'web', x: i, y: i }]);
    const snapshot = Y.encodeStateAsUpdateV2(client);
    const results: Record<string, { cpuMsPerMove: number[]; compactions: number[]; crashLoadMs: number[] }> = {};
    for (let repeat = 0; repeat < REPEATS; repeat++) {
      const order = repeat % 2 === 0 ? Object.entries(RULES) : Object.entries(RULES).reverse();
      for (const [rule, waitForTail] of order) {
        const id = `b${++boards}`;
        await store.createBoard({ id, title: 'B', keyHashes: { owner: 'o', edit: 'e', view: 'v' }, createdAt: new Date() });
        const first = await store.appendUpdate(id, Y.encodeStateAsUpdate(client));
        await store.compact(id, snapshot, first.seq, 2);
        const editor = new Y.Doc();
        Y.applyUpdateV2(editor, snapshot);
        const log = new UpdateLog(id, store, { compactEvery: DEFAULT_LIMITS.compactEvery, waitForTail }, logger, (error) => {
          throw error;
        });
        log.loaded({ entries: 0, bytes: 0 }, structCount(editor));
        let compactions = 0;
        const compact = store.compact.bind(store);
        store.compact = (...args) => (compactions++, compact(...args));
        // What the room logs: each transaction's update, as Yjs reports it (its own deletions only).
        const window: Uint8Array[] = [];
        editor.on('update', (made: Uint8Array) => window.push(made));
        const started = cpuMs();
        for (let i = 0; i < MOVES; i++) {
          moveNodes(editor, [{ id: 'web', x: -i, y: -i }]);
          if (window.length < ENTRY_MOVES && i < MOVES - 1) continue;
          log.append(window.length === 1 ? window[0]! : Y.mergeUpdates(window), [], () => undefined);
          window.length = 0;
          await log.flush();
        }
        const cpuMsPerMove = (cpuMs() - started) / MOVES;
        store.compact = compact;
        const loadStarted = performance.now();
        (await loadDocument(store, id)).doc.destroy();
        const crashLoadMs = performance.now() - loadStarted;
        const into = (results[rule] ??= { cpuMsPerMove: [], compactions: [], crashLoadMs: [] });
        into.cpuMsPerMove.push(cpuMsPerMove);
        into.compactions.push(compactions);
        into.crashLoadMs.push(crashLoadMs);
      }
    }
    for (const [rule, r] of Object.entries(results)) {
      console.log(
        JSON.stringify({
          history,
          structs: structCount(client),
          rule,
          moves: MOVES,
          entryMoves: ENTRY_MOVES,
          cpuUsPerMove: Math.round(median(r.cpuMsPerMove) * 1000),
          runs: r.cpuMsPerMove.map((ms) => Math.round(ms * 1000)),
          compactions: median(r.compactions),
          crashLoadMs: Number(median(r.crashLoadMs).toFixed(1)),
          load: Number(loadavg()[0]!.toFixed(2)),
        }),
      );
    }
  }
} finally {
  await store.close();
  await dir.remove();
}
