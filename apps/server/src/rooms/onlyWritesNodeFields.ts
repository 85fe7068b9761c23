import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { fieldWritesKeepContract, nodesOf } from '@scaleboard/board';
import type { DecodedUpdate } from '../sync/yMessages';

/** Past this an update is not a move (a move of 100 nodes is ~5 KB): decoding it only to check it whole would cost twice. */
const MOST_BYTES = 16 * 1024;
/** Stored structs a delete set may name before the question goes to the shadow: a move names two per node. */
const MOST_DELETED_STRUCTS = 1024;

type NodeMap = Y.AbstractType<unknown>;
/** One field of one node: where a written value goes. */
interface Slot {
  node: NodeMap;
  field: string;
}

/**
 * Whether `update` provably does nothing to `live` but write single values to fields of nodes it
 * already holds, each value keeping the contract (`fieldWritesKeepContract`: x, y, width, height,
 * each to its own schema, on a node whose parent is fine) — a move or a resize — and whether the
 * live document integrates all of it at once (nothing pending). Told from the update's structs and
 * the live document before it is applied, with no copy of either; `false` means only "check it
 * on the shadow", never "refuse it".
 *
 * What makes it provable: every struct is an item of one plain value that goes to the right end of
 * its key (its left origin is that key's current entry in `live`, or an earlier item of this
 * update that became it; no right origin), so Yjs makes it the key's value and deletes the old
 * one, with no conflict to resolve; its clock is the next its client has, so nothing is pending or
 * already known; each client's items come in one block, as Yjs writes them (its apply keeps only
 * the last block of a client named twice, where the decoder reads every block); the delete set names only structs that are deleted already or that this update
 * overwrites, so it deletes nothing more. A decoded item with an origin carries no parent: Yjs
 * takes it from the origin, and so does this.
 *
 * `decoded`: `update` as `Y.decodeUpdate` read it already (the message's decode), so it is not read twice.
 *
 * @example if (onlyWritesNodeFields(live, update)) Y.applyUpdate(live, update) // else check it on the shadow first
 */
export function onlyWritesNodeFields(live: Y.Doc, update: Uint8Array, decoded?: DecodedUpdate): boolean {
  if (update.byteLength > MOST_BYTES) return false;
  try {
    return judge(live, decoded ?? Y.decodeUpdate(update), decoding.readVarUint(decoding.createDecoder(update)));
  } catch {
    // Unreadable: the shadow finds out why, and says it as it always has.
    return false;
  }
}

/** `blocks`: how many clients' blocks of structs the update says it holds. */
function judge(live: Y.Doc, { structs, ds }: DecodedUpdate, blocks: number): boolean {
  if (structs.length === 0) return false;
  const writes = new FieldWrites(live);
  for (const struct of structs) if (!writes.add(struct)) return false;
  // One block of structs per client, as Yjs writes them: its apply keeps only the last block of a
  // client named twice (the decoder reads both), so what it integrated could differ from the above.
  return writes.clients === blocks && deletesNothingMore(live.store, ds, writes.overwritten) && writes.keepContract();
}

/** An update's items, followed as Yjs would integrate them into the live document, as far as that is sure. */
class FieldWrites {
  /** Entries of the live document this update replaces: Yjs deletes them as it integrates it. */
  readonly overwritten = new Set<Y.AbstractStruct>();
  private readonly store: Y.Doc['store'];
  private readonly nodes: NodeMap;
  /** Each client's next clock: the live document's state, then past this update's items. */
  private readonly next = new Map<number, number>();
  /** Per node, the item of this update that is each written field's entry now. */
  private readonly writes = new Map<NodeMap, Map<string, Y.Item>>();
  /** This update's items by id, and where each went. */
  private readonly own = new Map<string, Slot & { item: Y.Item }>();

  constructor(private readonly live: Y.Doc) {
    this.store = live.store;
    this.nodes = nodesOf(live) as unknown as NodeMap;
  }

  get clients(): number {
    return this.next.size;
  }

