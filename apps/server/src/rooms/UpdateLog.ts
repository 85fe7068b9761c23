import * as Y from 'yjs';
import type { Logger } from 'pino';
import type { BoardStore, LoggedUpdate, UpdateAuthor } from '../storage/BoardStore';
import { historyCutoff } from '../config';
import { loadDocument, structCount } from './loadDocument';

/**
 * Log bytes after which the log is folded into a snapshot even before `compactEvery` entries: the
 * commit window merges many edits into one entry, and a cold load applies the whole tail after
 * the snapshot (a snapshot of the same edits is smaller and quicker to apply: Yjs has dropped
 * the content of what they deleted). History keeps every entry either way. 64 KiB is about 250
 * moves: a checkpoint about as often per edit as `compactEvery` single-edit entries gave.
 */
export const COMPACT_AFTER_BYTES = 64 * 1024;

/**
 * Log bytes past the last snapshot that a closing room folds into a new one (`settle`), so the
 * next opening of the board applies one snapshot and no tail. A quarter of COMPACT_AFTER_BYTES:
 * a visit of a few edits leaves its short tail (and no extra checkpoint in the history), a working
 * session does not leave the next load ~250 moves of entries to apply one by one.
 */
export const SETTLE_AFTER_BYTES = 16 * 1024;

/**
 * How much tail a board with a long history waits for before it is folded again: one entry per
 * COMPACT_STRUCTS_PER_TAIL_ENTRY structs of the board (`structCount`), or COMPACT_TAIL_BYTES_PER_STRUCT
 * bytes per struct, whichever comes first. A compaction reads and applies the whole board, and
 * every overwritten x or y stays a struct, so its cost grows with the board's history: where
 * `compactEvery` single moves paid for it, a board whose node had moved 80,000 times cost 2 ms of
 * CPU a move, against 0.32 ms with the wait (`bench:compaction`, docs/BENCHMARKS.md). A load
 * that finds the tail (after a crash, or on a second instance) reads each entry as a row and
 * applies its bytes (about 5 µs a single move, against 1.3 µs a struct of the snapshot): the
 * bounds keep that to about the snapshot's own work again. On a board of a few thousand structs
 * `compactEvery` and COMPACT_AFTER_BYTES come later and decide, as before.
 */
export const COMPACT_STRUCTS_PER_TAIL_ENTRY = 25;
export const COMPACT_TAIL_BYTES_PER_STRUCT = 4;

/** When the log is folded into a snapshot, and how long its history is kept. */
export interface LogPolicy {
  compactEvery: number;
  /** COMPACT_AFTER_BYTES unless given (tests). */
  compactAfterBytes?: number;
  /** False: `compactEvery` and COMPACT_AFTER_BYTES alone, not waiting for a tail worth the board (`bench:compaction`'s old rule). */
  waitForTail?: boolean;
  /** SETTLE_AFTER_BYTES unless given (tests). */
  settleAfterBytes?: number;
  /** HISTORY_RETENTION_DAYS; undefined keeps the whole history. */
  historyRetentionDays?: number | undefined;
  /**
   * The room's document folded (`foldDocument`), when this process is the only writer of the store
   * (the embedded database): compaction then folds what the room holds instead of reading the log
   * back and applying it. Called as an update is handed to `append`, when the document holds
   * exactly the log through that update.
   */
  foldLive?: () => Folded;
}

/** A board's state as one snapshot, what compaction stores. */
export interface Folded {
  /** Yjs v2 (UpdateEncoding 2): a fraction of v1's bytes, for every load and checkpoint. */
  snapshot: Uint8Array;
  /** Its structs (`structCount`): what the next fold applies. */
  structs: number;
}

/** A fold and the log entry it holds the board through: what `BoardStore.compact` is given. */
type FoldedThrough = Folded & { throughSeq: number };

/** @example const { snapshot, structs } = foldDocument(room.doc) */
export function foldDocument(doc: Y.Doc): Folded {
  return { snapshot: Y.encodeStateAsUpdateV2(doc), structs: structCount(doc) };
}

/**
 * Appends a room's accepted updates to the durable log in order, and every `compactEvery`
 * appends (or `COMPACT_AFTER_BYTES` of them; later on a board with a long history:
 * COMPACT_STRUCTS_PER_TAIL_ENTRY) folds the log into a snapshot. Compaction reads
 * back what the store holds rather than the room's memory, so it is safe while other instances
 * append to the same board — unless this process is the store's only writer (`foldLive`): then
 * the room's document, as it stood when the last entry was handed over, is that entry's snapshot.
 * Reading the log back and applying it was 95 % of a fold (20 ms of the event loop for a board of
 * 15,000 moves, against 1.2 ms to encode it), and its v2 reads made the hot path's Yjs code
 * polymorphic (docs/BENCHMARKS.md, 2026-12-05 18:42).
 */
