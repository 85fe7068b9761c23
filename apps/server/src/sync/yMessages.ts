import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/** Message types of the y-websocket protocol (the first varuint of every message). */
const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const MESSAGE_AUTH = 2;
const MESSAGE_QUERY_AWARENESS = 3;

/** Sub-types of a sync message (y-protocols/sync). */
const SYNC_STEP1 = 0;
const SYNC_STEP2 = 1;
const SYNC_UPDATE = 2;

/** One client's part of an awareness update, as y-protocols lays it out. */
export interface AwarenessEntry {
  clientId: number;
  /** Lamport clock of this client's state; the higher one wins. */
  clock: number;
  /** The parsed JSON state; null removes the client. */
  state: unknown;
  /** Encoded size of the state (its JSON text with its length prefix). */
  stateBytes: number;
}

/** An update's structs and delete set, as `Y.decodeUpdate` reads them. */
export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

/** A client message, decoded and checked before anything acts on it. */
export type ClientMessage =
  | { type: 'sync-step1'; stateVector: Uint8Array }
  /** `decoded`: the update read once here, where it is checked to be readable; the update guard reads the same. */
  | { type: 'sync-update'; update: Uint8Array; decoded: DecodedUpdate }
  | { type: 'awareness'; update: Uint8Array; entries: AwarenessEntry[] }
  | { type: 'query-awareness' }
  | { type: 'auth' };

export type DecodeResult = { ok: true; message: ClientMessage } | { ok: false; reason: string };

/**
 * Decodes one websocket message of the y-websocket protocol. Never throws: bytes that are not
 * a well-formed message, or a sync update that Yjs cannot decode, give `ok: false` and a reason.
 *
 * @example decodeClientMessage(bytes) // { ok: true, message: { type: 'sync-step1', … } }
 */
export function decodeClientMessage(data: Uint8Array): DecodeResult {
  try {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    let message: ClientMessage;
    if (type === MESSAGE_SYNC) {
      const syncType = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (syncType === SYNC_STEP1) {
        Y.decodeStateVector(payload);
        message = { type: 'sync-step1', stateVector: payload };
      } else if (syncType === SYNC_STEP2 || syncType === SYNC_UPDATE) {
        message = { type: 'sync-update', update: payload, decoded: Y.decodeUpdate(payload) };
      } else {
        return { ok: false, reason: `unknown sync message type ${syncType}` };
      }
    } else if (type === MESSAGE_AWARENESS) {
      const update = decoding.readVarUint8Array(decoder);
      message = { type: 'awareness', update, entries: readAwarenessEntries(update) };
    } else if (type === MESSAGE_QUERY_AWARENESS) {
      message = { type: 'query-awareness' };
    } else if (type === MESSAGE_AUTH) {
      message = { type: 'auth' };
    } else {
      return { ok: false, reason: `unknown message type ${type}` };
    }
    if (decoding.hasContent(decoder)) return { ok: false, reason: 'trailing bytes after message' };
    return { ok: true, message };
  } catch (error) {
    return { ok: false, reason: `malformed message: ${(error as Error).message}` };
  }
}

/** @example encodeSyncStep1(doc) — the server's opening message */
export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, SYNC_STEP1);
  encoding.writeVarUint8Array(encoder, Y.encodeStateVector(doc));
  return encoding.toUint8Array(encoder);
}

/** Answers a peer's sync step 1 with `update`, the part of the document it lacks (`rooms/WholeState`). */
export function encodeSyncStep2(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, SYNC_STEP2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/**
 * `Y.encodeStateAsUpdate` without what `doc` holds pending (a relayed update waiting on one this
 * instance missed, until the catch-up). A client given it would send it back in its own sync
 * step 2, and the update guard refuses every update that stays pending (docs/security.md); the
 * live document relays it itself once it applies.
 */
export function encodeIntegratedState(doc: Y.Doc, stateVector?: Uint8Array): Uint8Array {
  const { pendingStructs, pendingDs } = doc.store;
  if (pendingStructs === null && pendingDs === null) return Y.encodeStateAsUpdate(doc, stateVector);
  doc.store.pendingStructs = null;
  doc.store.pendingDs = null;
  try {
    return Y.encodeStateAsUpdate(doc, stateVector);
  } finally {
    doc.store.pendingStructs = pendingStructs;
    doc.store.pendingDs = pendingDs;
  }
}

/** @example encodeSyncUpdate(update) — relays one document update */
export function encodeSyncUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, SYNC_UPDATE);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** @example encodeAwareness(encodeAwarenessUpdate(awareness, clients)) */
export function encodeAwareness(awarenessUpdate: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, awarenessUpdate);
  return encoding.toUint8Array(encoder);
}

/** Walks an awareness update the way y-protocols reads it, so a bad one throws here, not half-applied. */
function readAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const start = decoder.pos;
    const state: unknown = JSON.parse(decoding.readVarString(decoder));
    entries.push({ clientId, clock, state, stateBytes: decoder.pos - start });
  }
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes after awareness update');
  return entries;
}
