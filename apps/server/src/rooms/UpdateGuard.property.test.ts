import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addEdge, addNode, edgesOf, moveNodes, nodesOf, setNodeProp } from '@scaleboard/board';
import type { NodeKind } from '@scaleboard/rules';
import { onlyWritesNodeFields } from './onlyWritesNodeFields';
import { UpdateGuard, type GuardVerdict } from './UpdateGuard';

// `accept` (moves and resizes it can prove keep the contract taken without the shadow, the rest
// checked on the shadow, which catches up with the live document only then, and applied to the
// live document, the shadow not applying it again) against `accept` with no fast path (every
// update checked on the shadow) and against the path before both (`check`, then the live apply,
// which the shadow followed by applying the update a second time): on any stream of honest,
// hostile, withheld and garbage updates from concurrent clients, interleaved with changes that
// reach the live document past the guard (from the relay or the log, which the shadow must still
// follow), the same verdicts and the same live document.

/** Small limits, so streams reach MAX_BOARD_ELEMENTS and MAX_BOARD_BYTES too. */
const LIMITS = { maxBoardBytes: 3000, maxBoardElements: 8 };
const IDS = ['a', 'b', 'c', 'd', 'e'];
/** FC_RUNS=3000 (and FC_SEED) for a long local run. */
const NUM_RUNS = Number(process.env.FC_RUNS ?? 300);
const KINDS: NodeKind[] = ['cache', 'web-server', 'database', 'region', 'note'];

/** The board every stream starts from (loaded, as a room loads it): a group, a node in it, a note. */
const SEED = (() => {
  const doc = new Y.Doc();
  addNode(doc, { id: 'a', kind: 'region', label: 'A', x: 0, y: 0, props: {} });
  addNode(doc, { id: 'b', kind: 'cache', label: 'B', x: 10, y: 10, parent: 'a', props: {} });
  addNode(doc, { id: 'c', kind: 'note', label: 'C', x: 20, y: 0, props: {} });
  return Y.encodeStateAsUpdate(doc);
})();

type Edit = (doc: Y.Doc) => void;
/** The node as a map, if the client holds it as one (a hostile client's write may have made it something else). */
const nodeOf = (d: Y.Doc, node: string): Y.Map<unknown> | undefined => {
  const value: unknown = nodesOf(d).get(node);
  return value instanceof Y.Map ? (value as Y.Map<unknown>) : undefined;
};
const isNode = (d: Y.Doc, node: string) => nodeOf(d, node) !== undefined;
const id = fc.constantFrom(...IDS);
const honest: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(id, fc.constantFrom(...KINDS), fc.option(id, { nil: undefined })).map(([node, kind, parent]) => (d: Y.Doc) => {
    addNode(d, { id: node, kind, label: node.toUpperCase(), x: 0, y: 0, ...(parent ? { parent } : {}), props: {} });
  }),
  fc.tuple(id, fc.integer({ min: 1, max: 9 })).map(([node, n]) => (d: Y.Doc) => void setNodeProp(d, node, 'instances', n)),
  fc.tuple(id, id).map(([from, to]) => (d: Y.Doc) => void addEdge(d, { id: `${from}-${to}`, from, to, kind: 'sync' })),
  id.map((node) => (d: Y.Doc) => void nodesOf(d).delete(node)),
  fc.string({ maxLength: 400 }).map((label) => (d: Y.Doc) => void addNode(d, { id: 'big', kind: 'note', label, x: 0, y: 0, props: {} })),
  // A move made with a deletion in one transaction.
  fc.tuple(id, id, fc.integer()).map(([moved, deleted, x]) => (d: Y.Doc) => d.transact(() => {
    if (isNode(d, moved)) moveNodes(d, [{ id: moved, x, y: x }]);
    nodesOf(d).delete(deleted);
  })),
);
/** Moves of one node or several, and resizes: what the fast path takes when it can. */
const moves: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(id, fc.integer(), fc.integer()).map(([node, x, y]) => (d: Y.Doc) => (isNode(d, node) ? moveNodes(d, [{ id: node, x, y }]) : undefined)),
  fc.tuple(id, id, fc.double({ noNaN: true }), fc.integer()).map(([a, b, x, y]) => (d: Y.Doc) => moveNodes(d, [a, b].filter((n) => isNode(d, n)).map((n) => ({ id: n, x, y })))),
  fc.tuple(id, fc.constantFrom('width', 'height'), fc.integer({ min: 1, max: 900 })).map(([node, field, size]) => (d: Y.Doc) => void nodeOf(d, node)?.set(field, size)),
);
/** Writes the board API refuses: only a hostile client sends them. */
const hostile: fc.Arbitrary<Edit> = fc.oneof(
  id.map((node) => (d: Y.Doc) => nodesOf(d).set(node, 'boom' as never)),
  id.map((node) => (d: Y.Doc) => nodeOf(d, node)?.set('x', '12')),
  id.map((node) => (d: Y.Doc) => nodeOf(d, node)?.set('kind', 'quantum')),
  id.map((node) => (d: Y.Doc) => nodeOf(d, node)?.set('parent', node)),
  id.map((node) => (d: Y.Doc) => edgesOf(d).set(`${node}-ghost`, new Y.Map<unknown>([['from', node], ['to', 'ghost'], ['kind', 'sync']]))),
  fc.tuple(id, fc.constantFrom(...KINDS)).map(([node, kind]) => (d: Y.Doc) => nodesOf(d).set(node, new Y.Map<unknown>([['kind', kind], ['label', 7], ['x', 0], ['y', 0]]))),
  // What the fast path must leave to the shadow: fields written badly or deleted, a move that deletes more.
  fc.tuple(id, fc.constantFrom('x', 'y', 'width', 'height'), fc.oneof(fc.double(), fc.string({ maxLength: 3 }), fc.constant(null), fc.constant(-1))).map(([node, field, value]) => (d: Y.Doc) => void nodeOf(d, node)?.set(field, value)),
  fc.tuple(id, fc.constantFrom('x', 'width', 'kind', 'label')).map(([node, field]) => (d: Y.Doc) => nodeOf(d, node)?.delete(field)),
  fc.tuple(id, fc.constantFrom('kind', 'label', 'parent', 'props')).map(([node, field]) => (d: Y.Doc) => d.transact(() => {
    if (isNode(d, node)) moveNodes(d, [{ id: node, x: 3, y: 3 }]);
    nodeOf(d, node)?.delete(field);
  })),
);

