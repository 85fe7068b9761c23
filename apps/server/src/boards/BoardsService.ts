import * as Y from 'yjs';
import type { Logger } from 'pino';
import { applyUpdates, readDoc, readDocOf, restoreBoard, type DocReading } from '@scaleboard/board';
import type { CreateBoardRequest, CreateBoardResponse } from '@scaleboard/protocol';
import { report, type Board, type Lang } from '@scaleboard/rules';
import { nextTurn } from '../export/SerialLane';
import type { Metrics } from '../ops/metrics';
import { generateKey, hashKey } from '../keys';
import type { BoardRevoker } from '../revocation/BoardRevoker';
import { checkAccess, type AccessResult } from '../rooms/BoardAccess';
import type { RoomRegistry } from '../rooms/RoomRegistry';
import { versionUpdates, type BoardRecord, type BoardStore, type RotatableKey, type UpdateAuthor, type VersionDocument, type VersionInfo, type VersionPage } from '../storage/BoardStore';
import { BoardsError } from './BoardsError';
import { createBoard } from './createBoard';
import { importedBoard } from './importedBoard';
import { readBoardDoc } from './readBoardDoc';
import { readBoardUpdates } from './readBoardUpdates';

export interface BoardsServiceDeps {
  store: BoardStore;
  /** Where the live documents are: readers see a room's state before it is durable. */
  registry: RoomRegistry;
  /** Closes the sessions of a rotated key or a deleted board, on every instance. */
  revoker: BoardRevoker;
  /** MAX_BOARD_ELEMENTS: the most nodes and edges an imported board may bring. */
  maxBoardElements: number;
  /** Where the elements a read left out are counted and logged. */
  metrics: Metrics;
  logger: Logger;
}

/** Who used each rotatable key: the sessions to close when it changes. */
const HOLDERS = { edit: 'editor', view: 'viewer' } as const;

/**
 * Boards, server-side: what REST, the sync socket, Socket.IO and the interview service ask of a
 * board (create, open with a key, read, rotate a key, delete), whichever transport asks. The
 * only caller of the BoardStore besides the rooms, which keep writing their own log (RoomDeps).
 * Refusals are BoardsErrors; each transport says them in its own terms.
 *
 * @example const boards = new BoardsService({ store, registry, revoker, maxBoardElements: 5000 });
 */
export class BoardsService {
  constructor(private readonly deps: BoardsServiceDeps) {}

  /** Creates a board; its keys are in the answer and nowhere else. A template's title is in `lang`. */
  create(request: CreateBoardRequest, lang?: Lang): Promise<CreateBoardResponse> {
    return createBoard(this.deps.store, request, lang);
  }

  /** Refuses (throws) a board to import that is malformed or larger than a live board may be. */
  checkImport(input: unknown, lang?: Lang): void {
    const board = importedBoard(input, lang);
    const elements = board.nodes.length + board.edges.length + (board.sketches?.length ?? 0);
    if (elements > this.deps.maxBoardElements)
      throw new BoardsError('board-too-large', { key: 'errors.boardTooLarge', params: { elements, limit: this.deps.maxBoardElements } }, 'board');
  }

  /** May `key` open the board, and as whom: the one key check of every channel. */
  access(boardId: string, key: string | undefined): Promise<AccessResult> {
    return checkAccess(this.deps.store, boardId, key);
  }

  /** The stored record (title, key hashes), or null when there is no such board. */
  record(boardId: string): Promise<BoardRecord | null> {
    return this.deps.store.getBoard(boardId);
  }

  /** Runs `read` on the freshest document this instance can see (see readBoardDoc). */
  readDoc<T>(boardId: string, read: (doc: Y.Doc) => T): Promise<T> {
    return readBoardDoc(this.deps.registry, this.deps.store, boardId, read);
  }

  /**
   * The board as a `scaleboard/v1` file (what `parseBoard` accepts) for report, exports,
   * summaries and interview snapshots, from the freshest document; what the read left out is
   * counted (`noteSkipped`).
   */
  async readFile(boardId: string): Promise<Board> {
    const { board, skipped } = await this.readDoc(boardId, readDoc);
    this.noteSkipped(boardId, skipped);
    return board;
  }

  /**
   * Counts and logs, once per read, the elements a read of a board left out — for reads done
   * elsewhere too (the SVG export thread reads its own copy). A read never fails for a bad
   * element, so without this an operator would never learn that a board's log holds elements
   * this version cannot read: a newer client's component during a rolling deploy, an old log's junk.
   */
  noteSkipped(boardId: string, skipped: DocReading['skipped']): void {
    if (skipped.nodes === 0 && skipped.edges === 0 && skipped.sketches === 0) return;
    this.deps.metrics.elementsSkipped.inc({ element: 'node' }, skipped.nodes);
    this.deps.metrics.elementsSkipped.inc({ element: 'edge' }, skipped.edges);
    this.deps.metrics.elementsSkipped.inc({ element: 'sketch' }, skipped.sketches);
    this.deps.logger.warn({ boardId, skipped }, 'left out elements that break the board file contract');
  }

  /** The freshest document as Yjs updates, for work off the event loop (see readBoardUpdates). */
  readUpdates(boardId: string): Promise<Uint8Array[]> {
    return readBoardUpdates(this.deps.registry, this.deps.store, boardId);
  }

  /** A page of the board's versions, newest first (BoardStore.listVersions). */
  history(boardId: string, page: { before?: number; limit: number }): Promise<VersionPage> {
    return this.deps.store.listVersions(boardId, page);
  }

