import * as Y from 'yjs';
import { changeProblem, sketchesOf, type ContractReason } from '@scaleboard/board';
import { encodeIntegratedState, type DecodedUpdate } from '../sync/yMessages';
import { onlyWritesNodeFields } from './onlyWritesNodeFields';
import { CLOSE_CODES } from './RoomSession';

export interface UpdateGuardLimits {
  /** Largest board, as the size of its whole Yjs state (MAX_BOARD_BYTES). */
  maxBoardBytes: number;
  /** Most nodes plus edges plus sketches (MAX_BOARD_ELEMENTS). */
  maxBoardElements: number;
}

/** Why an update was refused, as the refusal metric labels it: the contract's reasons and the guard's own. */
export type RefusalReason = ContractReason | 'too-large' | 'unappliable' | 'pending';

export type GuardVerdict = { ok: true } | { ok: false; code: number; reason: string; metric: RefusalReason };

export interface UpdateGuardOptions {
  /** Take moves and resizes without the shadow (`onlyWritesNodeFields`); off: every update is checked on it, as before issue 16's fast path. */
  fastPath?: boolean;
}

/**
 * How far the shadow may fall behind the live document before it is dropped (and built again from
 * the live document when next needed): a board that only sees moves never needs it, and its queue
 * would otherwise grow with every move.
 */
const MOST_UPDATES_BEHIND = 1000;
const MOST_BYTES_BEHIND = 1024 * 1024;

type Touched = { nodes: Set<string>; edges: Set<string>; meta: Set<string>; rekinded: Set<string>; written: Map<string, Set<string>>; sketches: Set<string> };
type Events = Array<Y.YEvent<Y.AbstractType<unknown>>>;

/**
 * Decides, before an update reaches the live document (and so the log and the other clients),
 * whether it keeps the board within the live document contract (packages/board's
 * `changeProblem`, the one definition the editors and readers share) and the size limits. Yjs
 * cannot undo an applied update, so the guard keeps a shadow copy of the live document: the
 * update is applied there first and only the nodes, edges and meta fields it touched are
 * checked. A refused update leaves the shadow dirty; it is dropped, and built again from the live
 * document (rare: the sender is disconnected). What is the guard's own: the shadow, sizes and
 * element counts.
 *
 * The shadow is built when an update first needs checking, not with the room: a board opened only
 * to be read (viewers, a reconnect that sends nothing, an export) never pays for a second copy,
 * and a cold load applies the stored board once, not twice (docs/BENCHMARKS.md, Sync).
 *
 * `accept` checks and then applies to the live document, whose transaction the shadow then does
 * not apply a second time: it made the same one in `check`, from the same state.
 *
 * **The fast path.** Most updates are moves: a client writes `x` and `y` of a node that exists.
 * `accept` takes such an update without the shadow when `onlyWritesNodeFields` proves, from the
 * update's structs and the live document alone, that it only writes single values to
 * NODE_FIELDS_CHECKED_ALONE of existing nodes, each passing its field's schema on a node whose
 * parent is fine (`fieldWritesKeepContract`, the contract's own rule for such writes), that Yjs
 * integrates all of it at once (next clocks, known origins: nothing pending) and that its delete
 * set deletes nothing it does not overwrite; and when the running size estimate holds. That is
 * exactly what the shadow would have found: such a write adds and removes no element, and
 * `changeProblem` checks a node only wrote these fields of on them and its parent. Anything it
 * cannot prove (another field, a new node, a concurrent write to the same key, a deletion, a
 * duplicate, an unknown origin) goes the slow way, so the verdicts are the slow path's
 * (`UpdateGuard.property.test.ts` holds the two to the same verdicts and documents).
 *
 * **The lazy shadow.** What the live document takes that the shadow has not (fast-path updates,
 * the relay's, the server's own changes) waits in a queue, applied (merged) only when the slow
 * path next needs the shadow; the queue holds the live document's own update events, so never
 * what it holds pending. Past MOST_UPDATES_BEHIND or MOST_BYTES_BEHIND the shadow is dropped
 * instead and built again from the live document when needed; the guard keeps following the live
 * document's updates for the size estimate.
 *
 * @example const verdict = guard.accept(update, session) // applied to the live document when ok
 */
