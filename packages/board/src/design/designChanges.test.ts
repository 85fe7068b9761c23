import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseBoard, type Board } from '@scaleboard/rules';
import { boardToMermaid } from '../mermaid/boardToMermaid';
import { addNode, updateNode } from '../edits';
import { boardToDoc, readDoc } from '../snapshot';
import { boardToText } from '../text/boardToText';
import { applyDesignText } from './applyDesignChanges';
import { designChanges } from './designChanges';
import { designKey } from './designKey';
import { describeDesignProblem } from './describeDesignProblem';

/** A small board with places of its own: a balancer, a web server in a region, a database. */
function shop(): Board {
  const parsed = parseBoard({
    format: 'scaleboard/v1',
    title: 'Shop',
    nodes: [
      { id: 'lb', kind: 'load-balancer', label: 'LB', x: 10, y: 20, props: { instances: 2 } },
      { id: 'dc', kind: 'region', label: 'Region', x: 300, y: 0, width: 500, height: 300, props: {} },
      { id: 'web', kind: 'web-server', label: 'Web', x: 40, y: 80, parent: 'dc', props: { instances: 3, tags: ['a'] } },
      { id: 'db', kind: 'database', label: 'Orders', x: 1000, y: 40, props: {} },
    ],
    edges: [
      { id: 'e1', from: 'lb', to: 'web', kind: 'sync', label: 'HTTP' },
      { id: 'web-db', from: 'web', to: 'db', kind: 'sync' },
    ],
  });
  if (!parsed.ok) throw new Error('the test board is invalid');
  return parsed.board;
}

function changesOf(board: Board, text: string, format: 'text' | 'mermaid' = 'text') {
  const result = designChanges(board, text, format);
  if (!result.ok) throw new Error(describeDesignProblem(result.problem, 'en'));
  return result.changes;
}

const NOTHING = { addNodes: [], updateNodes: [], removeNodes: [], addEdges: [], updateEdges: [], removeEdges: [] };