  /** Follows one struct; false when it is not a single value Yjs surely makes a node field's entry. */
  add(struct: Y.Item | Y.GC | Y.Skip): boolean {
    if (!(struct instanceof Y.Item) || struct.rightOrigin !== null || !(struct.content instanceof Y.ContentAny) || struct.content.arr.length !== 1) return false;
    const { client, clock } = struct.id;
    if (clock !== (this.next.get(client) ?? Y.getState(this.store, client))) return false;
    this.next.set(client, clock + 1);
    const slot = struct.origin === null ? this.firstSlot(struct) : this.slotAfter(struct.origin);
    if (!slot) return false;
    let fields = this.writes.get(slot.node);
    if (!fields) this.writes.set(slot.node, (fields = new Map()));
    fields.set(slot.field, struct);
    this.own.set(`${client}:${clock}`, { node: slot.node, field: slot.field, item: struct });
    return true;
  }

  /** Whether every node's written values keep the contract (the contract's rule for such writes). */
  keepContract(): boolean {
    for (const [node, fields] of this.writes) {
      const values = new Map<string, unknown>();
      for (const [field, item] of fields) values.set(field, (item.content as Y.ContentAny).arr[0]);
      if (!fieldWritesKeepContract(this.live, node._item!.parentSub!, values)) return false;
    }
    return true;
  }

  /** Where an item with a left origin goes: after that key's current entry, or nowhere this can tell. */
  private slotAfter(origin: Y.ID): Slot | null {
    const mine = this.own.get(`${origin.client}:${origin.clock}`);
    if (mine) return this.entryOf(mine) === mine.item ? mine : null;
    if (!this.known(origin)) return null;
    const left = Y.getItem(this.store, origin);
    if (!(left instanceof Y.Item) || left.id.clock + left.length - 1 !== origin.clock || left.parentSub === null || !this.isLiveNode(left.parent)) return null;
    const slot = { node: left.parent, field: left.parentSub };
    if (this.entryOf(slot) !== left) return null;
    this.overwritten.add(left);
    return slot;
  }

  /** Where an item without origins goes: a key its node never had (else Yjs would resolve a conflict). */
  private firstSlot(item: Y.Item): Slot | null {
    if (!(item.parent instanceof Y.ID) || item.parentSub === null || !this.known(item.parent)) return null;
    const holder = Y.getItem(this.store, item.parent);
    if (!(holder instanceof Y.Item) || holder.id.clock !== item.parent.clock || !(holder.content instanceof Y.ContentType)) return null;
    const node = holder.content.type;
    if (!this.isLiveNode(node)) return null;
    const slot = { node, field: item.parentSub };
    return this.entryOf(slot) === undefined ? slot : null;
  }

  private entryOf({ node, field }: Slot): Y.Item | undefined {
    return this.writes.get(node)?.get(field) ?? node._map.get(field);
  }

  /** A node map that is the current, undeleted value of its key in the root `nodes` map. */
  private isLiveNode(type: unknown): type is NodeMap {
    if (!(type instanceof Y.Map)) return false;
    const item = (type as NodeMap)._item;
    return item !== null && !item.deleted && item.parent === this.nodes && item.parentSub !== null && this.nodes._map.get(item.parentSub) === item;
  }

  private known(id: Y.ID): boolean {
    return id.clock < Y.getState(this.store, id.client);
  }
}

/**
 * Whether every range of the delete set lies in what the live document holds (else Yjs keeps it
 * pending) and names only structs deleted already or replaced by this update: deleting those again
 * changes nothing. Stops at MOST_DELETED_STRUCTS: a range may span a whole client's history.
 */
function deletesNothingMore(store: Y.Doc['store'], ds: DecodedUpdate['ds'], overwritten: ReadonlySet<Y.AbstractStruct>): boolean {
  let examined = 0;
  for (const [client, ranges] of ds.clients) {
    const state = Y.getState(store, client);
    const structs = store.clients.get(client);
    for (const { clock, len } of ranges) {
      if (!structs || clock >= state || clock + len > state) return false;
      // From the struct holding `clock` (split by Yjs if it is not deleted) to the range's end.
      let index = Y.findIndexSS(structs, clock);
      do {
        const struct = structs[index]!;
        if (++examined > MOST_DELETED_STRUCTS || (!struct.deleted && !overwritten.has(struct))) return false;
        index += 1;
      } while (index < structs.length && structs[index]!.id.clock < clock + len);
    }
  }
  return true;
}