export class UpdateGuard {
  /** A copy of the live document while updates are being checked; undefined until then. */
  private shadow: Y.Doc | undefined;
  /** Exact encoded size of the board when last measured, and bytes accepted since. */
  private measuredBytes = 0;
  private growthBytes = 0;
  /**
   * Nodes, edges and sketches in the shadow, kept by its root maps' own events: a `Y.Map`'s `size` walks
   * every entry, which cost each update a pass over the whole board (docs/BENCHMARKS.md).
   */
  private elements = 0;
  /** The live document's transaction applying an update `check` already applied to the shadow. */
  private acceptedTransaction: Y.Transaction | undefined;
  /**
   * Whether `accept` is applying to the live document, whose next transaction is then the
   * accepted one. A flag, not a listener added per update: lib0's `on`/`off` for every update
   * showed in CPU profiles (docs/architecture.md, "The sync hot path").
   */
  private capturing = false;
  /** Whether the guard listens to the live document (from the first build until a refusal): the size estimate runs. */
  private following = false;
  /** The live document's updates since the shadow last caught up, oldest first. */
  private behind: Uint8Array[] = [];
  private behindBytes = 0;
  private readonly fastPath: boolean;

  /**
   * @param wholeState the live document's whole state without what it holds pending; the room
   * passes its `WholeState`, whose bytes the joining clients were sent too.
   */
  constructor(
    private readonly live: Y.Doc,
    private readonly limits: UpdateGuardLimits,
    private readonly wholeState: () => Uint8Array = () => encodeIntegratedState(live),
    { fastPath = true }: UpdateGuardOptions = {},
  ) {
    this.fastPath = fastPath;
  }

  /** The slow path: the update applied to the shadow and what it touched checked there. Nothing reaches the live document. */
  check(update: Uint8Array): GuardVerdict {
    const shadow = this.caughtUpShadow();
    const nodes = shadow.getMap<unknown>('nodes');
    const edges = shadow.getMap<unknown>('edges');
    const meta = shadow.getMap<unknown>('meta');
    const sketches = sketchesOf(shadow);
    const elementsBefore = this.elements;
    const touched: Touched = { nodes: new Set(), edges: new Set(), meta: new Set(), rekinded: new Set(), written: new Map(), sketches: new Set() };
    const observers = [
      collectElements(nodes, touched.nodes, touched),
      collectElements(edges, touched.edges),
      collectElements(meta, touched.meta),
      collectElements(sketches as Y.Map<unknown>, touched.sketches),
    ] as const;
    nodes.observeDeep(observers[0]);
    edges.observeDeep(observers[1]);
    meta.observeDeep(observers[2]);
    sketches.observeDeep(observers[3]);
    let verdict: GuardVerdict;
    try {
      Y.applyUpdate(shadow, update);
      verdict = this.judge(shadow, update, this.elements, touched, elementsBefore);
    } catch (error) {
      verdict = refuse('unappliable', CLOSE_CODES.badMessage, `update could not be applied: ${(error as Error).message}`);
    } finally {
      nodes.unobserveDeep(observers[0]);
      edges.unobserveDeep(observers[1]);
      meta.unobserveDeep(observers[2]);
      sketches.unobserveDeep(observers[3]);
    }
    if (!verdict.ok) this.drop();
    return verdict;
  }