describe('designChanges: the smallest set of changes a text makes to a board', () => {
  it('changes nothing when the text is the board written out, in either format', () => {
    const board = shop();
    expect(changesOf(board, boardToText(board))).toEqual(NOTHING);
    expect(changesOf(board, boardToMermaid(board), 'mermaid')).toEqual(NOTHING);
  });

  it('adds a typed component and a connection, keeping every existing id and position, and lays out only the new one beside its neighbour', () => {
    const board = shop();
    const changes = changesOf(board, `${boardToText(board)}cache: "Redis"\nweb -> cache "read"\n`);
    expect(changes.updateNodes).toEqual([]);
    expect(changes.removeNodes).toEqual([]);
    expect(changes.removeEdges).toEqual([]);
    expect(changes.addNodes).toHaveLength(1);
    const cache = changes.addNodes[0]!;
    expect(cache).toMatchObject({ id: 'cache', kind: 'cache', label: 'Redis' });
    // Beside the web server (absolute 340, 80), in the text format's left-to-right flow, clear of the database at x 1000.
    expect(cache.x).toBeGreaterThan(340 + 176);
    expect(Math.abs(cache.y - 80)).toBeLessThan(400);
    expect(changes.addEdges).toEqual([{ id: 'e3', from: 'web', to: 'cache', kind: 'sync', label: 'read' }]);
  });

  it('renames, retypes, changes props and removes, touching only what the text changed', () => {
    const board = shop();
    const text = boardToText(board).replace('"Orders"', '"Orders DB"').replace('{instances: 2}', '{instances: 4}').replace(/^lb -> web "HTTP"$/m, '');
    const changes = changesOf(board, text);
    expect(changes.updateNodes).toEqual([
      { id: 'lb', fields: {}, props: { instances: 4 } },
      { id: 'db', fields: { label: 'Orders DB' } },
    ]);
    expect(changes.removeEdges).toEqual(['e1']);
    expect(changes).toMatchObject({ addNodes: [], removeNodes: [], addEdges: [], updateEdges: [] });
  });

  it('keeps the props the text format cannot hold, and Mermaid (which writes no props) keeps them all', () => {
    const board = shop();
    const text = boardToText(board).replace('web: web-server "Web" {instances: 3}', 'web: web-server "Web"');
    expect(changesOf(board, text).updateNodes).toEqual([{ id: 'web', fields: {}, props: { tags: ['a'] } }]);
    expect(changesOf(board, boardToMermaid(board).replace('"Web"', '"Frontend"'), 'mermaid').updateNodes).toEqual([{ id: 'web', fields: { label: 'Frontend' } }]);
  });

  it('matches a component whose id the board lacks by its label, and connections by their ends when Mermaid renumbers them', () => {
    const board = shop();
    const mermaid = 'flowchart LR\n  balancer["LB"]:::load-balancer --> web["Web"]:::web-server\n  web --> db[("Orders")]:::database\n  subgraph dc["Region"]\n    web\n  end\n  class dc region\n';
    const changes = changesOf(board, mermaid, 'mermaid');
    expect(changes.addNodes).toEqual([]);
    expect(changes.removeNodes).toEqual([]);
    expect(changes.addEdges).toEqual([]);
    expect(changes.removeEdges).toEqual([]);
    // The Mermaid edge of web → db is its second (e2); the board's keeps its own id and loses nothing.
    expect(changes.updateEdges).toEqual([{ id: 'e1', fields: { label: undefined } }]);
  });

  it('moving a component into a group keeps where it is drawn (its position becomes relative to the group)', () => {
    const board = shop();
    const text = boardToText(board).replace('db: database "Orders"', '').replace('  web: web-server', '  db: database "Orders"\n  web: web-server');
    expect(changesOf(board, text).updateNodes).toEqual([{ id: 'db', fields: { parent: 'dc', x: 700 } }]);
  });

  it('a new group around an existing component is drawn around it, which stays where it is drawn; a new member of an existing group goes inside it', () => {
    const board = shop();
    const changes = changesOf(board, `${boardToText(board)}group edge: public-network { lb }\nsessions: session-store in dc\n`);
    const edge = changes.addNodes.find((node) => node.id === 'edge')!;
    const lbUpdate = changes.updateNodes.find((update) => update.id === 'lb')!;
    expect(lbUpdate.fields.parent).toBe('edge');
    // lb was drawn at (10, 20): relative to the group drawn around it, plus the group's place, it still is.
    expect(edge.x + (lbUpdate.fields.x ?? 10)).toBe(10);
    expect(edge.y + (lbUpdate.fields.y ?? 20)).toBe(20);
    expect(edge.width).toBeGreaterThanOrEqual(176);
    const sessions = changes.addNodes.find((node) => node.id === 'sessions')!;
    expect(sessions.parent).toBe('dc');
    expect([sessions.x, sessions.y].every((v) => v >= 0 && v < 500)).toBe(true);
  });

  it('a text that does not parse, or makes a board the schema refuses, changes nothing and says where', () => {
    const board = shop();
    const written = boardToText(board);
    const bad = designChanges(board, `${written}cache: "Redis" {\n`, 'text');
    expect(bad.ok).toBe(false);
    const badLine = written.split('\n').length;
    if (!bad.ok) expect(describeDesignProblem(bad.problem, 'en')).toBe(`line ${badLine}, column 17: expected a property name, found the end of the line`);
    const invalid = designChanges(board, boardToText(board).replace('{instances: 2}', '{instances: 0}'), 'text');
    expect(invalid.ok).toBe(false);
    if (!invalid.ok) expect(invalid.problem).toMatchObject({ line: 3, column: 1 }) // title, a blank line, then lb;
    const tooLong = designChanges(board, 'x'.repeat(500_001), 'text');
    expect(tooLong.ok).toBe(false);
  });

  it('on a 1,000-component board, one new line is one new component and one connection: nothing else is touched or laid out again', () => {
    const nodes = Array.from({ length: 1000 }, (_, i) => ({ id: `n${i}`, kind: 'web-server', label: `Server ${i}`, x: (i % 40) * 220, y: Math.floor(i / 40) * 120, props: {} }));
    const edges = nodes.slice(1).map((node, i) => ({ id: `e${i + 1}`, from: `n${i}`, to: node.id, kind: 'sync' }));
    const parsed = parseBoard({ format: 'scaleboard/v1', nodes, edges });
    if (!parsed.ok) throw new Error('the big board is invalid');
    const board = parsed.board;
    const changes = changesOf(board, `${boardToText(board)}queue: message-queue\nn500 ~> queue\n`);
    expect(changes).toMatchObject({ updateNodes: [], removeNodes: [], updateEdges: [], removeEdges: [] });
    expect(changes.addNodes.map((node) => node.id)).toEqual(['queue']);
    expect(changes.addEdges).toEqual([{ id: 'e1000', from: 'n500', to: 'queue', kind: 'async' }]);
    const queue = changes.addNodes[0]!;
    const boxes = board.nodes.map((node) => ({ x: node.x, y: node.y, width: 176, height: 56 }));
    expect(boxes.some((box) => queue.x < box.x + box.width && box.x < queue.x + 176 && queue.y < box.y + box.height && box.y < queue.y + 56)).toBe(false);
  });
});

