import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addEdge, addNode, boardToDoc } from '@scaleboard/board';
import { LiveAnalysis, reportWithAvailability, sketch, type Board } from '@scaleboard/rules';
import { boardReaderOf } from './boardReaderOf';

// Ids as the canvas makes them (`newId`: kind or "edge", then random letters), fixed here so the new
// component and connection sort between the ones already on the board, as most random ones do.
function board(): Board {
  return sketch(
    'Reader order',
    [['client-aaaa', 'client'], ['load-balancer-aaaa', 'load-balancer'], ['web-server-aaaa', 'web-server'], ['web-server-zzzz', 'web-server'], ['cache-zzzz', 'cache']],
    [['client-aaaa', 'load-balancer-aaaa'], ['load-balancer-aaaa', 'web-server-aaaa'], ['load-balancer-aaaa', 'web-server-zzzz'], ['web-server-zzzz', 'cache-zzzz']],
    { monthlyActiveUsers: 1_000_000 },
  );
}

function docOf(start: Board): Y.Doc {
  const doc = new Y.Doc();
  boardToDoc(start, doc);
  return doc;
}

const ids = (list: readonly { id: string }[]) => list.map((element) => element.id);

describe('boardReaderOf and the live analysis', () => {
  it('reads a component added on the canvas into the middle of the board (by id), and the live analysis patches it rather than rebuilding', () => {
    const doc = docOf(board());
    const reader = boardReaderOf(doc);
    const live = new LiveAnalysis(reader.read());
    addNode(doc, { id: 'web-server-mmmm', kind: 'web-server', label: 'Web 3', x: 0, y: 0, props: {} });
    const next = reader.read();
    // The reader keeps the board sorted by id (it equals docToBoard): the new one is not last.
    expect(ids(next.nodes).indexOf('web-server-mmmm')).toBeLessThan(next.nodes.length - 1);
    expect(live.update(next)).toEqual(reportWithAvailability(next));
    expect(live.touched).not.toBe('all');
  });

  it('reads a connection drawn on the canvas into the middle of the edges, and the live analysis patches it rather than rebuilding', () => {
    const start = board();
    const doc = docOf({ ...start, edges: start.edges.map((edge, i) => ({ ...edge, id: `edge-${'aaaz'[i] ?? 'z'}${i}` })) });
    const reader = boardReaderOf(doc);
    const live = new LiveAnalysis(reader.read());
    addEdge(doc, { id: 'edge-m', from: 'web-server-aaaa', to: 'cache-zzzz', kind: 'sync' });
    const next = reader.read();
    expect(ids(next.edges).indexOf('edge-m')).toBeLessThan(next.edges.length - 1);
    expect(live.update(next)).toEqual(reportWithAvailability(next));
    expect(live.touched).not.toBe('all');
  });
});
