import WebSocket from 'ws';
import * as Y from 'yjs';
import { addNode, moveNodes, nodesOf } from '@scaleboard/board';
import { SYNC_STEP1, SYNC_STEP2, SYNC_UPDATE, syncPayload, type Wire } from './wire';

/** Wall-clock milliseconds with sub-millisecond precision: the stamp every move carries. */
export const now = (): number => performance.timeOrigin + performance.now();

/** How long a client waits for its sync step 2 before it counts as failed (a load takes well under a second). */
const SYNC_DEADLINE_MS = 60_000;

/** Stamps are wall-clock times; a node's initial `x` is 0. */
const IS_STAMP = (value: unknown): value is number => typeof value === 'number' && value > 1e12;

export interface ClientOptions {
  url: string;
  wire: Wire;
  token: string;
  index: number;
  /** Observers hold the whole board and measure latency; writers only send and skim. */
  observer: boolean;
  /** Moves a writer pre-encodes (it sends no more than this many). */
  moves: number;
}

/**
 * One client of the board. Each owns one node and moves it: the node's `x` is the send time.
 *
 * A writer encodes all its moves before the run (a float64 placeholder for `x`, patched with the
 * send time just before sending) and never decodes what it receives, so fifty of them cost the
 * load generator little. An observer is a full client: it applies every update it receives to
 * its own Y.Doc, and for every move in it (merged frames carry several) records receive time
 * minus send time.
 */
export class BenchClient {
  readonly doc = new Y.Doc();
  private readonly nodeId: string;
  private readonly ws: WebSocket;
  private readonly initial: Uint8Array;
  private readonly frames: Uint8Array[] = [];
  private readonly stampOffsets: number[] = [];
  /** Clocks of the moves seen, by Yjs client id. */
  private readonly seen = new Map<number, Set<number>>();
  private counting = false;
  private moveCount = 0;
  readonly synced: Promise<void>;
  readonly closed: Promise<void>;
  /** Set when the connection closed, with the server's code and reason. */
  closedWith: string | undefined;
  /** Moves sent, and the stamp of the last one. */
  sent = 0;
  lastStamp = 0;
  /** Document-update frames received while counting. */
  framesReceived = 0;
  /** When the server's full state (sync step 2) arrived, before this client decoded or applied it. */
  step2At = 0;
  /** Bytes of the server's sync step 2 (its whole state for a client that had none). */
  step2Bytes = 0;
  /** Observers: receive − send time of every other client's move, in ms. */
  readonly latencies: number[] = [];

