import type * as Y from 'yjs';
import { BoardReader } from '@scaleboard/board';

const readers = new WeakMap<Y.Doc, BoardReader>();

/**
 * The one incremental reader of a document, shared by everything on the board screen that reads
 * the whole board (the content hook, the rules' report), so a change is read once. It lives as
 * long as its document.
 *
 * @example boardReaderOf(doc).read().nodes
 */
export function boardReaderOf(doc: Y.Doc): BoardReader {
  let reader = readers.get(doc);
  if (!reader) readers.set(doc, (reader = new BoardReader(doc)));
  return reader;
}