  /**
   * Every version from `from` to `to` (both included; unset: the first, the last), oldest first;
   * a `not-found` BoardsError when `from` or `to` is not in the board's history. Read a page
   * (500 versions) at a time.
   */
  async versionRange(boardId: string, { from, to }: { from?: number; to?: number }): Promise<VersionInfo[]> {
    const range: VersionInfo[] = [];
    let before = to === undefined ? undefined : to + 1;
    for (;;) {
      const page = await this.deps.store.listVersions(boardId, { limit: 500, ...(before === undefined ? {} : { before }) });
      range.push(...page.versions.filter((v) => from === undefined || v.version >= from));
      if (page.next === null || (from !== undefined && page.next <= from)) break;
      before = page.next;
    }
    for (const end of [from, to]) {
      if (end !== undefined && !range.some((v) => v.version === end)) throw new BoardsError('not-found', { key: 'errors.versionNotFound', params: { version: end } }, 'version');
    }
    return range.reverse();
  }

  /**
   * What rebuilds each of `versions` (increasing) on top of the one before, for a replay: the
   * first in full, each next one only the log entries after the previous when both start from the
   * same checkpoint, else in full again (a board's log only grows and Yjs updates apply
   * idempotently, so that still lands exactly on it). A `not-found` BoardsError for a version
   * not in the history.
   */
  async readVersionSteps(boardId: string, versions: readonly number[]): Promise<Uint8Array[][]> {
    const steps: Uint8Array[][] = [];
    let previous: VersionDocument | null = null;
    for (const version of versions) {
      const stored = await this.deps.store.loadVersion(boardId, version);
      if (!stored) throw new BoardsError('not-found', { key: 'errors.versionNotFound', params: { version } }, 'version');
      const continues = previous !== null && sameBytes(previous.checkpoint, stored.checkpoint) && stored.updates.length >= previous.updates.length;
      steps.push(continues ? stored.updates.slice(previous!.updates.length) : versionUpdates(stored));
      previous = stored;
    }
    return steps;
  }

  /**
   * How many findings the rules' report gives at each of `versions` (increasing), rebuilt in
   * order on one document (readVersionSteps), so the work is linear in the versions read. Each
   * version's read and report takes a turn of its own: a long range never holds the event loop.
   */
  async findingsAt(boardId: string, versions: readonly number[]): Promise<number[]> {
    const steps = await this.readVersionSteps(boardId, versions);
    const doc = new Y.Doc();
    const counts: number[] = [];
    let skipped: DocReading['skipped'] = { nodes: 0, edges: 0, sketches: 0 };
    try {
      for (const step of steps) {
        await nextTurn();
        applyUpdates(doc, step);
        const reading = readDoc(doc);
        counts.push(report(reading.board).findings.length);
        skipped = reading.skipped;
      }
    } finally {
      doc.destroy();
    }
    // Once per read, as readFile does: the last version's left-out elements.
    this.noteSkipped(boardId, skipped);
    return counts;
  }

  /**
   * The board at `version` as Yjs updates, checkpoint first, for work off the event loop; a
   * `not-found` BoardsError when the board's history has no such version.
   */
  async readVersionUpdates(boardId: string, version: number): Promise<Uint8Array[]> {
    const stored = await this.deps.store.loadVersion(boardId, version);
    if (!stored) throw new BoardsError('not-found', { key: 'errors.versionNotFound', params: { version } }, 'version');
    return versionUpdates(stored);
  }

  /** The board as a `scaleboard/v1` file as it was at `version` (what `readFile` read then). */
  async readVersionFile(boardId: string, version: number): Promise<Board> {
    const { board, skipped } = readDocOf(await this.readVersionUpdates(boardId, version));
    this.noteSkipped(boardId, skipped);
    return board;
  }

  /** Names a version (null clears the name); `not-found` when the board has no such version. */
  async labelVersion(boardId: string, version: number, label: string | null): Promise<void> {
    if (!(await this.deps.store.labelVersion(boardId, version, label)))
      throw new BoardsError('not-found', { key: 'errors.versionNotFound', params: { version } }, 'version');
  }

  /**
   * Brings the board back to how it was at `version`, as one change for everyone connected on any
   * instance (`restoreBoard` changes only what differs); the history after `version` stays.
   * Resolves the version that holds the restore.
   */
  async restore(boardId: string, version: number, author: UpdateAuthor): Promise<number> {
    const board = await this.readVersionFile(boardId, version);
    return this.deps.registry.withRoom(boardId, (room) => room.change(author, (doc, origin) => restoreBoard(doc, board, origin)));
  }

  /** Replaces the edit or view key and closes its holders' sessions; resolves the new key. */
  async rotateKey(boardId: string, kind: RotatableKey): Promise<string> {
    const key = generateKey();
    if (!(await this.deps.store.replaceKeyHash(boardId, kind, hashKey(key)))) throw new BoardsError('not-found', { key: 'errors.boardGone' });
    await this.deps.revoker.revoke({ boardId, roles: [HOLDERS[kind]], reason: 'key-rotated' });
    return key;
  }

  /** Deletes the board with its log and closes every session on it. */
  async delete(boardId: string): Promise<void> {
    await this.deps.store.deleteBoard(boardId);
    await this.deps.revoker.revoke({ boardId, roles: ['owner', 'editor', 'viewer'], reason: 'board-deleted' });
  }
}

function sameBytes(a: Uint8Array | null, b: Uint8Array | null): boolean {
  if (a === null || b === null) return a === b;
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}
