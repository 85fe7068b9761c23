// The SVG export thread: rebuilds a board from its Yjs updates and draws it (see SvgRenderer).
import { parentPort } from 'node:worker_threads';
import { exportPicture, readDocOf, type DocReading } from '@scaleboard/board';
import { report } from '@scaleboard/rules';
import { renderOptionsOf, type ExportQuery } from './exportQuery';

export interface SvgJob {
  id: number;
  /** The document as Yjs updates, in the order they apply (snapshot first). */
  updates: Uint8Array[];
  query: ExportQuery;
}

export interface SvgPicture {
  svg: string;
  title: string;
  /** What the read left out, for the main thread to count (BoardsService.noteSkipped). */
  skipped: DocReading['skipped'];
}

export type SvgResult = { id: number; picture: SvgPicture } | { id: number; error: string };

parentPort?.on('message', ({ id, updates, query }: SvgJob) => {
  let result: SvgResult;
  try {
    const { board: file, skipped } = readDocOf(updates);
    const options = renderOptionsOf(query, () => report(file, { lang: query.lang }));
    result = { id, picture: { svg: exportPicture(file, options).svg, title: file.title, skipped } };
  } catch (error) {
    result = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(result);
});
