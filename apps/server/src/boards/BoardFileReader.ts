import type { Logger } from 'pino';
import { readDoc, type DocReading } from '@scaleboard/board';
import type { Board } from '@scaleboard/rules';
import type { Metrics } from '../ops/metrics';
import type { RoomRegistry } from '../rooms/RoomRegistry';
import type { BoardStore } from '../storage/BoardStore';
import { readBoardDoc } from './readBoardDoc';

export interface BoardFileReaderDeps {
  registry: RoomRegistry;
  store: BoardStore;
  metrics: Metrics;
  logger: Logger;
}

/**
 * Reads boards as `scaleboard/v1` files for report, export, summaries and interview snapshots, and
 * accounts for what each read left out. A read never fails for a bad element (`readDoc` leaves it
 * out), so without this an operator would never learn that a board's log holds elements this
 * version cannot read: a newer client's component during a rolling deploy, or an old log's junk.
 *
 * @example const file = await files.read(boardId); res.json(report(file))
 */
export class BoardFileReader {
  constructor(private readonly deps: BoardFileReaderDeps) {}

  /** The board as a file: what `parseBoard` accepts, from the freshest document this instance sees. */
  async read(boardId: string): Promise<Board> {
    const { board, skipped } = await readBoardDoc(this.deps.registry, this.deps.store, boardId, readDoc);
    this.noteSkipped(boardId, skipped);
    return board;
  }

  /**
   * Counts and logs, once per read, the elements one read of a board left out; for reads done
   * elsewhere too (the SVG export thread reads its own copy of the document).
   */
  noteSkipped(boardId: string, skipped: DocReading['skipped']): void {
    if (skipped.nodes === 0 && skipped.edges === 0) return;
    this.deps.metrics.elementsSkipped.inc({ element: 'node' }, skipped.nodes);
    this.deps.metrics.elementsSkipped.inc({ element: 'edge' }, skipped.edges);
    this.deps.logger.warn({ boardId, skipped }, 'left out elements that break the board file contract');
  }
}
