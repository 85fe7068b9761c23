import { afterEach } from 'vitest';
import type { AddressInfo } from 'node:net';
import { pino, type Logger } from 'pino';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import { io as ioClient, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, CreateBoardResponse, ServerToClientEvents } from '@scaleboard/protocol';
import { createApp, type ScaleboardApp } from '../src/app';
import { DEFAULT_LIMITS, type Limits } from '../src/config';
import type { RoomRelay } from '../src/relay/RoomRelay';
import type { RevocationBus } from '../src/revocation/Revocation';
import type { BoardStore } from '../src/storage/BoardStore';
import type { InterviewStore } from '../src/storage/InterviewStore';
import { MemoryBoardStore } from '../src/storage/MemoryBoardStore';
import { MemoryInterviewStore } from '../src/storage/MemoryInterviewStore';
import { MemoryReplayLinkStore } from '../src/storage/MemoryReplayLinkStore';
import type { ReplayLinkStore } from '../src/storage/ReplayLinkStore';

export interface TestServer {
  app: ScaleboardApp;
  store: BoardStore;
  interviews: InterviewStore;
  url: string;
  wsUrl: string;
  createBoard(body?: unknown): Promise<CreateBoardResponse>;
  connect(boardId: string, key: string, doc?: Y.Doc): WebsocketProvider;
  roomClient(auth: Record<string, unknown>): Socket<ServerToClientEvents, ClientToServerEvents>;
  close(): Promise<void>;
}

/** Starts the real app on port 0 over `store`; `close` tears down every client it handed out. */
export interface TestServerOptions {
  store?: BoardStore;
  /** Interview state; give another server's to share it, as instances on one database do. */
  interviews?: InterviewStore;
  /** Replay links; give another server's to share them, as instances on one database do. */
  replayLinks?: ReplayLinkStore;
  limits?: Partial<Limits>;
  relay?: RoomRelay;
  revocations?: RevocationBus;
  logger?: Logger;
  allowedOrigins?: string[];
  /** TRUSTED_PROXIES as a list; the server's default (`loopback`) when absent. */
  trustedProxies?: string[];
  /** The address to listen on and to reach the server at; 127.0.0.1 unless given. */
  host?: string;
  /** As the embedded server runs: the only writer of its store (compaction folds the rooms' documents). */
  soleWriter?: boolean;
}

/** Tests create boards faster than people do; a test of the REST limits sets its own. */
const GENEROUS_REST_LIMITS: Partial<Limits> = { restRequestsPerMinute: 1_000_000, boardsCreatedPerMinute: 1_000_000 };

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const store = options.store ?? new MemoryBoardStore();
  const interviews = options.interviews ?? new MemoryInterviewStore();
  const replayLinks = options.replayLinks ?? new MemoryReplayLinkStore();
  const app = createApp({
    stores: { boards: store, interviews, replayLinks },
    logger: options.logger ?? pino({ level: 'silent' }),
    limits: { ...DEFAULT_LIMITS, ...GENEROUS_REST_LIMITS, ...options.limits },
    ...(options.relay ? { relay: options.relay } : {}),
    ...(options.revocations ? { revocations: options.revocations } : {}),
    ...(options.allowedOrigins ? { allowedOrigins: options.allowedOrigins } : {}),
    ...(options.trustedProxies ? { trustedProxies: options.trustedProxies } : {}),
    ...(options.soleWriter ? { soleWriter: true } : {}),
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve) => app.httpServer.listen(0, host, resolve));
  const { port } = app.httpServer.address() as AddressInfo;
  const url = `http://${host}:${port}`;
  const providers: WebsocketProvider[] = [];
  const sockets: Socket[] = [];
  return {
    app,
    store,
    interviews,
    url,
    wsUrl: `ws://${host}:${port}`,
    async createBoard(body = {}) {
      const res = await fetch(`${url}/api/boards`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (res.status !== 201) throw new Error(`create failed: ${res.status} ${await res.text()}`);
      return (await res.json()) as CreateBoardResponse;
    },
    connect(boardId, key, doc = new Y.Doc()) {
      const provider = new WebsocketProvider(`ws://${host}:${port}/yjs`, boardId, doc, {
        params: { key },
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        disableBc: true,
      });
      providers.push(provider);
      return provider;
    },
    roomClient(auth) {
      const socket = ioClient(url, { transports: ['websocket'], auth, reconnection: false, forceNew: true });
      sockets.push(socket);
      return socket;
    },
    async close() {
      for (const provider of providers) provider.destroy();
      for (const socket of sockets) socket.disconnect();
      await app.close();
    },
  };
}

/**
 * A `start(options)` for a test file whose tests each start their own server: every server it
 * started is closed after each test.
 *
 * @example const start = testServersClosedAfterEach(); const server = await start({ limits })
 */
export function testServersClosedAfterEach(): (options?: TestServerOptions) => Promise<TestServer> {
  const servers: TestServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });
  return async (options = {}) => {
    const server = await startTestServer(options);
    servers.push(server);
    return server;
  };
}
