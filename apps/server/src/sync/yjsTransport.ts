import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { WebSocketServer, WebSocket, type RawData } from 'ws';
import type { Logger } from 'pino';
import type { Role } from '@scaleboard/protocol';
import type { BoardsService } from '../boards/BoardsService';
import { ignoreSocketError, refuseUpgrade } from '../http/refuseUpgrade';
import { bearerKey } from '../keys';
import type { ClientAddressing } from '../limits/clientAddressing';
import { REFUSAL_MESSAGES, type ConnectionLimiter } from '../limits/ConnectionLimiter';
import { TokenBucket } from '../limits/TokenBucket';
import type { BoardRoom } from '../rooms/BoardRoom';
import type { RoomRegistry } from '../rooms/RoomRegistry';
import { CLOSE_CODES, type RoomSession } from '../rooms/RoomSession';
import type { Metrics } from '../ops/metrics';
import { withTimeout } from '../ops/withTimeout';
import { binaryFrame } from './wsFrame';

const SYNC_PATH = /^\/yjs\/([A-Za-z0-9_-]{1,64})$/;

export interface YjsTransportDeps {
  registry: RoomRegistry;
  boards: BoardsService;
  logger: Logger;
  metrics: Metrics;
  maxMessageBytes: number;
  maxUpdatesPerSecond: number;
  upgradeTimeoutMs: number;
  maxSendBufferBytes: number;
  connections: ConnectionLimiter;
  /** The client behind the proxies TRUSTED_PROXIES names, as REST sees it. */
  clientIp: ClientAddressing['clientIp'];
  /** May a page of this `Origin` open the socket (see originPolicy). */
  originAllowed: (request: IncomingMessage) => boolean;
}

interface LiveSession {
  session: RoomSession;
  role: Role;
  /** The stored hash of the key it opened the board with, to notice a revocation it missed. */
  keyHash: string;
}

/**
 * The y-websocket endpoint `/yjs/:boardId?key=KEY`: checks the origin, the key and the
 * connection limits on the HTTP upgrade, then turns the websocket into a `RoomSession`.
 * Everything protocol-level happens in the room.
 */
export class YjsTransport {
  private readonly wss: WebSocketServer;
  /** Live sessions by board, with the role their key gave, so a revocation can find them. */
  private readonly live = new Map<string, Set<LiveSession>>();
  /** Upgrades whose key is being checked; closing the server ends them too. */
  private readonly pending = new Set<Duplex>();

  constructor(private readonly deps: YjsTransportDeps) {
    // No compression: sessions write their frames beside ws's (accept), which needs ws never to queue one.
    this.wss = new WebSocketServer({ noServer: true, maxPayload: deps.maxMessageBytes, perMessageDeflate: false });
  }

  /** Takes the upgrade when it is for the sync path; returns false to leave it to others. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const match = SYNC_PATH.exec(url.pathname);
    if (!match) return false;
    // From here until ws owns the socket, a reset must not become an uncaught error.
    socket.on('error', ignoreSocketError);
    if (!this.deps.originAllowed(request)) {
      refuseUpgrade(socket, 403, 'This origin may not open the board.');
      return true;
    }
    const boardId = match[1] as string;
    const key = url.searchParams.get('key') ?? bearerKey(request.headers.authorization);
    this.pending.add(socket);
    socket.once('close', () => this.pending.delete(socket));
    withTimeout(this.deps.boards.access(boardId, key), this.deps.upgradeTimeoutMs, 'sync key check').then(
      (access) => {
        this.pending.delete(socket);
        if (socket.destroyed) return;
        if (!access.ok) return refuseUpgrade(socket, access.reason === 'missing-key' ? 401 : 403);
        const slot = this.deps.connections.acquire(boardId, this.deps.clientIp(request));
        if (!slot.ok) return refuseUpgrade(socket, 429, REFUSAL_MESSAGES[slot.reason]);
        // Tied to the TCP socket, so a handshake ws refuses (bad headers) gives the slot back too.
        socket.once('close', slot.release);
        this.wss.handleUpgrade(request, socket, head, (ws) => {
          socket.off('error', ignoreSocketError);
          this.accept(ws, socket, boardId, access.role, access.keyHash);
        });
      },
      (error: unknown) => {
        this.pending.delete(socket);
        this.deps.logger.error({ err: error }, 'sync upgrade failed');
        refuseUpgrade(socket, 503);
      },
    );
    return true;
  }

  /** Closes this instance's sessions of `roles` on the board (key rotated, board deleted). */
  revoke(boardId: string, roles: readonly Role[], code: number, reason: string): void {
    for (const live of this.live.get(boardId) ?? []) if (roles.includes(live.role)) live.session.close(code, reason);
  }

  /** Every live session with the key hash it opened its board with (for the periodic key recheck). */
  liveSessions(): Array<{ boardId: string; role: Role; keyHash: string; close(code: number, reason: string): void }> {
    return [...this.live].flatMap(([boardId, sessions]) =>
      [...sessions].map(({ session, role, keyHash }) => ({ boardId, role, keyHash, close: (code: number, reason: string) => session.close(code, reason) })),
    );
  }

