/**
 * Reads a Chromium trace for what an edit costs the page's main thread: from the task that ran the
 * edit (found by a User Timing measure the edit records) to the end of the first frame drawn after
 * it. Time the thread spent idle in between — waiting for the display's next frame slot — is left
 * out of `busy` and kept in `wall`.
 */

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs: what the machine's other load does not inflate. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

export interface EditCost {
  /** Main-thread time spent in tasks from the edit's task to the end of its frame, ms. */
  busy: number;
  /** From the start of the edit's task to the end of its frame, ms. */
  wall: number;
}

/** Categories the analysis needs; pass them to `browser.startTracing`. */
export const EDIT_COST_CATEGORIES = ['toplevel', 'cc', 'blink.user_timing'];

const TASK = 'ThreadControllerImpl::RunTask';
const FRAME = 'ProxyMain::BeginMainFrame';

/** Tasks that nest inside another task are part of it, not tasks of their own. */
function outermost(tasks: TraceEvent[]): TraceEvent[] {
  const result: TraceEvent[] = [];
  let end = -Infinity;
  for (const task of tasks) {
    if (task.ts < end) continue;
    result.push(task);
    end = task.ts + (task.dur ?? 0);
  }
  return result;
}

/** The renderer's main thread that ran the marks (there is one per page). */
function markThread(events: TraceEvent[], mark: string): string {
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const marked = events.find((e) => e.name === mark && mains.has(`${e.pid}:${e.tid}`));
  if (!marked) throw new Error(`no "${mark}" measure on a renderer main thread in the trace`);
  return `${marked.pid}:${marked.tid}`;
}

export function editCosts(trace: { traceEvents: TraceEvent[] }, mark: string): EditCost[] {
  const events = trace.traceEvents;
  const thread = markThread(events, mark);
  const onThread = events.filter((e) => `${e.pid}:${e.tid}` === thread).sort((a, b) => a.ts - b.ts);
  const tasks = outermost(onThread.filter((e) => e.ph === 'X' && e.name === TASK));
  const frames = onThread.filter((e) => e.ph === 'X' && e.name === FRAME);
  const marks = onThread.filter((e) => e.name === mark && e.ph === 'b');
  const frameIn = (task: TraceEvent) => frames.some((f) => f.ts >= task.ts && f.ts < task.ts + (task.dur ?? 0));

  return marks.map((m) => {
    const first = tasks.findLastIndex((t) => t.ts <= m.ts);
    if (first < 0) throw new Error('an edit ran outside any task');
    let busy = 0;
    for (let i = first; i < tasks.length; i++) {
      const task = tasks[i]!;
      busy += task.dur ?? 0;
      if (i > first && frameIn(task)) return { busy: busy / 1000, wall: (task.ts + (task.dur ?? 0) - tasks[first]!.ts) / 1000 };
    }
    throw new Error('no frame was drawn after an edit');
  });
}

export interface WindowCost {
  /** Main-thread time in tasks inside the measure's window, ms (tasks cut at its edges). */
  busy: number;
  /** The window's length, ms. */
  wall: number;
  /** CPU time of the tasks that started inside the window, ms. */
  cpu: number;
}

/**
 * The main thread's work during each User Timing measure named `mark` (e.g. a whole gesture):
 * the time its tasks ran, against the measure's length.
 */
export function busyDuring(trace: { traceEvents: TraceEvent[] }, mark: string): WindowCost[] {
  const events = trace.traceEvents;
  const thread = markThread(events, mark);
  const onThread = events.filter((e) => `${e.pid}:${e.tid}` === thread).sort((a, b) => a.ts - b.ts);
  const tasks = outermost(onThread.filter((e) => e.ph === 'X' && e.name === TASK));
  const begins = onThread.filter((e) => e.name === mark && e.ph === 'b');
  const ends = onThread.filter((e) => e.name === mark && e.ph === 'e');
  return begins.map((begin, i) => {
    const end = ends[i]?.ts ?? begin.ts;
    let busy = 0;
    let cpu = 0;
    for (const task of tasks) {
      const from = Math.max(task.ts, begin.ts);
      const to = Math.min(task.ts + (task.dur ?? 0), end);
      if (to > from) busy += to - from;
      if (task.ts >= begin.ts && task.ts < end) cpu += task.tdur ?? task.dur ?? 0;
    }
    return { busy: busy / 1000, wall: (end - begin.ts) / 1000, cpu: cpu / 1000 };
  });
}