  constructor(private readonly options: ClientOptions) {
    this.nodeId = `bench-${options.index}`;
    addNode(this.doc, { id: this.nodeId, kind: 'web-server', label: `Client ${options.index}`, x: 0, y: 0, props: {} });
    this.initial = Y.encodeStateAsUpdate(this.doc);
    if (options.observer) {
      this.doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === this) this.ws.send(options.wire.sync(SYNC_UPDATE, update));
      });
    } else {
      this.preEncode(options.moves);
    }

    this.ws = new WebSocket(options.url, { perMessageDeflate: false });
    let markSynced: () => void = () => undefined;
    this.synced = new Promise((resolve, reject) => {
      // A server that never answers (a peer's load that failed) fails this client, not the whole run.
      const deadline = setTimeout(() => fail(new Error(`${options.url}: not synced within ${SYNC_DEADLINE_MS / 1000} s`)), SYNC_DEADLINE_MS);
      // However it settles, the deadline goes: no timer outlives the client.
      const fail = (error: Error) => {
        clearTimeout(deadline);
        reject(error);
      };
      markSynced = () => {
        clearTimeout(deadline);
        resolve();
      };
      this.ws.once('error', fail);
      this.ws.once('unexpected-response', (_req, res) => fail(new Error(`${options.url}: HTTP ${res.statusCode}`)));
    });
    // Whoever awaits `synced` still sees the failure; a client nobody awaits does not end the process.
    this.synced.catch(() => undefined);
    this.closed = new Promise((resolve) =>
      this.ws.once('close', (code, reason) => {
        this.closedWith = `${code} ${reason.toString()}`;
        resolve();
      }),
    );
    this.ws.on('open', () => {
      const auth = options.wire.auth(options.token);
      if (auth) this.ws.send(auth);
      this.ws.send(options.wire.sync(SYNC_STEP1, Y.encodeStateVector(new Y.Doc())));
      this.ws.send(options.wire.sync(SYNC_UPDATE, this.initial));
    });
    this.ws.on('message', (data: Buffer) => {
      const frame = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
      const sync = options.wire.readSync(frame);
      if (!sync) return;
      if (sync.step === SYNC_STEP1) {
        // The server asks for what it lacks; this client's own state is its node.
        this.ws.send(options.wire.sync(SYNC_STEP2, options.observer ? Y.encodeStateAsUpdate(this.doc) : this.initial));
        return;
      }
      if (sync.step === SYNC_STEP2) {
        if (!this.step2At) [this.step2At, this.step2Bytes] = [now(), frame.byteLength];
        markSynced();
      }
      if (this.counting) this.framesReceived++;
      if (options.observer) this.observe(syncPayload(frame, sync.payloadAt));
    });
  }

  /** Starts counting received frames (the measured window). */
  startCounting(): void {
    this.counting = true;
  }

  stopCounting(): void {
    this.counting = false;
  }

  /** Moves this client's node, stamped with the send time. False once out of pre-encoded moves. */
  move(): boolean {
    if (this.ws.readyState !== WebSocket.OPEN) return false;
    const n = this.moveCount++;
    const stamp = now();
    if (this.options.observer) {
      moveNodes(this.doc, [{ id: this.nodeId, x: stamp, y: n }], this);
    } else {
      const frame = this.frames[n];
      if (!frame) return false;
      new DataView(frame.buffer, frame.byteOffset, frame.byteLength).setFloat64(this.stampOffsets[n] as number, stamp);
      this.ws.send(frame);
    }
    this.lastStamp = stamp;
    this.sent++;
    return true;
  }

  /** Observers: whether this client's node is where `other` last moved it. */
  hasLatestOf(other: BenchClient): boolean {
    return nodesOf(this.doc).get(other.nodeId)?.get('x') === other.lastStamp;
  }

  /** Other clients' moves this observer has seen, by Yjs client id. */
  seenFrom(clientId: number): number {
    return this.seen.get(clientId)?.size ?? 0;
  }

  close(): Promise<void> {
    this.ws.close();
    return this.closed;
  }

  private observe(update: Uint8Array): void {
    const received = now();
    for (const struct of Y.decodeUpdate(update).structs) {
      // Decoded items that follow an earlier value carry no key (it comes from their origin):
      // a stamp is recognised by its value alone.
      if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentAny)) continue;
      const stamp: unknown = struct.content.arr[0];
      if (!IS_STAMP(stamp) || struct.id.client === this.doc.clientID) continue;
      let clocks = this.seen.get(struct.id.client);
      if (!clocks) this.seen.set(struct.id.client, (clocks = new Set()));
      if (clocks.has(struct.id.clock)) continue;
      clocks.add(struct.id.clock);
      if (this.counting) this.latencies.push(received - stamp);
    }
    Y.applyUpdate(this.doc, update, 'remote');
  }

  /**
   * Encodes `count` moves of this client's node with a distinct float64 placeholder each, and
   * notes where the placeholder's 8 bytes sit in the frame (lib0 writes float64 big-endian).
   */
  private preEncode(count: number): void {
    const updates: Uint8Array[] = [];
    const capture = (update: Uint8Array) => updates.push(update);
    this.doc.on('update', capture);
    for (let n = 0; n < count; n++) {
      const placeholder = 0.123456789 + n * 1e-6;
      moveNodes(this.doc, [{ id: this.nodeId, x: placeholder, y: n }]);
      const frame = this.options.wire.sync(SYNC_UPDATE, updates[n] as Uint8Array);
      const needle = new Uint8Array(8);
      new DataView(needle.buffer).setFloat64(0, placeholder);
      const offset = Buffer.from(frame).indexOf(needle);
      if (offset < 0) throw new Error('placeholder not found in the encoded move');
      this.frames.push(frame);
      this.stampOffsets.push(offset);
    }
    this.doc.off('update', capture);
  }
}
