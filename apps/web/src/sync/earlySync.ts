import { EarlyWebSocket } from './earlyWebSocket';

/**
 * y-websocket's sync step 1 for an empty document (messageSync 0, syncStep1 0, a one-byte state
 * vector holding 0 clients): what a board session sends first, and what the server answers with
 * the whole board. earlySync.test.ts checks it against y-protocols.
 */
export const EMPTY_DOC_SYNC_STEP1 = new Uint8Array([0, 0, 1, 0]);

/** Where the sync sockets connect: the provider adds `/<board id>?key=…`. */
export function syncServerUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/yjs`;
}

/** The URL y-websocket's provider opens for a board and key (its `url`: room, then the encoded params). */
export function syncSocketUrl(serverUrl: string, boardId: string, key: string): string {
  return `${serverUrl}/${boardId}?key=${encodeURIComponent(key)}`;
}

let early: EarlyWebSocket | null = null;
/** Set when the provider has asked for its first socket: an early one opened after that would never be used. */
let asked = false;

/**
 * Opens the board's sync socket from the bootstrap (main.tsx), before the app chunk has loaded,
 * and asks for the board at once: it travels while the app downloads and starts. The board
 * session takes it over (`SyncWebSocket`). Offline (the page came from the service worker) nothing
 * is opened: the session waits for 'online' as before. Any failure leaves the normal path.
 */
export function openEarlySync(boardId: string, key: string): void {
  if (asked || !navigator.onLine || typeof WebSocket !== 'function') return;
  try {
    early = new EarlyWebSocket(new WebSocket(syncSocketUrl(syncServerUrl(), boardId, key)), EMPTY_DOC_SYNC_STEP1);
  } catch {
    early = null;
  }
}

/** The early socket for this URL if it is still usable (once); any other is closed. */
function takeEarlySync(url: string): EarlyWebSocket | null {
  asked = true;
  const socket = early;
  early = null;
  if (!socket) return null;
  if (socket.url !== url) {
    socket.discard();
    return null;
  }
  return socket.takeOver();
}

/**
 * The provider's `WebSocketPolyfill`: its first socket is the early one when that was opened for
 * the same URL and is still usable, otherwise (and for every reconnect) a new WebSocket.
 * A function, not a class, so that `new` returns whichever socket it picked.
 */
export const SyncWebSocket = function SyncWebSocket(url: string, protocols?: string | string[]) {
  return takeEarlySync(url) ?? new WebSocket(url, protocols);
} as unknown as typeof WebSocket;
