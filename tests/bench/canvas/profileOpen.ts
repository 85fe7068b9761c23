/**
 * Profiles opening one board: a CPU profile from navigation to a quiet second after the first
 * picture, summarised by self time and by inclusive time of the app's own functions.
 *
 *   npx tsx tests/bench/canvas/profileOpen.ts [components]
 *
 * PROFILE=0 prints the timings only (first picture, long tasks, the analysis's User Timing
 * measures, socket messages) and, from a trace, the main thread's CPU time until the level-of-detail
 * picture is drawn: a figure a loaded machine inflates less than wall time. WEB_DIST=folder serves
 * another build of the web app.
 */
import { writeFileSync } from 'node:fs';
import { importBoard, launchChromium, startServer, waitUntilInteractive } from '../browserBench';
import { canvasBoard } from './canvasBoard';

const SIZE = Number(process.argv[2] ?? 1000);
const PROFILE = process.env.PROFILE !== '0';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const INSTRUMENT = `
  localStorage.setItem('scaleboard.profile', JSON.stringify({ name: 'Bench', color: '#0090ff' }));
  const bench = { picture: 0, cards: 0, lod: 0, lastLongTaskEnd: 0, longTasks: [] };
  window.bench = bench;
  bench.sockets = [];
  const NativeSocket = window.WebSocket;
  window.WebSocket = class extends NativeSocket {
    constructor(...args) {
      super(...args);
      const url = String(args[0]).split('?')[0];
      bench.sockets.push(['open-call', url, Math.round(performance.now())]);
      this.addEventListener('open', () => bench.sockets.push(['open', url, Math.round(performance.now())]));
      this.addEventListener('message', (e) => bench.sockets.push(['msg', url, Math.round(performance.now()), e.data.byteLength ?? e.data.length]));
    }
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) { bench.lastLongTaskEnd = Math.max(bench.lastLongTaskEnd, entry.startTime + entry.duration); bench.longTasks.push([Math.round(entry.startTime), Math.round(entry.duration)]); }
  }).observe({ type: 'longtask', buffered: true });
  const tick = () => {
    if (!bench.lod && document.querySelector('canvas.board-lod[data-drawn="true"]')) {
      bench.lod = performance.now();
      performance.mark('open:picture');
    }
    const node = document.querySelector('.react-flow__node');
    if (!bench.cards && node && getComputedStyle(node).visibility === 'visible') bench.cards = performance.now();
    if (!bench.picture && (bench.lod || bench.cards)) bench.picture = performance.now();
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
`;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
}

/** CPU time (thread time) of the renderer main thread's tasks that started before the picture was drawn, and of all of them. */
function cpuUntilPicture(trace: { traceEvents: TraceEvent[] }): { cpuUntilPicture: number; cpuTotal: number } {
  const mark = trace.traceEvents.find((e) => e.name === 'open:picture');
  if (!mark) return { cpuUntilPicture: Number.NaN, cpuTotal: Number.NaN };
  const tasks = trace.traceEvents.filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts);
  let end = -Infinity;
  let before = 0;
  let total = 0;
  for (const task of tasks) {
    if (task.ts < end) continue;
    end = task.ts + (task.dur ?? 0);
    const cpu = (task.tdur ?? task.dur ?? 0) / 1000;
    total += cpu;
    if (task.ts <= mark.ts) before += cpu;
  }
  return { cpuUntilPicture: Math.round(before), cpuTotal: Math.round(total) };
}

interface OpenTiming {
  picture: number;
  domContentLoaded: number;
  sockets: Array<[string, string, number, number?]>;
  resources: Array<[string, number, number]>;
}

/**
 * The open's milestones, ms from navigation: the scripts downloaded (the bootstrap and the app
 * chunk), the bootstrap run (DOMContentLoaded, after the module script ran; the app chunk it
 * imports runs after), the sync socket created and opened, the board received
 * (the largest sync message: sync step 2), `GET /api/boards/:id` answered, the first picture.
 */
