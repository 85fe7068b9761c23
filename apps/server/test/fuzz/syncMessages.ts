import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { addNode, edgesOf, metaOf, moveNodes, nodesOf, setNodeProp } from '@scaleboard/board';
import { seededRandom } from '@scaleboard/rules';
import { encodeAwareness, encodeSyncStep1, encodeSyncUpdate } from '../../src/sync/yMessages';

const int = (random: () => number, max: number) => Math.floor(random() * max);
const bytes = (random: () => number, length: number) => Uint8Array.from({ length }, () => int(random, 256));

function message(...parts: Array<(e: encoding.Encoder) => void>): Uint8Array {
  const encoder = encoding.createEncoder();
  for (const part of parts) part(encoder);
  return encoding.toUint8Array(encoder);
}

/**
 * Hostile and broken sync messages, from one seed: random bytes, wrong message types, huge
 * varints, flipped and truncated updates, awareness garbage, and well-formed updates that
 * break the board layout. Valid edits are mixed in (the source of the mutations), made on the
 * attacker's own document, so some of what it sends is legitimately accepted.
 */
export function syncMessageFuzzer(seed: number) {
  const random = seededRandom(seed);
  const doc = new Y.Doc();
  const validUpdate = (): Uint8Array => {
    const before = Y.encodeStateVector(doc);
    const id = `f${int(random, 30)}`;
    const pick = int(random, 3);
    if (pick === 0 || !nodesOf(doc).has(id)) addNode(doc, { id, kind: 'cache', label: `F${int(random, 99)}`, x: int(random, 500), y: int(random, 500), props: {} });
    else if (pick === 1) moveNodes(doc, [{ id, x: int(random, 500), y: int(random, 500) }]);
    else setNodeProp(doc, id, 'instances', 1 + int(random, 5));
    return Y.encodeStateAsUpdate(doc, before);
  };
  /** Layout breakers on a throwaway fork, so the attacker's own document stays valid. */
  const layoutBreaker = (): Uint8Array => {
    const fork = new Y.Doc();
    Y.applyUpdate(fork, Y.encodeStateAsUpdate(doc));
    const before = Y.encodeStateVector(fork);
    const breakers = [
      () => nodesOf(fork).set(`bad${int(random, 9)}`, 'not a map' as never),
      () => nodesOf(fork).get(Array.from(nodesOf(fork).keys())[0] ?? '')?.set('x', 'left') ?? nodesOf(fork).set('x', 1 as never),
      () => nodesOf(fork).set('p', new Y.Map<unknown>([['props', 5]])),
      () => edgesOf(fork).set('e', [1, 2] as never),
      () => metaOf(fork).set('title', { nested: true }),
    ];
    breakers[int(random, breakers.length)]!();
    return Y.encodeStateAsUpdate(fork, before);
  };
  const mutate = (data: Uint8Array): Uint8Array => {
    const copy = data.slice();
    const how = int(random, 4);
    if (how === 0 && copy.length > 0)
      for (let i = 0; i < 1 + int(random, 4); i++) {
        const at = int(random, copy.length);
        copy[at] = (copy[at] ?? 0) ^ (1 << int(random, 8));
      }
    if (how === 1) return copy.slice(0, int(random, copy.length));
    if (how === 2 && copy.length > 0) copy[int(random, copy.length)] = 0xff;
    if (how === 3) return Uint8Array.from([...copy.slice(0, int(random, copy.length + 1)), ...bytes(random, 1 + int(random, 8))]);
    return copy;
  };
  const hugeVarint = (e: encoding.Encoder) => {
    for (let i = 0; i < 5 + int(random, 6); i++) encoding.writeUint8(e, 0x80 | int(random, 128));
    encoding.writeUint8(e, int(random, 128));
  };
  const kinds: Array<() => Uint8Array> = [
    () => bytes(random, int(random, 64)),
    () => message((e) => encoding.writeVarUint(e, 4 + int(random, 1000))),
    () => message((e) => encoding.writeVarUint(e, 0), (e) => encoding.writeVarUint(e, 3 + int(random, 50)), (e) => encoding.writeVarUint8Array(e, bytes(random, 4))),
    () => message((e) => encoding.writeVarUint(e, 0), (e) => encoding.writeVarUint(e, 2), hugeVarint),
    () => message((e) => encoding.writeVarUint(e, 0), (e) => encoding.writeVarUint(e, 2), (e) => encoding.writeVarUint8Array(e, mutate(validUpdate()))),
    () => mutate(encodeSyncUpdate(validUpdate())),
    () => encodeSyncUpdate(validUpdate()),
    () => encodeSyncUpdate(layoutBreaker()),
    () => mutate(encodeSyncStep1(doc)),
    () => encodeAwareness(mutate(Uint8Array.from([1, int(random, 200), int(random, 5), 2, 123, 125]))),
    () => message((e) => encoding.writeVarUint(e, 1), hugeVarint),
    () => new Uint8Array([3]),
  ];
  return (): Uint8Array => kinds[int(random, kinds.length)]!();
}
