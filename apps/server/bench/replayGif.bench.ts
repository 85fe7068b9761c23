// The replay GIF of a 45-minute interview (issue 15). The history is written as the server writes
// it, through the rooms' UpdateLog (appends, compaction every COMPACT_EVERY) into PrismaBoardStore,
// and the phases through the InterviewService's commands — both given a simulated clock, so the
// versions and phase ends carry the times of a real session: the board created 40 s before the
// interview starts, then interviewSession.ts (1,068 edits by an interviewer and a candidate
// over 45 minutes, four phases). Then `GET /api/boards/:id/replay.gif` over HTTP from a
// real app on the same database (the app's store has no clock): time to the last byte, frames,
// size, the export process's CPU time and its peak resident memory (its VmHWM). On embedded PGlite and on
// PostgreSQL (TEST_DATABASE_URL, default the local server). RUNS requests per database (default 3;
// the first starts the export process). OUT=dir keeps each database's GIF there.
// Run with `npm run bench:replay-gif -w @scaleboard/server`; docs/BENCHMARKS.md ("Replay GIF") has the figures.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { readDoc } from '@scaleboard/board';
import type { Database } from '@scaleboard/db';
import { GifReader } from 'omggif';
import { createApp } from '../src/app';
import { createBoard } from '../src/boards/createBoard';
import { DEFAULT_LIMITS } from '../src/config';
import { InterviewService } from '../src/interview/InterviewService';
import { loadDocument } from '../src/rooms/loadDocument';
import { UpdateLog } from '../src/rooms/UpdateLog';
import { PrismaBoardStore } from '../src/storage/PrismaBoardStore';
import { PrismaInterviewStore } from '../src/storage/PrismaInterviewStore';
import { PrismaReplayLinkStore } from '../src/storage/PrismaReplayLinkStore';
import { onEachDatabase } from './historyBoard';
import { BOARD_CREATED_BEFORE_START_MS, interviewSession } from './interviewSession';

const RUNS = Number(process.env.RUNS ?? 3);
const OUT = process.env.OUT;
/** When the simulated interview starts. */
const INTERVIEW_START = Date.parse('2026-12-01T14:00:00.000Z');

/** Writes the session into `db` as the server would have; resolves the board's id and view key. */
async function writeInterview(db: Database): Promise<{ boardId: string; viewKey: string; versions: number }> {
  let clock = INTERVIEW_START - BOARD_CREATED_BEFORE_START_MS;
  const store = new PrismaBoardStore(db, { now: () => new Date(clock) });
  const created = await createBoard(store, { title: 'News feed — system design interview' });
  const logger = pino({ level: 'silent' });
  const interviews = new InterviewService({
    interviews: new PrismaInterviewStore(db),
    // The board at the end of a phase, read from the store as BoardsService.readFile reads a board no room holds.
    boards: {
      async readFile(boardId) {
        const { doc } = await loadDocument(store, boardId);
        try {
          return readDoc(doc).board;
        } finally {
          doc.destroy();
        }
      },
    },
    now: () => clock,
  });
  const log = new UpdateLog(created.id, store, { compactEvery: DEFAULT_LIMITS.compactEvery }, logger, (error) => {
    throw error;
  });
  const { doc: client } = await loadDocument(store, created.id);
  const last: { update: Uint8Array | null } = { update: null };
  client.on('update', (update: Uint8Array) => (last.update = update));
  let versions = 1;
  for (const step of interviewSession()) {
    clock = INTERVIEW_START + step.atMs;
    if (step.kind === 'command') {
      const outcome = await interviews.run(created.id, step.command);
      if (!outcome.ok) throw new Error(`${step.command.action}: ${outcome.message}`);
      continue;
    }
    last.update = null;
    step.edit(client);
    if (!last.update) throw new Error(`an edit at ${step.atMs} ms changed nothing`);
    log.append(last.update, [step.author], () => undefined);
    await log.flush(); // the next step's clock must not stamp this one
    versions++;
  }
  client.destroy();
  return { boardId: created.id, viewKey: created.keys.view, versions };
}

/**
 * The export process (this process's child running rasterProcess) as /proc shows it: its peak
 * resident memory in MB (VmHWM) and the CPU seconds it has used (user + system); null when
 * there is none yet or this is not Linux.
 */
function exportProcess(): { peakMb: number; cpuSeconds: number } | null {
  try {
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      if (!status.includes(`PPid:\t${process.pid}\n`)) continue;
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('rasterProcess')) continue;
      const peakKb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1]);
      // Fields 14 and 15 of stat, after the command name in parentheses: utime and stime in ticks (100 a second).
      const [utime, stime] = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ').slice(11, 13).map(Number);
      return { peakMb: Math.round(peakKb / 1024), cpuSeconds: (utime! + stime!) / 100 };
    }
  } catch {
    // Not Linux: no figure.
  }
  return null;
}

async function measure(mode: 'pglite' | 'postgresql', db: Database): Promise<void> {
  const written = performance.now();
  const { boardId, viewKey, versions } = await writeInterview(db);
  console.log(`${mode}: ${versions} versions written in ${((performance.now() - written) / 1000).toFixed(1)} s`);
  const app = createApp({ stores: { boards: new PrismaBoardStore(db), interviews: new PrismaInterviewStore(db), replayLinks: new PrismaReplayLinkStore(db) }, logger: pino({ level: 'silent' }), limits: DEFAULT_LIMITS });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = app.httpServer.address() as AddressInfo;
  try {
    for (let run = 1; run <= RUNS; run++) {
      const load = os.loadavg()[0]!.toFixed(2);
      const cpuBefore = exportProcess()?.cpuSeconds ?? 0;
      const started = performance.now();
      const res = await fetch(`http://127.0.0.1:${port}/api/boards/${boardId}/replay.gif?key=${viewKey}`);
      const bytes = new Uint8Array(await res.arrayBuffer());
      const ms = performance.now() - started;
      if (res.status !== 200) throw new Error(`replay.gif answered ${res.status}: ${new TextDecoder().decode(bytes)}`);
      const gif = new GifReader(bytes);
      const after = exportProcess();
      if (OUT && run === 1) writeFileSync(path.join(OUT, `interview-${mode}.gif`), bytes);
      console.log(
        JSON.stringify({
          mode,
          run: run === 1 ? '1 (starts the export process)' : run,
          versions,
          frames: gif.numFrames(),
          size: `${gif.width}x${gif.height}`,
          kib: Math.round(bytes.length / 1024),
          seconds: Number((ms / 1000).toFixed(2)),
          exportProcessCpuSeconds: after ? Number((after.cpuSeconds - cpuBefore).toFixed(2)) : null,
          exportProcessPeakMb: after?.peakMb ?? null,
          loadBefore: load,
          loadAfter: os.loadavg()[0]!.toFixed(2),
        }),
      );
    }
  } finally {
    await app.close();
  }
}

await onEachDatabase(measure);
