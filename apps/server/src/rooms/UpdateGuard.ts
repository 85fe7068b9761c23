import * as Y from 'yjs';
import { labelLimitOf, textProblem, type TextLimit } from '@scaleboard/rules';
import { CLOSE_CODES } from './RoomSession';

export interface UpdateGuardLimits {
  /** Largest board, as the size of its whole Yjs state (MAX_BOARD_BYTES). */
  maxBoardBytes: number;
  /** Most nodes plus edges (MAX_BOARD_ELEMENTS). */
  maxBoardElements: number;
}

export type GuardVerdict = { ok: true } | { ok: false; code: number; reason: string; metric: 'layout' | 'too-large' | 'unappliable' | 'pending' };

/** What a field of a node, an edge or the meta map may hold; absent is always fine. */
const isString = (v: unknown) => typeof v === 'string';
const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const NODE_FIELDS: Record<string, (v: unknown) => boolean> = {
  kind: isString,
  label: isString,
  x: isNumber,
  y: isNumber,
  parent: (v) => v === null || isString(v),
  props: (v) => v instanceof Y.Map,
};
const EDGE_FIELDS: Record<string, (v: unknown) => boolean> = { from: isString, to: isString, kind: isString, label: isString };
const META_FIELDS: Record<string, (v: unknown) => boolean> = { title: isString, assumptions: (v) => v instanceof Y.Map };

/**
 * Decides, before an update reaches the live document (and so the log and the other clients),
 * whether it keeps the board within the layout contract and the size limits. Yjs cannot undo
 * an applied update, so the guard keeps a shadow copy of the live document: the update is
 * applied there first and only the nodes, edges and meta fields it touched are checked. A
 * refused update leaves the shadow dirty; it is rebuilt from the live document (rare: the
 * sender is disconnected).
 *
 * @example const verdict = guard.check(update); if (verdict.ok) Y.applyUpdate(doc, update)
 */
export class UpdateGuard {
  private shadow = new Y.Doc();
  /** Exact encoded size of the board when last measured, and bytes accepted since. */
  private measuredBytes = 0;
  private growthBytes = 0;

  constructor(
    private readonly live: Y.Doc,
    private readonly limits: UpdateGuardLimits,
  ) {
    // Everything the live document takes in (log, relay, accepted updates) reaches the shadow.
    live.on('update', this.follow);
  }

  check(update: Uint8Array): GuardVerdict {
    const nodes = this.shadow.getMap<unknown>('nodes');
    const edges = this.shadow.getMap<unknown>('edges');
    const meta = this.shadow.getMap<unknown>('meta');
    const elementsBefore = nodes.size + edges.size;
    const hadPending = this.hasPending();
    const touched = { nodes: new Set<string>(), edges: new Set<string>(), meta: new Set<string>() };
    const collect = (root: Y.Map<unknown>, into: Set<string>) => (events: Array<Y.YEvent<Y.AbstractType<unknown>>>) => {
      for (const event of events) {
        if (event.target === root) for (const key of (event as Y.YMapEvent<unknown>).keysChanged) into.add(key);
        else if (typeof event.path[0] === 'string') into.add(event.path[0]);
      }
    };
    const observers = [collect(nodes, touched.nodes), collect(edges, touched.edges), collect(meta, touched.meta)] as const;
    nodes.observeDeep(observers[0]);
    edges.observeDeep(observers[1]);
    meta.observeDeep(observers[2]);
    let verdict: GuardVerdict;
    try {
      Y.applyUpdate(this.shadow, update);
      verdict = this.judge(update, { nodes, edges, meta }, touched, elementsBefore, hadPending);
    } catch (error) {
      verdict = refuse('unappliable', CLOSE_CODES.badMessage, `update could not be applied: ${(error as Error).message}`);
    } finally {
      nodes.unobserveDeep(observers[0]);
      edges.unobserveDeep(observers[1]);
      meta.unobserveDeep(observers[2]);
    }
    if (!verdict.ok) this.rebuild();
    return verdict;
  }

  destroy(): void {
    this.live.off('update', this.follow);
    this.shadow.destroy();
  }