  close(): void {
    for (const client of this.wss.clients) closeWithin(client, CLOSE_CODES.goingAway, 'server shutting down');
    for (const socket of this.pending) socket.destroy();
    this.wss.close();
  }

  private sendBufferPeak = 0;
  private noteSendBuffer(bytes: number): void {
    if (bytes <= this.sendBufferPeak) return;
    this.sendBufferPeak = bytes;
    this.deps.metrics.sendBufferPeakBytes.set(bytes);
  }

  /**
   * The last message framed, and its frame: a room hands the same update to each of its sessions
   * in turn, so one frame serves them all (`binaryFrame` says why; a quarter less CPU per edit at
   * 10 × 20, docs/BENCHMARKS.md, 2026-12-06).
   */
  private lastFramed: { message: Uint8Array; frame: Buffer } | undefined;
  private frameOf(message: Uint8Array): Buffer {
    if (this.lastFramed?.message !== message) this.lastFramed = { message, frame: binaryFrame(message) };
    return this.lastFramed.frame;
  }

  /**
   * `socket` is the one ws speaks through. Sessions write their frames to it directly: ws writes
   * every frame of its own (pongs, the close) synchronously too, as it has no compression to
   * queue behind (perMessageDeflate is off), so the order on the wire is the order of the calls.
   */
  private accept(ws: WebSocket, socket: Duplex, boardId: string, role: Role, keyHash: string): void {
    const { registry, metrics, logger } = this.deps;
    metrics.syncConnections.inc();
    // Once the server decides to close, nothing more from this client reaches the board.
    let closing = false;
    const session: RoomSession = {
      id: randomUUID(),
      role,
      send: (message) => {
        if (closing || ws.readyState !== WebSocket.OPEN) return;
        // A client that does not read would otherwise make the server hold every reply in memory.
        if (ws.bufferedAmount + message.byteLength > this.deps.maxSendBufferBytes) {
          metrics.slowConsumersClosed.inc();
          return session.close(CLOSE_CODES.slowConsumer, 'not reading fast enough (MAX_SEND_BUFFER_BYTES)');
        }
        socket.write(this.frameOf(message));
        this.noteSendBuffer(ws.bufferedAmount);
      },
      close: (code, reason) => {
        closing = true;
        closeWithin(ws, code, reason);
      },
    };
    const live = { session, role, keyHash };
    let boardSessions = this.live.get(boardId);
    if (!boardSessions) this.live.set(boardId, (boardSessions = new Set()));
    boardSessions.add(live);
    const bucket = new TokenBucket(this.deps.maxUpdatesPerSecond);
    let room: BoardRoom | undefined;
    // Messages that arrive while the room loads wait here, in order, up to the send buffer's size.
    const early: Uint8Array[] = [];
    let earlyBytes = 0;
    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (closing) return;
      if (!isBinary) {
        metrics.messagesRejected.inc({ reason: 'text' });
        return session.close(CLOSE_CODES.badMessage, 'sync messages are binary');
      }
      if (!bucket.take(performance.now())) {
        metrics.messagesRejected.inc({ reason: 'rate' });
        return session.close(CLOSE_CODES.policy, 'too many messages per second (MAX_UPDATES_PER_SECOND)');
      }
      const bytes = toBytes(data);
      if (room) return room.receive(session, bytes);
      earlyBytes += bytes.byteLength;
      if (earlyBytes > this.deps.maxSendBufferBytes) {
        metrics.messagesRejected.inc({ reason: 'early' });
        return session.close(CLOSE_CODES.policy, 'too much sent before the board opened (MAX_SEND_BUFFER_BYTES)');
      }
      early.push(bytes);
    });
    ws.on('error', (error) => logger.debug({ err: error, boardId }, 'sync socket error'));
    ws.on('close', () => {
      metrics.syncConnections.dec();
      boardSessions.delete(live);
      if (boardSessions.size === 0 && this.live.get(boardId) === boardSessions) this.live.delete(boardId);
      if (room) registry.leave(room, session);
    });
    registry.join(boardId, session).then(
      (joined) => {
        if (ws.readyState !== WebSocket.OPEN) return registry.leave(joined, session);
        room = joined;
        for (const bytes of early.splice(0)) if (!closing) joined.receive(session, bytes);
      },
      (error: unknown) => {
        logger.error({ err: error, boardId }, 'could not open board');
        session.close(CLOSE_CODES.tryAgain, 'could not open the board');
      },
    );
  }
}

/**
 * A peer that does not answer a close (one that stopped reading never will) would keep its
 * socket and everything queued for it for ws's 30 s; it gets this long, then is cut off.
 */
const CLOSE_HANDSHAKE_MS = 5000;

function closeWithin(ws: WebSocket, code: number, reason: string): void {
  ws.close(code, closeReason(reason));
  const unanswered = setTimeout(() => ws.terminate(), CLOSE_HANDSHAKE_MS);
  unanswered.unref();
  ws.once('close', () => clearTimeout(unanswered));
}

/** A websocket close reason is at most 123 bytes of UTF-8; longer throws, so cut it (whole characters). */
export function closeReason(text: string): string {
  let reason = text;
  while (Buffer.byteLength(reason, 'utf8') > 123) reason = Array.from(reason).slice(0, -1).join('');
  return reason;
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