  /**
   * Applies the update to the live document with `origin` when it keeps the contract: a move or
   * resize `onlyWritesNodeFields` vouches for at once (the shadow is told later, with the other
   * changes it has not seen: `follow`), anything else after `check`. The shadow, which made the
   * same transaction from the same state in `check`, skips it when the live document reports it.
   * `decoded`: `update` as `Y.decodeUpdate` read it already, for the fast path (else it reads it).
   */
  accept(update: Uint8Array, origin: unknown, decoded?: DecodedUpdate): GuardVerdict {
    // A fresh y-websocket client answers the server's step 1 with its empty state (no items, no
    // deletions): nothing to check or apply, and building the shadow for it would cost a second
    // apply of the whole board right after a cold load (docs/BENCHMARKS.md, Sync).
    if (isEmptyUpdate(update)) return { ok: true };
    // Only while following: the size estimate needs the live document's updates since the last measure.
    if (this.fastPath && this.following && this.withinEstimate(update) && onlyWritesNodeFields(this.live, update, decoded)) {
      try {
        Y.applyUpdate(this.live, update, origin);
        return { ok: true };
      } catch (error) {
        this.drop();
        return refuse('unappliable', CLOSE_CODES.badMessage, `update could not be applied: ${(error as Error).message}`);
      }
    }
    const verdict = this.check(update);
    if (!verdict.ok) return verdict;
    // Y.applyUpdate opens one transaction for the update: the first to start from here.
    this.capturing = true;
    try {
      Y.applyUpdate(this.live, update, origin);
      return verdict;
    } catch (error) {
      // The shadow took what the live document did not (at least not whole): build it again.
      this.drop();
      return refuse('unappliable', CLOSE_CODES.badMessage, `update could not be applied: ${(error as Error).message}`);
    } finally {
      this.capturing = false;
      this.acceptedTransaction = undefined;
    }
  }

  destroy(): void {
    this.drop();
  }

  private judge(shadow: Y.Doc, update: Uint8Array, elements: number, touched: Touched, elementsBefore: number): GuardVerdict {
    // The shadow holds nothing pending between checks (`build`), so anything pending now is this
    // update's: parked there it was never checked, and it would apply unchecked once its
    // dependency arrived (docs/security.md).
    if (hasPending(shadow))
      return refuse('pending', CLOSE_CODES.badMessage, 'update depends on changes the server never received');
    const problem = changeProblem(shadow, touched, this.live);
    if (problem) return refuse(problem.reason, CLOSE_CODES.badMessage, problem.message);
    // A board already over a lowered limit may still be edited and shrunk, never grown.
    if (elements > this.limits.maxBoardElements && elements > elementsBefore)
      return refuse('too-large', CLOSE_CODES.policy, `board would exceed ${this.limits.maxBoardElements} elements (MAX_BOARD_ELEMENTS)`);
    return this.checkSize(shadow, update);
  }

  /** Measures the whole state only when the running estimate passes the limit. */
  private checkSize(shadow: Y.Doc, update: Uint8Array): GuardVerdict {
    if (this.withinEstimate(update)) return { ok: true };
    const exact = Y.encodeStateAsUpdate(shadow).byteLength;
    if (exact > this.limits.maxBoardBytes && exact > this.measuredBytes) {
      return refuse('too-large', CLOSE_CODES.policy, `board would exceed ${this.limits.maxBoardBytes} bytes (MAX_BOARD_BYTES)`);
    }
    // The live document will report this update too (follow); count it from this measurement on.
    this.measuredBytes = exact - update.byteLength;
    this.growthBytes = 0;
    return { ok: true };
  }

  /** An upper bound: the encoded state grows by at most what is applied to it (plus a little). */
  private withinEstimate(update: Uint8Array): boolean {
    return this.measuredBytes + this.growthBytes + update.byteLength <= this.limits.maxBoardBytes;
  }

  /** The shadow, with the live document's updates it has not seen applied (built if there is none). */
  private caughtUpShadow(): Y.Doc {
    const shadow = this.shadow;
    if (!shadow) return this.build();
    if (this.behind.length === 0) return shadow;
    const behind = this.behind.length === 1 ? this.behind[0]! : Y.mergeUpdates(this.behind);
    this.behind = [];
    this.behindBytes = 0;
    Y.applyUpdate(shadow, behind);
    // The queue holds what the live document integrated, in order, so nothing waits. Were it
    // otherwise, the shadow would hide a client's update that is pending too: start again.
    if (!hasPending(shadow)) return shadow;
    this.forgetShadow();
    return this.build();
  }

