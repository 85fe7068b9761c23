import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { changeProblem, storedNodeProblem } from './contract';
import { nodesOf } from './layout';

// `changeProblem` told which fields a change wrote (`written`, what the server's guard passes for
// every move) against the same check reading every touched node whole: on nodes that keep the
// contract or break it (a field, the parent, the kind), after writes of good and bad values to
// any field, the same verdict — except that a change which wrote only fields checked alone, and
// wrote them well, is not refused for what the rest of an already broken node holds.

const position = fc.oneof(fc.integer({ min: -50, max: 50 }), fc.double(), fc.constantFrom('12', null, -1, 0, 3.5));
/** A write of one field: good and bad values of each. */
const write = fc.oneof(
  fc.tuple(fc.constantFrom('x', 'y', 'width', 'height'), position),
  fc.tuple(fc.constant('label'), fc.constantFrom('Web', 'x'.repeat(300), 'a\u0000', 7)),
  fc.tuple(fc.constant('kind'), fc.constantFrom('web-server', 'region', 'quantum')),
  fc.tuple(fc.constant('parent'), fc.constantFrom('g', 'plain', 'ghost', 'n', null)),
  fc.tuple(fc.constant('extra'), fc.oneof(fc.string({ maxLength: 3 }), fc.integer())),
);
/** A node before the change: mostly one that keeps the contract, sometimes one that breaks it. */
const nodeFields = fc.record({
  kind: fc.oneof({ weight: 4, arbitrary: fc.constantFrom('web-server', 'region') }, { weight: 1, arbitrary: fc.constant('quantum') }),
  label: fc.oneof({ weight: 4, arbitrary: fc.constant('Web') }, { weight: 1, arbitrary: fc.constantFrom('x'.repeat(300), 'bad\u0000') }),
  x: fc.oneof({ weight: 4, arbitrary: fc.integer() }, { weight: 1, arbitrary: fc.constant('12') }),
  y: fc.integer(),
  width: fc.option(fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 9 }) }, { weight: 1, arbitrary: fc.constant(-1) }), { nil: undefined }),
  parent: fc.option(fc.constantFrom('g', 'n', 'ghost', 'plain'), { nil: undefined }),
});

function boardWith(fields: Record<string, unknown>): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    const nodes = nodesOf(doc);
    nodes.set('g', new Y.Map<unknown>([['kind', 'region'], ['label', 'G'], ['x', 0], ['y', 0]]));
    nodes.set('plain', new Y.Map<unknown>([['kind', 'cache'], ['label', 'C'], ['x', 0], ['y', 0]]));
    nodes.set('n', new Y.Map<unknown>(Object.entries(fields).filter(([, v]) => v !== undefined)));
  });
  return doc;
}

describe('changeProblem with the fields a change wrote', () => {
  it('gives the whole check’s verdict, refusing nothing more, and less only for what the node already broke', () => {
    fc.assert(
      fc.property(nodeFields, fc.array(write, { minLength: 1, maxLength: 3 }), (fields, writes) => {
        const before = boardWith(fields);
        const after = boardWith(fields);
        const written = new Set<string>();
        const node = nodesOf(after).get('n')!;
        after.transact(() => {
          for (const [key, v] of writes) {
            node.set(key, v);
            written.add(key);
          }
        });
        const touched = { nodes: new Set(['n']), edges: new Set<string>(), meta: new Set<string>(), rekinded: written.has('kind') ? new Set(['n']) : new Set<string>() };
        const whole = changeProblem(after, touched, before);
        const fast = changeProblem(after, { ...touched, written: new Map([['n', written]]) }, before);
        if (fast) expect(fast).toEqual(whole);
        const alreadyBroken = storedNodeProblem(nodesOf(before).get('n')) !== null;
        if (!alreadyBroken) expect(fast).toEqual(whole);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('still refuses a bad value in a written position field', () => {
    const before = boardWith({ kind: 'web-server', label: 'Web', x: 0, y: 0 });
    const after = boardWith({ kind: 'web-server', label: 'Web', x: 0, y: 0 });
    nodesOf(after).get('n')!.set('x', '12');
    const problem = changeProblem(after, { nodes: new Set(['n']), edges: new Set(), meta: new Set(), rekinded: new Set(), written: new Map([['n', new Set(['x'])]]) }, before);
    expect(problem?.reason).toBe('bad-field');
  });
});
