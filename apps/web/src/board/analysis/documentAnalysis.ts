import type { DrillRecord } from '@scaleboard/protocol';
import { LiveAnalysis, type Board, type Lang } from '@scaleboard/rules';
import { CULL_ABOVE_NODES } from '../canvas/culling';
import { computeAnalysis, pendingAnalysis, type BoardAnalysis } from './computeAnalysis';

/** Name of the User Timing measure of one recompute. */
export const ANALYSIS_MEASURE = 'scaleboard:analysis';

/**
 * A board with more nodes than this is analysed only once the canvas has shown it: the boards the
 * canvas opens culled, usually as its level-of-detail picture. Smaller boards are analysed at once,
 * as their whole analysis costs less than a frame.
 */
export const ANALYSE_WHEN_SHOWN_ABOVE = CULL_ABOVE_NODES;

/**
 * How long the analysis waits for the canvas at most: a canvas that never says it has drawn (it
 * failed, behind its error boundary) must not leave the findings pending for ever.
 */
export const SHOWN_WAIT_LIMIT_MS = 20_000;

let versions = 0;

/**
 * The rules' analysis of one document, from the board the reader gives: the report of each board
 * remembered (the same object while the board is the same), kept up to date by one `LiveAnalysis`
 * that re-derives only what an edit changed.
 *
 * Opening a big board would run the whole analysis — 150–550 ms on 1,000 components and about a
 * second on 10,000 on the loaded shared machine — before its first picture, in the task that reads the board
 * (docs/canvas.md, "Opening a big board"). So until the canvas has shown the board once (`shown`),
 * a big board's report is a pending one: no findings yet, `pending` set. The analysis then runs in
 * its own task after the picture, and its report is the one it would have been at once.
 *
 * @example const reports = new DocumentAnalysis(); reports.analysisOf(reader.read(), 'en', null).findings
 */
export class DocumentAnalysis {
  private live: LiveAnalysis | null = null;
  /** The version of the live analysis's last report (-1 before it has one). */
  private liveVersion = -1;
  private readonly analyses = new WeakMap<Board, BoardAnalysis>();
  private readonly listeners = new Set<() => void>();
  private canvasShown = false;
  private waitLimit: ReturnType<typeof setTimeout> | null = null;

  /** Tells when an analysis held back for the canvas may run (`shown`, or the wait limit). */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The canvas has drawn the board: from now on every board is analysed as it comes. Safe to call often. */
  shown = (): void => {
    if (this.canvasShown) return;
    this.canvasShown = true;
    if (this.waitLimit !== null) clearTimeout(this.waitLimit);
    this.waitLimit = null;
    for (const listener of [...this.listeners]) listener();
  };

  /**
   * The report on `board`: the same object for the same board, language and drill; a pending one
   * for a big board the canvas has not shown yet. Under a drill the report is its simulation,
   * computed whole, and the live analysis stays on the last board as drawn.
   */
  analysisOf(board: Board, lang: Lang, drill: DrillRecord | null): BoardAnalysis {
    const known = this.analyses.get(board);
    const waits = !this.canvasShown && board.nodes.length > ANALYSE_WHEN_SHOWN_ABOVE;
    if (known && known.lang === lang && known.drill === drill && (!known.pending || waits)) return known;
    if (waits) {
      this.startWaitLimit();
      const pending = { ...pendingAnalysis(board, lang, drill), version: ++versions };
      this.analyses.set(board, pending);
      return pending;
    }
    const start = performance.now();
    const analysis = this.compute(board, lang, drill);
    this.analyses.set(board, analysis);
    // A User Timing entry, so the benchmark (and a person in the Performance panel) sees the rules' share of an edit.
    performance.measure(ANALYSIS_MEASURE, { start, end: performance.now() });
    return analysis;
  }

  private compute(board: Board, lang: Lang, drill: DrillRecord | null): BoardAnalysis {
    const version = ++versions;
    // The next analysis without a drill is updated from the live analysis's last report; its basis
    // is not the drill's version, so the canvas summarises it whole.
    if (drill) return { ...computeAnalysis(board, lang, drill), version };
    if (!this.live || this.live.lang !== lang) {
      this.live = new LiveAnalysis(board, { lang });
      this.liveVersion = -1;
    }
    const analysis = computeAnalysis(board, lang, null, { live: this.live, version, basis: this.liveVersion });
    this.liveVersion = version;
    return analysis;
  }

  private startWaitLimit(): void {
    if (this.waitLimit === null) this.waitLimit = setTimeout(this.shown, SHOWN_WAIT_LIMIT_MS);
  }
}
