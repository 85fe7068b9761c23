import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { WebSocketServer, WebSocket, type RawData } from 'ws';
import type { Logger } from 'pino';
import { bearerKey } from '../keys';
import { checkAccess } from '../rooms/BoardAccess';
import type { BoardRoom } from '../rooms/BoardRoom';
import type { RoomRegistry } from '../rooms/RoomRegistry';
import { CLOSE_CODES, type RoomSession } from '../rooms/RoomSession';
import type { Metrics } from '../ops/metrics';
import type { BoardStore } from '../storage/BoardStore';

const SYNC_PATH = /^\/yjs\/([A-Za-z0-9_-]{1,64})$/;

export interface YjsTransportDeps {
  registry: RoomRegistry;
  store: BoardStore;
  logger: Logger;
  metrics: Metrics;
  maxMessageBytes: number;
}

/**
 * The y-websocket endpoint `/yjs/:boardId?key=KEY`: checks the key on the HTTP upgrade,
 * then turns the websocket into a `RoomSession`. Everything protocol-level happens in the room.
 */
export class YjsTransport {
  private readonly wss: WebSocketServer;

  constructor(private readonly deps: YjsTransportDeps) {
    this.wss = new WebSocketServer({ noServer: true, maxPayload: deps.maxMessageBytes });
  }

  /** Takes the upgrade when it is for the sync path; returns false to leave it to others. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const match = SYNC_PATH.exec(url.pathname);
    if (!match) return false;
    const boardId = match[1] as string;
    const key = url.searchParams.get('key') ?? bearerKey(request.headers.authorization);
    checkAccess(this.deps.store, boardId, key).then(
      (access) => {
        if (!access.ok) return refuse(socket, access.reason === 'missing-key' ? 401 : 403);
        this.wss.handleUpgrade(request, socket, head, (ws) => this.accept(ws, boardId, access.role === 'viewer'));
      },
      (error: unknown) => {
        this.deps.logger.error({ err: error }, 'sync upgrade failed');
        refuse(socket, 503);
      },
    );
    return true;
  }

  close(): void {
    for (const client of this.wss.clients) client.close(CLOSE_CODES.goingAway, 'server shutting down');
    this.wss.close();
  }

  private accept(ws: WebSocket, boardId: string, readOnly: boolean): void {
    const { registry, metrics, logger } = this.deps;
    metrics.syncConnections.inc();
    const session: RoomSession = {
      id: randomUUID(),
      readOnly,
      send: (message) => {
        if (ws.readyState === WebSocket.OPEN) ws.send(message);
      },
      close: (code, reason) => ws.close(code, reason),
    };
    let room: BoardRoom | undefined;
    // Messages that arrive while the room loads wait here, in order.
    const early: Uint8Array[] = [];
    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (!isBinary) {
        metrics.messagesRejected.inc({ reason: 'text' });
        return session.close(CLOSE_CODES.badMessage, 'sync messages are binary');
      }
      const bytes = toBytes(data);
      if (room) room.receive(session, bytes);
      else early.push(bytes);
    });
    ws.on('error', (error) => logger.debug({ err: error, boardId }, 'sync socket error'));
    ws.on('close', () => {
      metrics.syncConnections.dec();
      if (room) registry.leave(room, session);
    });
    registry.join(boardId, session).then(
      (joined) => {
        if (ws.readyState !== WebSocket.OPEN) return registry.leave(joined, session);
        room = joined;
        for (const bytes of early.splice(0)) joined.receive(session, bytes);
      },
      (error: unknown) => {
        logger.error({ err: error, boardId }, 'could not open board');
        session.close(CLOSE_CODES.tryAgain, 'could not open the board');
      },
    );
  }
}

function refuse(socket: Duplex, status: 401 | 403 | 503): void {
  const text = { 401: 'Unauthorized', 403: 'Forbidden', 503: 'Service Unavailable' }[status];
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