type Step =
  | { client: number; send: 'edit' | 'withhold' | 'relay'; edit: Edit }
  | { client: number; send: 'garbage'; bytes: Uint8Array }
  /** A move with one byte changed: origins, clocks, clients, keys and values a hostile client crafted. */
  | { client: number; send: 'tampered'; edit: Edit; at: number; byte: number }
  | { client: number; send: 'resync' };
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ client: fc.nat(2), send: fc.constant('edit' as const), edit: honest }) },
  { weight: 6, arbitrary: fc.record({ client: fc.nat(2), send: fc.constant('edit' as const), edit: moves }) },
  { weight: 1, arbitrary: fc.record({ client: fc.nat(2), send: fc.constant('relay' as const), edit: moves }) },
  { weight: 3, arbitrary: fc.record({ client: fc.nat(2), send: fc.constant('edit' as const), edit: hostile }) },
  { weight: 1, arbitrary: fc.record({ client: fc.nat(2), send: fc.constant('withhold' as const), edit: honest }) },
  { weight: 2, arbitrary: fc.record({ client: fc.nat(2), send: fc.constant('relay' as const), edit: honest }) },
  { weight: 1, arbitrary: fc.record({ client: fc.nat(2), send: fc.constant('garbage' as const), bytes: fc.uint8Array({ maxLength: 40 }) }) },
  { weight: 1, arbitrary: fc.record({ client: fc.nat(2), send: fc.constant('resync' as const) }) },
  { weight: 3, arbitrary: fc.record({ client: fc.nat(2), send: fc.constant('tampered' as const), edit: moves, at: fc.nat(), byte: fc.nat(255) }) },
);

/** A live document and its guard, fed one way. */
function server(path: 'accept' | 'accept, no fast path' | 'check then apply') {
  const live = new Y.Doc();
  const guard = new UpdateGuard(live, LIMITS, undefined, { fastPath: path === 'accept' });
  Y.applyUpdate(live, SEED);
  const take = (update: Uint8Array): GuardVerdict => {
    if (path !== 'check then apply') return guard.accept(update, 'client');
    const verdict = guard.check(update);
    if (verdict.ok) Y.applyUpdate(live, update, 'client');
    return verdict;
  };
  /** Another instance's change, as the relay delivers it: straight to the live document. */
  const relay = (update: Uint8Array) => Y.applyUpdate(live, update, 'relay');
  return { live, take, relay };
}

const fork = (from: Y.Doc) => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(from));
  return doc;
};

describe('UpdateGuard.accept', () => {
  it('accepts and refuses exactly as check-then-apply and the slow path alone do, leaving the same live document', () => {
    let fast = 0;
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40, size: 'medium' }), (steps) => {
        const before = server('check then apply');
        const slow = server('accept, no fast path');
        const now = server('accept');
        const clients = [0, 1, 2].map(() => fork(before.live));
        for (const s of steps) {
          if (s.send === 'resync') {
            clients[s.client] = fork(before.live);
            continue;
          }
          let update: Uint8Array;
          if (s.send === 'garbage') update = s.bytes;
          else {
            const client = clients[s.client]!;
            const vector = Y.encodeStateVector(client);
            s.edit(client);
            update = Y.encodeStateAsUpdate(client, vector);
            if (s.send === 'tampered' && update.byteLength > 0) update[s.at % update.byteLength] = s.byte;
            if (s.send === 'withhold') continue; // a later update from this client depends on it
            if (s.send === 'relay') {
              before.relay(update);
              slow.relay(update);
              now.relay(update);
              continue;
            }
          }
          if (onlyWritesNodeFields(now.live, update)) fast += 1;
          const expected = before.take(update);
          expect(slow.take(update)).toEqual(expected);
          expect(now.take(update)).toEqual(expected);
          // A refused client is disconnected; it comes back with the server's board. So does one
          // whose document is not what it sent.
          if (!expected.ok || s.send === 'tampered') clients[s.client] = fork(before.live);
        }
        expect(Y.encodeStateAsUpdate(slow.live)).toEqual(Y.encodeStateAsUpdate(before.live));
        expect(Y.encodeStateAsUpdate(now.live)).toEqual(Y.encodeStateAsUpdate(before.live));
      }),
      { numRuns: NUM_RUNS, ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}) },
    );
    // The streams reach the fast path, or this compares the slow path with itself.
    expect(fast).toBeGreaterThan(NUM_RUNS);
    // About 25 ms a run on a quiet machine: room for a loaded one, and for FC_RUNS.
  }, NUM_RUNS * 100);
});
