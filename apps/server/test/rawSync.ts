import WebSocket from 'ws';

export interface RawSync {
  ws: WebSocket;
  /** Resolves with the HTTP status of a refused upgrade, or 101 once the socket is open. */
  status: Promise<number>;
  /** Resolves when the socket closes, with the close code and reason the server gave. */
  closed: Promise<{ code: number; reason: string }>;
  /** Every binary message the server sent, in order. */
  received: Uint8Array[];
}

/**
 * A bare sync socket (no y-websocket provider, so no reconnecting): what a hostile or broken
 * client looks like to the server, and a way to see exactly how the server closes a socket.
 *
 * @example const raw = openRawSync(server.wsUrl, id, keys.edit); expect(await raw.status).toBe(101)
 */
export function openRawSync(wsUrl: string, boardId: string, key: string | undefined, headers: Record<string, string> = {}): RawSync {
  const query = key === undefined ? '' : `?key=${encodeURIComponent(key)}`;
  const ws = new WebSocket(`${wsUrl}/yjs/${boardId}${query}`, { headers });
  const received: Uint8Array[] = [];
  ws.on('message', (data) => received.push(new Uint8Array(data as Buffer)));
  const status = new Promise<number>((resolve) => {
    ws.once('open', () => resolve(101));
    ws.once('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      res.resume();
    });
  });
  ws.on('error', () => undefined);
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() }));
    // A refused upgrade never opens, so it never "closes" with a code of the server's.
    void status.then((s) => s !== 101 && resolve({ code: 0, reason: `refused with ${s}` }));
  });
  return { ws, status, closed, received };
}

/**
 * Resolves once the server has handled everything sent on `raw` so far: a query-awareness
 * message always gets an awareness answer, and a socket handles its messages in order.
 * Resolves false if the server closed the socket instead.
 */
export async function settled(raw: RawSync): Promise<boolean> {
  if (raw.ws.readyState !== raw.ws.OPEN) return false;
  const answered = raw.received.filter((m) => m[0] === 1).length;
  raw.ws.send(new Uint8Array([3]));
  return new Promise<boolean>((resolve) => {
    const check = () => {
      if (raw.received.filter((m) => m[0] === 1).length > answered) return resolve(true);
      if (raw.ws.readyState === raw.ws.CLOSED || raw.ws.readyState === raw.ws.CLOSING) return resolve(false);
      raw.ws.once('message', check);
    };
    raw.ws.once('close', () => resolve(false));
    check();
  });
}