  private judge(
    update: Uint8Array,
    roots: { nodes: Y.Map<unknown>; edges: Y.Map<unknown>; meta: Y.Map<unknown> },
    touched: { nodes: Set<string>; edges: Set<string>; meta: Set<string> },
    elementsBefore: number,
    hadPending: boolean,
  ): GuardVerdict {
    if (!hadPending && this.hasPending())
      return refuse('pending', CLOSE_CODES.badMessage, 'update depends on changes the server never received');
    for (const id of touched.nodes) {
      const node = roots.nodes.get(id);
      const problem = mapProblem(node, NODE_FIELDS) ?? (node instanceof Y.Map ? textFieldProblem(node, 'label', labelLimitOf(String(node.get('kind')))) : null);
      if (problem) return refuse('layout', CLOSE_CODES.badMessage, `node "${id.slice(0, 40)}": ${problem}`);
    }
    for (const id of touched.edges) {
      const edge = roots.edges.get(id);
      const problem = mapProblem(edge, EDGE_FIELDS) ?? (edge instanceof Y.Map ? textFieldProblem(edge, 'label', 'MAX_LABEL_LENGTH') : null);
      if (problem) return refuse('layout', CLOSE_CODES.badMessage, `edge "${id.slice(0, 40)}": ${problem}`);
    }
    for (const key of touched.meta) {
      const check = META_FIELDS[key];
      const value = roots.meta.get(key);
      if (check && value !== undefined && !check(value)) return refuse('layout', CLOSE_CODES.badMessage, `meta.${key} has the wrong type`);
      const badText = key === 'title' ? textFieldProblem(roots.meta, 'title', 'MAX_TITLE_LENGTH') : null;
      if (badText) return refuse('layout', CLOSE_CODES.badMessage, `meta.${badText}`);
    }
    const elements = roots.nodes.size + roots.edges.size;
    // A board already over a lowered limit may still be edited and shrunk, never grown.
    if (elements > this.limits.maxBoardElements && elements > elementsBefore)
      return refuse('too-large', CLOSE_CODES.policy, `board would exceed ${this.limits.maxBoardElements} elements (MAX_BOARD_ELEMENTS)`);
    return this.checkSize(update);
  }

  /** Measures the whole state only when the running estimate passes the limit. */
  private checkSize(update: Uint8Array): GuardVerdict {
    // An upper bound: the encoded state grows by at most what is applied to it (plus a little).
    if (this.measuredBytes + this.growthBytes + update.byteLength <= this.limits.maxBoardBytes) return { ok: true };
    const exact = Y.encodeStateAsUpdate(this.shadow).byteLength;
    if (exact > this.limits.maxBoardBytes && exact > this.measuredBytes) {
      return refuse('too-large', CLOSE_CODES.policy, `board would exceed ${this.limits.maxBoardBytes} bytes (MAX_BOARD_BYTES)`);
    }
    // The live document will report this update too (follow); count it from this measurement on.
    this.measuredBytes = exact - update.byteLength;
    this.growthBytes = 0;
    return { ok: true };
  }

  private hasPending(): boolean {
    return this.shadow.store.pendingStructs !== null || this.shadow.store.pendingDs !== null;
  }

  private rebuild(): void {
    this.shadow.destroy();
    this.shadow = new Y.Doc();
    const state = Y.encodeStateAsUpdate(this.live);
    Y.applyUpdate(this.shadow, state);
    this.measuredBytes = state.byteLength;
    this.growthBytes = 0;
  }

  private readonly follow = (update: Uint8Array): void => {
    Y.applyUpdate(this.shadow, update);
    this.growthBytes += update.byteLength;
  };
}

function refuse(metric: Extract<GuardVerdict, { ok: false }>['metric'], code: number, reason: string): GuardVerdict {
  return { ok: false, code, reason, metric };
}

/** Why a node or edge value breaks the layout, or null; a deleted one (undefined) is fine. */
function mapProblem(value: unknown, fields: Record<string, (v: unknown) => boolean>): string | null {
  if (value === undefined) return null;
  if (!(value instanceof Y.Map)) return 'is not a map';
  for (const [field, check] of Object.entries(fields)) {
    const fieldValue: unknown = value.get(field);
    if (fieldValue !== undefined && !check(fieldValue)) return `${field} has the wrong type`;
  }
  return null;
}

/**
 * The text rules of the board file hold in the live document too, so every reader gets short
 * text and every snapshot of the board can be stored (no NUL).
 */
function textFieldProblem(map: Y.Map<unknown>, field: string, limit: TextLimit): string | null {
  const value = map.get(field);
  const problem = typeof value === 'string' ? textProblem(value, limit) : null;
  return problem ? `${field} ${problem}` : null;
}