describe('designKey: what a board says in a format', () => {
  it('leaves out order and positions (and, for Mermaid, props and connection ids), never a label', () => {
    const board = shop();
    const shuffled = { ...board, nodes: [...board.nodes].reverse().map((node) => ({ ...node, x: node.x + 50 })), edges: board.edges.map((edge, i) => ({ ...edge, id: `x${i}` })) };
    expect(designKey(shuffled, 'mermaid')).toBe(designKey(board, 'mermaid'));
    expect(designKey(shuffled, 'text')).not.toBe(designKey(board, 'text'));
    expect(designKey({ ...board, nodes: [...board.nodes].reverse() }, 'text')).toBe(designKey(board, 'text'));
    const renamed = { ...board, nodes: board.nodes.map((node) => (node.id === 'db' ? { ...node, label: 'Orders DB' } : node)) };
    expect(designKey(renamed, 'mermaid')).not.toBe(designKey(board, 'mermaid'));
  });
});

describe('applyDesignText: a text edit on the live document', () => {
  function live(board = shop()) {
    const doc = new Y.Doc();
    boardToDoc(board, doc);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    return { doc, updates };
  }

  it('writes the changes in one transaction, one undo step of its origin', () => {
    const { doc, updates } = live();
    const me = { user: 'ada' };
    const undo = new Y.UndoManager([doc.getMap('nodes'), doc.getMap('edges'), doc.getMap('meta')], { trackedOrigins: new Set([me]) });
    const before = readDoc(doc).board;
    const text = `${boardToText(before).replace('"Orders"', '"Orders DB"')}cache: "Redis"\nweb -> cache\n`;
    const result = applyDesignText(doc, before, text, 'text', me);
    expect(result.ok).toBe(true);
    expect(updates).toHaveLength(1);
    const after = readDoc(doc).board;
    expect(after.nodes.map((node) => node.label).sort()).toEqual(['LB', 'Orders DB', 'Redis', 'Region', 'Web']);
    expect(after.nodes.find((node) => node.id === 'lb')).toMatchObject({ x: 10, y: 20 });
    expect(after.edges.map((edge) => `${edge.from}>${edge.to}`)).toContain('web>cache');
    undo.undo();
    expect(readDoc(doc).board.nodes.map((node) => node.label).sort()).toEqual(['LB', 'Orders', 'Region', 'Web']);
  });

  it('writes only what the person changed in their text: what someone else changed meanwhile stays', () => {
    const { doc } = live();
    const base = readDoc(doc).board;
    const text = boardToText(base).replace('"Orders"', '"Orders DB"');
    updateNode(doc, 'lb', { label: 'Edge' });
    addNode(doc, { id: 'bobs', kind: 'cache', label: 'Bob cache', x: 0, y: 600, props: {} });
    const result = applyDesignText(doc, base, text, 'text');
    expect(result.ok).toBe(true);
    expect(readDoc(doc).board.nodes.map((node) => node.label).sort()).toEqual(['Bob cache', 'Edge', 'Orders DB', 'Region', 'Web']);
  });

  it('a parse error writes nothing', () => {
    const { doc, updates } = live();
    const result = applyDesignText(doc, readDoc(doc).board, 'lb -> ', 'text');
    expect(result.ok).toBe(false);
    expect(updates).toHaveLength(0);
  });

  it('never reuses the id of an element the document holds but could not read', () => {
    const { doc } = live();
    doc.getMap('nodes').set('cache', 'not an element');
    const board = readDoc(doc).board;
    const result = applyDesignText(doc, board, `${boardToText(board)}cache: "Redis"\n`, 'text');
    expect(result.ok && result.changes.addNodes.map((node) => node.id)).toEqual(['cache-2']);
    expect(doc.getMap('nodes').get('cache')).toBe('not an element');
  });
});
