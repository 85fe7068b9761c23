import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseBoard, SKETCH_LIMITS, type Board } from '@scaleboard/rules';
import { BoardReader } from './BoardReader';
import { changeProblem } from './contract';
import { addNode, addSketch, deleteElements, moveSketches } from './edits';
import { sketchesOf } from './layout';
import { renderBoardSvg } from './render/renderBoardSvg';
import { sketchPaths, sketchPoints } from './render/sketchGeometry';
import { boardToDoc, docToBoard, readDoc } from './snapshot';
import { readBoardFile } from './files/readBoardFile';
import { restoreBoard } from './history/restoreBoard';

const sketched: Board = {
  format: 'scaleboard/v1',
  title: 'Fan-out',
  assumptions: {},
  nodes: [{ id: 'web', kind: 'web-server', label: 'Web', x: 200, y: 0, props: {} }],
  edges: [],
  sketches: [
    { id: 'a1', shape: 'arrow', x: 0, y: 100, points: [0, 0, 150, -60], to: 'web' },
    { id: 'r1', shape: 'rectangle', x: -20, y: -20, points: [0, 0, 120, 80], tint: 'kept' },
    { id: 's1', shape: 'stroke', x: 10, y: 10, points: [0, 0, 8, 3, 20, 9, 35, 12] },
  ],
};

describe('sketches in the board file and the live document', () => {
  it('round-trips a board with sketches through the live document, unknown fields included', () => {
    const doc = new Y.Doc();
    boardToDoc(sketched, doc);
    expect(docToBoard(doc)).toEqual(sketched);
    expect(parseBoard(JSON.parse(JSON.stringify(docToBoard(doc))))).toEqual({ ok: true, board: sketched });
  });

  it('reads an old board file without sketches exactly as before', () => {
    const { sketches: _gone, ...old } = sketched;
    const parsed = parseBoard(old);
    expect(parsed.ok && 'sketches' in parsed.board).toBe(false);
    const doc = new Y.Doc();
    if (parsed.ok) boardToDoc(parsed.board, doc);
    expect(docToBoard(doc)).toEqual(old);
  });

  it('refuses a board file past the sketch limits, naming the path', () => {
    const many = { ...sketched, sketches: Array.from({ length: SKETCH_LIMITS.MAX_SKETCHES + 1 }, (_, i) => ({ id: `s${i}`, shape: 'stroke', x: 0, y: 0, points: [0, 0] })) };
    expect(parseBoard(many)).toMatchObject({ ok: false, error: { path: 'sketches', message: expect.stringContaining('MAX_SKETCHES') } });
    const long = { ...sketched, sketches: [{ id: 's', shape: 'stroke', x: 0, y: 0, points: new Array(2 * SKETCH_LIMITS.MAX_STROKE_POINTS + 2).fill(0) }] };
    expect(parseBoard(long)).toMatchObject({ ok: false, error: { path: 'sketches[0].points', message: expect.stringContaining('MAX_STROKE_POINTS') } });
    expect(parseBoard({ ...sketched, sketches: [{ id: 's', shape: 'stroke', x: 0, y: 0, points: [0.25, 1] }] })).toMatchObject({ ok: false, error: { path: 'sketches[0].points[0]' } });
  });

  it('leaves a malformed stored sketch out of the board, counted, and keeps the rest', () => {
    const doc = new Y.Doc();
    boardToDoc(sketched, doc);
    sketchesOf(doc).set('bad', new Y.Map<unknown>([['shape', 'stroke'], ['points', 'not points']]));
    const reading = readDoc(doc);
    expect(reading.skipped.sketches).toBe(1);
    expect(reading.board.sketches?.map((s) => s.id)).toEqual(['a1', 'r1', 's1']);
  });

  it('restores a version’s sketches in one undoable step, writing only what differs', () => {
    const doc = new Y.Doc();
    const me = {};
    const undo = new Y.UndoManager([sketchesOf(doc)], { trackedOrigins: new Set([me]) });
    const now: Board = { ...sketched, sketches: [{ id: 's1', shape: 'stroke', x: 99, y: 10, points: [0, 0, 1, 1] }, { id: 'z9', shape: 'ellipse', x: 0, y: 0, points: [0, 0, 30, 20] }] };
    boardToDoc(now, doc);
    const untouched = sketchesOf(doc).get('s1');
    restoreBoard(doc, sketched, me);
    expect(docToBoard(doc)).toEqual(sketched);
    expect(sketchesOf(doc).get('s1')).toBe(untouched);
    undo.undo();
    expect(docToBoard(doc).sketches).toEqual(now.sketches);
  });

  it('keeps BoardReader equal to readDoc through sketch edits', () => {
    const doc = new Y.Doc();
    const reader = new BoardReader(doc);
    boardToDoc(sketched, doc);
    expect(reader.reading()).toEqual(readDoc(doc));
    moveSketches(doc, [{ id: 's1', x: 50, y: 60 }]);
    deleteElements(doc, { sketches: ['r1'] });
    expect(reader.reading()).toEqual(readDoc(doc));
    expect(reader.read().sketches?.find((s) => s.id === 's1')).toMatchObject({ x: 50, y: 60 });
    reader.dispose();
  });

  it('writes only sketches that keep the contract, and the contract checks what a change touched', () => {
    const doc = new Y.Doc();
    addNode(doc, { id: 'web', kind: 'web-server', label: 'Web', x: 0, y: 0, props: {} });
    expect(addSketch(doc, { id: 'a', shape: 'arrow', x: 0, y: 0, points: [0, 0, 10, 10], from: 'ghost' })?.reason).toBe('missing-end');
    expect(addSketch(doc, { id: 'e', shape: 'ellipse', x: 0, y: 0, points: [0, 0, 10] })?.reason).toBe('bad-field');
    expect(sketchesOf(doc).size).toBe(0);
    expect(addSketch(doc, { id: 'a', shape: 'arrow', x: 0, y: 0, points: [0, 0, 10, 10], from: 'web' })).toBeNull();
    const touched = { nodes: new Set<string>(), edges: new Set<string>(), meta: new Set<string>(), rekinded: new Set<string>(), sketches: new Set(['a']) };
    expect(changeProblem(doc, touched)).toBeNull();
    sketchesOf(doc).get('a')!.set('points', [0, 0, 1, 2, 3, 4]);
    expect(changeProblem(doc, touched)).toMatchObject({ reason: 'bad-field', message: expect.stringContaining('sketch "a": points') });
  });
});

