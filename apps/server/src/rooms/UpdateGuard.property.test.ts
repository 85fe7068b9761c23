import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addEdge, addNode, edgesOf, moveNodes, nodesOf, setNodeProp } from '@scaleboard/board';
import type { NodeKind } from '@scaleboard/rules';
import { UpdateGuard, type GuardVerdict } from './UpdateGuard';

// `accept` (check on the shadow, apply to the live document, the shadow not applying it again)
// against the path before it (`check`, then the live apply, which the shadow followed by applying
// the update a second time): on any stream of honest, hostile, withheld and garbage updates from
// concurrent clients, interleaved with changes that reach the live document past the guard (from
// the relay or the log, which the shadow must still follow), the same verdicts and the same live
// document.

/** Small limits, so streams reach MAX_BOARD_ELEMENTS and MAX_BOARD_BYTES too. */
const LIMITS = { maxBoardBytes: 3000, maxBoardElements: 8 };
const IDS = ['a', 'b', 'c', 'd', 'e'];
const KINDS: NodeKind[] = ['cache', 'web-server', 'database', 'region', 'note'];

type Edit = (doc: Y.Doc) => void;
const id = fc.constantFrom(...IDS);
const honest: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(id, fc.constantFrom(...KINDS), fc.option(id, { nil: undefined })).map(([node, kind, parent]) => (d: Y.Doc) => {
    addNode(d, { id: node, kind, label: node.toUpperCase(), x: 0, y: 0, ...(parent ? { parent } : {}), props: {} });
  }),
  fc.tuple(id, fc.integer(), fc.integer()).map(([node, x, y]) => (d: Y.Doc) => (nodesOf(d).has(node) ? moveNodes(d, [{ id: node, x, y }]) : undefined)),
  fc.tuple(id, fc.integer({ min: 1, max: 9 })).map(([node, n]) => (d: Y.Doc) => void setNodeProp(d, node, 'instances', n)),
  fc.tuple(id, id).map(([from, to]) => (d: Y.Doc) => void addEdge(d, { id: `${from}-${to}`, from, to, kind: 'sync' })),
  id.map((node) => (d: Y.Doc) => void nodesOf(d).delete(node)),
  fc.string({ maxLength: 400 }).map((label) => (d: Y.Doc) => void addNode(d, { id: 'big', kind: 'note', label, x: 0, y: 0, props: {} })),
);
/** Writes the board API refuses: only a hostile client sends them. */
const hostile: fc.Arbitrary<Edit> = fc.oneof(
  id.map((node) => (d: Y.Doc) => nodesOf(d).set(node, 'boom' as never)),
  id.map((node) => (d: Y.Doc) => nodesOf(d).get(node)?.set('x', '12')),
  id.map((node) => (d: Y.Doc) => nodesOf(d).get(node)?.set('kind', 'quantum')),
  id.map((node) => (d: Y.Doc) => nodesOf(d).get(node)?.set('parent', node)),
  id.map((node) => (d: Y.Doc) => edgesOf(d).set(`${node}-ghost`, new Y.Map<unknown>([['from', node], ['to', 'ghost'], ['kind', 'sync']]))),
  fc.tuple(id, fc.constantFrom(...KINDS)).map(([node, kind]) => (d: Y.Doc) => nodesOf(d).set(node, new Y.Map<unknown>([['kind', kind], ['label', 7], ['x', 0], ['y', 0]]))),
);

type Step =
  | { client: number; send: 'edit' | 'withhold' | 'relay'; edit: Edit }
  | { client: number; send: 'garbage'; bytes: Uint8Array }
  | { client: number; send: 'resync' };
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ client: fc.nat(2), send: fc.constant('edit' as const), edit: honest }) },
  { weight: 3, arbitrary: fc.record({ client: fc.nat(2), send: fc.constant('edit' as const), edit: hostile }) },
  { weight: 1, arbitrary: fc.record({ client: fc.nat(2), send: fc.constant('withhold' as const), edit: honest }) },
  { weight: 2, arbitrary: fc.record({ client: fc.nat(2), send: fc.constant('relay' as const), edit: honest }) },
  { weight: 1, arbitrary: fc.record({ client: fc.nat(2), send: fc.constant('garbage' as const), bytes: fc.uint8Array({ maxLength: 40 }) }) },
  { weight: 1, arbitrary: fc.record({ client: fc.nat(2), send: fc.constant('resync' as const) }) },
);

/** A live document and its guard, fed one way. */
function server(path: 'accept' | 'check then apply') {
  const live = new Y.Doc();
  const guard = new UpdateGuard(live, LIMITS);
  const take = (update: Uint8Array): GuardVerdict => {
    if (path === 'accept') return guard.accept(update, 'client');
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
  it('accepts and refuses exactly as check-then-apply did, leaving the same live document', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const before = server('check then apply');
        const now = server('accept');
        const clients = [0, 1, 2].map(() => new Y.Doc());
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
            if (s.send === 'withhold') continue; // a later update from this client depends on it
            if (s.send === 'relay') {
              before.relay(update);
              now.relay(update);
              continue;
            }
          }
          const expected = before.take(update);
          expect(now.take(update)).toEqual(expected);
          // A refused client is disconnected; it comes back with the server's board.
          if (!expected.ok) clients[s.client] = fork(before.live);
        }
        expect(Y.encodeStateAsUpdate(now.live)).toEqual(Y.encodeStateAsUpdate(before.live));
      }),
      { numRuns: 300 },
    );
  });
});