  /**
   * The shadow, made from the live document's whole state without what the live document holds
   * pending (a relayed update waiting on one this instance missed): the live document reports
   * that when it applies (`follow`), and kept in the shadow it would hide a client update that
   * is pending too.
   */
  private build(): Y.Doc {
    const shadow = new Y.Doc();
    const state = this.wholeState();
    Y.applyUpdate(shadow, state);
    this.countElements(shadow);
    this.measuredBytes = state.byteLength;
    this.growthBytes = 0;
    this.shadow = shadow;
    this.behind = [];
    this.behindBytes = 0;
    // From now on everything the live document takes in (log, relay, accepted updates) is queued
    // for the shadow, and counted for the size estimate. Without one, the guard does not listen: a document nobody listens to is not
    // encoded for each of its transactions (a cold load's is the whole board).
    if (!this.following) {
      this.live.on('update', this.follow);
      this.live.on('beforeTransaction', this.capture);
      this.following = true;
    }
    return shadow;
  }

  /** Stops following the live document too: the next update is checked on a shadow built anew. */
  private drop(): void {
    this.live.off('update', this.follow);
    this.live.off('beforeTransaction', this.capture);
    this.following = false;
    this.forgetShadow();
  }

  private forgetShadow(): void {
    this.shadow?.destroy();
    this.shadow = undefined;
    this.behind = [];
    this.behindBytes = 0;
  }

  /** Counts the shadow's elements once, then keeps the count from its root maps' key changes. */
  private countElements(shadow: Y.Doc): void {
    const roots = [shadow.getMap('nodes'), shadow.getMap('edges'), sketchesOf(shadow) as Y.Map<unknown>];
    this.elements = roots.reduce((sum, root) => sum + root.size, 0);
    const count = (event: Y.YMapEvent<unknown>) => {
      for (const change of event.changes.keys.values()) this.elements += change.action === 'add' ? 1 : change.action === 'delete' ? -1 : 0;
    };
    for (const root of roots) root.observe(count);
  }

  private readonly capture = (transaction: Y.Transaction): void => {
    if (this.capturing) this.acceptedTransaction ??= transaction;
  };

  private readonly follow = (update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction): void => {
    this.growthBytes += update.byteLength;
    if (!this.shadow || transaction === this.acceptedTransaction) return;
    this.behind.push(update);
    this.behindBytes += update.byteLength;
    if (this.behind.length > MOST_UPDATES_BEHIND || this.behindBytes > MOST_BYTES_BEHIND) this.forgetShadow();
  };
}

function hasPending(doc: Y.Doc): boolean {
  return doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
}

function refuse(metric: RefusalReason, code: number, reason: string): GuardVerdict {
  return { ok: false, code, reason, metric };
}

/**
 * Notes which elements (ids under a root map) a transaction changed, and for nodes (`nodes`
 * given): into `rekinded` those whose kind may have changed (set anew at the root, or their own
 * `kind` written), into `written` which of its own fields a change wrote to a node it did nothing
 * else to (neither set it anew nor changed anything under its props), so the contract checks a
 * move on the fields it wrote.
 */
function collectElements(root: Y.Map<unknown>, into: Set<string>, nodes?: Pick<Touched, 'rekinded' | 'written'>) {
  return (events: Events): void => {
    const whole = new Set<string>();
    for (const event of events) {
      if (event.target === root) {
        for (const key of (event as Y.YMapEvent<unknown>).keysChanged) {
          into.add(key);
          nodes?.rekinded.add(key);
          whole.add(key);
        }
        continue;
      }
      const [id] = event.path;
      if (typeof id !== 'string') continue;
      into.add(id);
      if (!nodes) continue;
      if (event.path.length !== 1) {
        whole.add(id);
        continue;
      }
      const keys = (event as Partial<Y.YMapEvent<unknown>>).keysChanged;
      if (!keys) {
        whole.add(id);
        continue;
      }
      if (keys.has('kind')) nodes.rekinded.add(id);
      let fields = nodes.written.get(id);
      if (!fields) nodes.written.set(id, (fields = new Set()));
      for (const key of keys) fields.add(key);
    }
    for (const id of whole) nodes?.written.delete(id);
  };
}

/** Yjs v1's empty update: no clients' items, an empty delete set. */
function isEmptyUpdate(update: Uint8Array): boolean {
  return update.byteLength === 2 && update[0] === 0 && update[1] === 0;
}