export class UpdateLog {
  private chain: Promise<void> = Promise.resolve();
  private sinceCompaction = 0;
  private bytesSinceCompaction = 0;
  /** The board's structs when last loaded or compacted: what the next compaction will apply. */
  private boardStructs = 0;

  constructor(
    private readonly boardId: string,
    private readonly store: BoardStore,
    private readonly policy: LogPolicy,
    private readonly logger: Logger,
    private readonly onFailure: (error: unknown) => void,
    private readonly onPersisted: (lagSeconds: number) => void = () => undefined,
  ) {}

  /**
   * Queues `update` (made by `authors`) for the log; `onDurable` runs once it is stored. Hand
   * updates over in the order the live document took them, each once it holds them (`foldLive`).
   */
  append(update: Uint8Array, authors: readonly UpdateAuthor[], onDurable: (logged: LoggedUpdate) => void): void {
    const acceptedAt = performance.now();
    // Folded now, while the room's document holds the log through this update and no further; a
    // fold due with no such snapshot (appends queued behind each other) reads the log instead.
    const live = this.policy.foldLive && this.compactionDue(this.sinceCompaction + 1, this.bytesSinceCompaction + update.byteLength) ? this.policy.foldLive() : undefined;
    this.chain = this.chain
      .then(async () => {
        const logged = await this.store.appendUpdate(this.boardId, update, authors);
        this.onPersisted((performance.now() - acceptedAt) / 1000);
        onDurable(logged);
        this.bytesSinceCompaction += update.byteLength;
        this.sinceCompaction++;
        if (this.compactionDue(this.sinceCompaction, this.bytesSinceCompaction)) await this.compact(live && { ...live, throughSeq: logged.seq });
      })
      .catch((error: unknown) => {
        this.logger.error({ err: error, boardId: this.boardId }, 'could not persist an update');
        this.onFailure(error);
      });
  }

  /**
   * Counts the tail a load found after the snapshot as if this log had appended it: the next
   * append folds it into a snapshot when it is already past the policy (a board written by other
   * instances, or before a restart). Opening a board to read it stores nothing. `structs`: the
   * loaded board's `structCount`.
   */
  loaded(tail: { entries: number; bytes: number }, structs: number): void {
    this.sinceCompaction += tail.entries;
    this.bytesSinceCompaction += tail.bytes;
    this.boardStructs = structs;
  }

  /** Resolves when every update appended so far is durable (or has failed and been reported). */
  flush(): Promise<void> {
    return this.chain;
  }

  /**
   * For a closing room, once `flush` has resolved: folds the log into a snapshot when the tail
   * past the last one holds at least `settleAfterBytes`. Resolves when done (or failed and logged:
   * the board is whole in the log either way).
   */
  async settle(): Promise<void> {
    if (this.bytesSinceCompaction < (this.policy.settleAfterBytes ?? SETTLE_AFTER_BYTES)) return;
    this.chain = this.chain
      .then(() => this.compact())
      .catch((error: unknown) => this.logger.warn({ err: error, boardId: this.boardId }, 'could not compact a closing board'));
    await this.chain;
  }

  /** With `entries` and `bytes` past the last snapshot: past `compactEvery` entries or COMPACT_AFTER_BYTES, and a tail worth applying the whole board for (COMPACT_STRUCTS_PER_TAIL_ENTRY). */
  private compactionDue(entries: number, bytes: number): boolean {
    const past = entries >= this.policy.compactEvery || bytes >= (this.policy.compactAfterBytes ?? COMPACT_AFTER_BYTES);
    if (!past || this.policy.waitForTail === false) return past;
    return entries * COMPACT_STRUCTS_PER_TAIL_ENTRY >= this.boardStructs || bytes >= this.boardStructs * COMPACT_TAIL_BYTES_PER_STRUCT;
  }

  /** Stores a snapshot through `live.throughSeq` when given (`foldLive`), else one folded from what the store holds. */
  private async compact(live?: FoldedThrough): Promise<void> {
    this.sinceCompaction = 0;
    this.bytesSinceCompaction = 0;
    const folded = live ?? (await this.foldStored());
    this.boardStructs = folded.structs;
    await this.store.compact(this.boardId, folded.snapshot, folded.throughSeq, 2);
    this.logger.debug({ boardId: this.boardId, throughSeq: folded.throughSeq }, 'compacted');
    const cutoff = historyCutoff(this.policy.historyRetentionDays, new Date());
    if (cutoff) await this.store.pruneHistory(this.boardId, cutoff);
  }

  /** Reads the log back rather than the room's memory: safe while other instances append to the same board. */
  private async foldStored(): Promise<FoldedThrough> {
    const { doc, lastSeq } = await loadDocument(this.store, this.boardId);
    try {
      return { ...foldDocument(doc), throughSeq: lastSeq };
    } finally {
      doc.destroy();
    }
  }
}
