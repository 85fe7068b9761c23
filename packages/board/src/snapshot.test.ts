import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseBoard, type Board } from '@scaleboard/rules';
import { boardToDoc, docToBoard } from './snapshot';
import { addEdge, addNode, deleteElements, moveNodes, setNodeProp, setTitle, updateNode } from './edits';
import { nodesOf } from './layout';

const twitter: Board = {
  format: 'scaleboard/v1',
  title: 'Twitter at 300M MAU',
  assumptions: { monthlyActiveUsers: 300_000_000, dailyActiveRatio: 0.5, custom: 'kept' },
  nodes: [
    { id: 'lb', kind: 'load-balancer', label: 'LB', x: 0, y: 0, parent: 'public', props: { instances: 2 } },
    { id: 'public', kind: 'public-network', label: 'Public', x: -50, y: -50, width: 400, height: 300, props: {} },
    { id: 'web', kind: 'web-server', label: 'Web', x: 200, y: 0, props: {}, colour: 'teal' },
  ],
  edges: [{ id: 'e1', from: 'lb', to: 'web', kind: 'sync', label: 'HTTP' }],
  generator: { name: 'elsewhere' },
};

describe('board snapshot', () => {
  it('round-trips a board file through the live document, unknown fields included', () => {
    const doc = new Y.Doc();
    boardToDoc(twitter, doc);
    const back = docToBoard(doc);
    expect(back).toEqual({ ...twitter, nodes: [...twitter.nodes].sort((a, b) => a.id.localeCompare(b.id)) });
    expect(parseBoard(JSON.parse(JSON.stringify(back))).ok).toBe(true);
  });

  it('gives the same snapshot on two replicas after exchanging updates', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    a.on('update', (u: Uint8Array) => Y.applyUpdate(b, u));
    boardToDoc(twitter, a);
    moveNodes(a, [{ id: 'web', x: 10, y: 20 }]);
    setNodeProp(a, 'web', 'instances', 3);
    expect(docToBoard(b)).toEqual(docToBoard(a));
    expect(docToBoard(b).nodes.find((n) => n.id === 'web')).toMatchObject({ x: 10, y: 20, props: { instances: 3 } });
  });

  it('deletes connected edges and lifts children out of a deleted group', () => {
    const doc = new Y.Doc();
    boardToDoc(twitter, doc);
    addNode(doc, { id: 'db', kind: 'database', label: 'DB', x: 0, y: 0, props: {} });
    addEdge(doc, { id: 'e2', from: 'web', to: 'db', kind: 'sync' });
    deleteElements(doc, { nodes: ['public', 'db'] });
    const board = docToBoard(doc);
    expect(board.edges.map((e) => e.id)).toEqual(['e1']);
    expect(board.nodes.find((n) => n.id === 'lb')).toMatchObject({ x: -50, y: -50 });
    expect(board.nodes.find((n) => n.id === 'lb')?.parent).toBeUndefined();
    expect(nodesOf(doc).has('db')).toBe(false);
  });
});

describe('editing functions', () => {
  it('drop a NUL a paste may carry from labels and the title, which the server would refuse', () => {
    const doc = new Y.Doc();
    addNode(doc, { id: 'db', kind: 'database', label: 'Orders\u0000DB', x: 0, y: 0, props: {} });
    addEdge(doc, { id: 'e', from: 'db', to: 'db', kind: 'sync', label: 'S\u0000QL' });
    setTitle(doc, 'Shop\u0000');
    updateNode(doc, 'db', { label: 'Users\u0000DB' });
    const board = docToBoard(doc);
    expect(board.title).toBe('Shop');
    expect(board.nodes[0]?.label).toBe('UsersDB');
    expect(board.edges[0]?.label).toBe('SQL');
  });
});
