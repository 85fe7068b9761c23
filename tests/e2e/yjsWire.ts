import type { Page } from '@playwright/test';
import * as Y from 'yjs';

/** Encodes a y-protocols variable-length unsigned integer. */
function varUint(n: number): number[] {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push(0x80 | (n & 0x7f));
    n >>>= 7;
  }
  out.push(n);
  return out;
}

const MESSAGE_SYNC = 0;
const SYNC_STEP_1 = 0;
const SYNC_UPDATE = 2;

/** A y-websocket "sync update" message that adds a node with the given id (and fields), and edges. */
export function addNodeMessage(
  id: string,
  fields: Record<string, unknown> = { kind: 'cache', label: 'Intruder', x: 0, y: 0 },
  edges: Record<string, Record<string, unknown>> = {},
): number[] {
  const doc = new Y.Doc();
  const node = new Y.Map<unknown>();
  doc.getMap('nodes').set(id, node);
  for (const [key, value] of Object.entries(fields)) node.set(key, value);
  for (const [edgeId, edgeFields] of Object.entries(edges)) doc.getMap('edges').set(edgeId, new Y.Map(Object.entries(edgeFields)));
  const update = Y.encodeStateAsUpdate(doc);
  return [MESSAGE_SYNC, SYNC_UPDATE, ...varUint(update.length), ...update];
}

/** A y-websocket "sync update" message that adds a sketch (a pen stroke unless `fields` say otherwise) to the live document's `sketches` map. */
export function addSketchMessage(id: string, fields: Record<string, unknown> = { shape: 'stroke', x: 0, y: 0, points: [0, 0, 40, 30] }): number[] {
  const doc = new Y.Doc();
  doc.getMap('sketches').set(id, new Y.Map(Object.entries(fields)));
  const update = Y.encodeStateAsUpdate(doc);
  return [MESSAGE_SYNC, SYNC_UPDATE, ...varUint(update.length), ...update];
}

/** Sync step 1 with an empty state vector: the server answers with the whole document. */
export function syncStep1Message(): number[] {
  const stateVector = Y.encodeStateVector(new Y.Doc());
  return [MESSAGE_SYNC, SYNC_STEP_1, ...varUint(stateVector.length), ...stateVector];
}

/** Reads a sync step 2 reply into a fresh document. */
export function docFromSyncStep2(message: number[]): Y.Doc {
  let offset = 2;
  let length = 0;
  let shift = 0;
  for (;;) {
    const byte = message[offset++] ?? 0;
    length |= (byte & 0x7f) << shift;
    shift += 7;
    if (byte < 0x80) break;
  }
  const doc = new Y.Doc();
  Y.applyUpdate(doc, new Uint8Array(message.slice(offset, offset + length)));
  return doc;
}

const MESSAGE_AWARENESS = 1;

/** A y-websocket awareness message announcing `state` for one client id (clock 1: its first). */
export function awarenessMessage(clientId: number, state: unknown): number[] {
  const json = Array.from(new TextEncoder().encode(JSON.stringify(state)));
  const update = [...varUint(1), ...varUint(clientId), ...varUint(1), ...varUint(json.length), ...json];
  return [MESSAGE_AWARENESS, ...varUint(update.length), ...update];
}

/**
 * Opens a sync socket from inside `page` (a browser client, with the page's origin), sends
 * `updates` and then sync step 1, and resolves with the server's step-2 answer — the document as
 * it stands once the updates were handled — or null if the server closed the socket instead.
 *
 * @example const reply = await sendFromPage(page, wsUrl, [addNodeMessage('x')]); if (reply) docFromSyncStep2(reply)
 */
export function sendFromPage(page: Page, url: string, updates: number[][]): Promise<number[] | null> {
  return page.evaluate(
    async ({ url, updates, step1 }) =>
      new Promise<number[] | null>((resolve) => {
        const ws = new WebSocket(url);
        ws.binaryType = 'arraybuffer';
        ws.onopen = () => {
          for (const message of updates) ws.send(new Uint8Array(message));
          ws.send(new Uint8Array(step1));
        };
        ws.onmessage = (event) => {
          const bytes = Array.from(new Uint8Array(event.data as ArrayBuffer));
          if (bytes[0] === 0 && bytes[1] === 1) {
            ws.close();
            resolve(bytes);
          }
        };
        ws.onclose = () => resolve(null);
      }),
    { url, updates, step1: syncStep1Message() },
  );
}