describe('drawing sketches', () => {
  it('draws every sketch into the SVG export, the stroke as a filled pen outline', () => {
    const svg = renderBoardSvg(sketched);
    expect(svg.match(/data-sketch="/g)).toHaveLength(3);
    expect(svg).toContain('data-sketch="stroke"');
    expect(svg).toContain(sketchPaths(sketched.sketches![2]!).fill);
  });

  it('ends an attached arrow on its component’s border, and a free end where it was drawn', () => {
    const box = { x: 200, y: 0, width: 176, height: 56 };
    const [start, end] = sketchPoints(sketched.sketches![0]!, (id) => (id === 'web' ? box : undefined));
    expect(start).toEqual([0, 100]);
    // From the box's centre (288, 28) towards the free end, the line leaves through the left side.
    expect(end).toEqual([200, 50]);
  });

  it('puts the sketches in the picture’s bounds and in a selection’s embedded board', () => {
    const only = renderBoardSvg({ ...sketched, nodes: [], sketches: [{ id: 's', shape: 'stroke', x: 500, y: 500, points: [0, 0, 100, 40] }] }, { padding: 0 });
    expect(only).toMatch(/viewBox="488 488 124 64"/);
    const selected = renderBoardSvg(sketched, { selection: ['s1'] });
    const embedded = readBoardFile(new TextEncoder().encode(selected));
    expect(embedded.ok && embedded.board.sketches?.map((s) => s.id)).toEqual(['s1']);
  });
});