function breakdown(t: OpenTiming): Record<string, number> {
  const sync = t.sockets.filter(([, url]) => url.includes('/yjs/'));
  const board = sync.filter(([kind]) => kind === 'msg').sort((a, b) => (b[3] ?? 0) - (a[3] ?? 0))[0];
  const round = (n: number | undefined) => (n === undefined ? Number.NaN : Math.round(n));
  return {
    // The bootstrap (index-*.js) and the app chunk it imports (startApp-*.js): the later of the two.
    bundleLoaded: round(Math.max(...t.resources.filter(([name]) => /\/assets\/(index|startApp)-.*\.js$/.test(name)).map(([, , end]) => end))),
    bundleEvaluated: round(t.domContentLoaded),
    // Created (the bootstrap's early socket, or the session's own) and its `open` event seen by the page.
    socketCreated: round(sync.find(([kind]) => kind === 'open-call')?.[2]),
    socketOpened: round(sync.find(([kind]) => kind === 'open')?.[2]),
    boardReceived: round(board?.[2]),
    roleAnswered: round(t.resources.find(([name]) => /^\/api\/boards\/[^/]+$/.test(name))?.[2]),
    picture: round(t.picture),
  };
}

/** Self and inclusive time by function, over the whole profile. */
function summarise(profile: Profile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  profile.samples.forEach((s, i) => self.set(s, (self.get(s) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const name = (n: ProfileNode) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
  const selfBy = new Map<string, number>();
  const inclusiveBy = new Map<string, number>();
  for (const [nodeId, time] of self) {
    const node = byId.get(nodeId)!;
    selfBy.set(name(node), (selfBy.get(name(node)) ?? 0) + time);
    const seen = new Set<string>();
    for (let at: number | undefined = nodeId; at !== undefined; at = parent.get(at)) {
      const key = name(byId.get(at)!);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusiveBy.set(key, (inclusiveBy.get(key) ?? 0) + time);
    }
  }
  const top = (m: Map<string, number>, count: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, count).map(([k, v]) => `${v.toFixed(0).padStart(7)} ms  ${k}`).join('\n');
  console.log('--- self\n' + top(selfBy, 40));
  console.log('--- inclusive\n' + top(inclusiveBy, 80));
}

const server = await startServer({ MAX_BOARD_ELEMENTS: '50000', MAX_BODY_BYTES: String(32 * 1024 * 1024), MAX_BOARD_BYTES: String(32 * 1024 * 1024), MAX_SEND_BUFFER_BYTES: String(64 * 1024 * 1024) });
const browser = await launchChromium();
try {
  const { id, editKey } = await importBoard(server.base, canvasBoard(SIZE));
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript({ content: INSTRUMENT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (PROFILE) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  if (!PROFILE) await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
  await page.goto(`${server.base}/b/${id}#key=${encodeURIComponent(editKey)}`);
  await waitUntilInteractive(page);
  const timing = await page.evaluate(() => {
    const b = (window as unknown as { bench: Record<string, unknown> }).bench;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const measures = performance.getEntriesByType('measure').map((m) => [m.name, Math.round(m.startTime), Math.round(m.duration)]);
    const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => [r.name.replace(location.origin, '').slice(0, 60), Math.round(r.startTime), Math.round(r.responseEnd)]);
    return { ...b, resources, domContentLoaded: nav.domContentLoadedEventEnd, measures };
  });
  console.log(JSON.stringify(timing));
  console.log(JSON.stringify(breakdown(timing as unknown as OpenTiming)));
  if (!PROFILE) console.log(JSON.stringify(cpuUntilPicture(JSON.parse((await browser.stopTracing()).toString('utf8')))));
  if (PROFILE) {
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    writeFileSync(`/tmp/open-${SIZE}.cpuprofile`, JSON.stringify(profile));
    summarise(profile);
  }
} finally {
  await browser.close();
  server.stop();
}
