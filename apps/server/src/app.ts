import { createServer, type Server as HttpServer } from 'node:http';
import express from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { Server as SocketServer } from 'socket.io';
import type { LimitsResponse } from '@scaleboard/protocol';
import { DEFAULT_TRUSTED_PROXIES, type Limits } from './config';
import type { Store as RateLimitStore } from 'express-rate-limit';
import { BoardsService } from './boards/BoardsService';
import { boardsRouter } from './http/boardsRouter';
import { errorHandler, HttpError } from './http/HttpError';
import { exportRouter } from './http/exportRouter';
import { historyRouter } from './http/historyRouter';
import { ExportCache } from './export/ExportCache';
import { ExportSlots } from './export/ExportSlots';
import { PngRasterizer } from './export/PngRasterizer';
import { SerialLane } from './export/SerialLane';
import { SvgRenderer } from './export/SvgRenderer';
import { originPolicy } from './http/originPolicy';
import { refuseUpgrade } from './http/refuseUpgrade';
import { importLimits } from './http/importLimits';
import { ownerRouter } from './http/ownerRouter';
import { replayLinksRouter } from './http/replayLinksRouter';
import { ReplayLinks } from './boards/ReplayLinks';
import { restRateLimits } from './http/rateLimits';
import { clientAddressing } from './limits/clientAddressing';
import { ConnectionLimiter } from './limits/ConnectionLimiter';
import { interviewRouter } from './http/interviewRouter';
import { InterviewService } from './interview/InterviewService';
import { webApp } from './http/webApp';
import { createMetrics, type Metrics } from './ops/metrics';
import { redactUrl } from './ops/redactUrl';
import { withTimeout } from './ops/withTimeout';
import { LocalRelay } from './relay/LocalRelay';
import type { RoomRelay } from './relay/RoomRelay';
import { attachEstimationEvents } from './presence/estimationEvents';
import { attachInterviewEvents } from './presence/interviewEvents';
import { attachPresence, type RoomServer } from './presence/presenceRoom';
import { attachRoomGuards, liveRoomSockets, revokeRoomSockets } from './presence/roomGuards';
import { BoardRevoker } from './revocation/BoardRevoker';
import { KeyRecheck } from './revocation/KeyRecheck';
import { LocalRevocationBus } from './revocation/LocalRevocationBus';
import type { RevocationBus, RevocationReason } from './revocation/Revocation';
import { RoomRegistry } from './rooms/RoomRegistry';
import { CLOSE_CODES } from './rooms/RoomSession';
import type { Stores } from './storage/Stores';
import { YjsTransport } from './sync/yjsTransport';

const REVOKED_MESSAGES = { 'key-rotated': 'this link was replaced by the owner', 'board-deleted': 'the owner deleted this board' } as const;
const syncCloseCode = (reason: RevocationReason) => (reason === 'board-deleted' ? CLOSE_CODES.deleted : CLOSE_CODES.revoked);
const roomErrorCode = (reason: RevocationReason) => (reason === 'board-deleted' ? 'board-deleted' : 'revoked');

/** Builds the Socket.IO adapter; the default is in-process, the scale-out passes Redis's. */
export type SocketAdapter = NonNullable<ConstructorParameters<typeof SocketServer>[1]>['adapter'];

export interface AppDeps {
  /** Boards and interviews, on one database (storage/openStore, or the in-memory twins). */
  stores: Stores;
  logger: Logger;
  limits: Limits;
  /** Folder of the built web client; the API alone when absent. */
  webDist?: string;
  socketAdapter?: SocketAdapter;
  /** Relays updates to other instances; the default relays to nobody (one instance). */
  relay?: RoomRelay;
  /** Carries key rotations and deletions to other instances; the default tells nobody. */
  revocations?: RevocationBus;
  /** A shared store per REST rate limiter (Redis in the scale-out); per-process when absent. */
  rateLimitStore?: (name: string) => RateLimitStore;
  /** Origins whose pages may open the websockets, besides this server's own. */
  publicUrl?: string;
  allowedOrigins?: string[];
  /** TRUSTED_PROXIES: whose X-Forwarded-For names the client; loopback only when absent. */
  trustedProxies?: readonly string[];
  /** HISTORY_RETENTION_DAYS: board history older than this is pruned at compaction; kept whole when absent. */
  historyRetentionDays?: number;
  /** Whether this process is the only writer of `stores` (the embedded database, no other instances): compaction then folds the rooms' own documents. */
  soleWriter?: boolean;
  /** Extra readiness checks (Redis in the scale-out), beside the store's ping. */
  readinessChecks?: Array<() => Promise<void>>;
}

export interface ScaleboardApp {
  httpServer: HttpServer;
  io: RoomServer;
  registry: RoomRegistry;
  metrics: Metrics;
  /** Stops accepting, closes every socket so clients reconnect elsewhere, flushes every board. */
  close(): Promise<void>;
}

/**
 * The composition root of one server instance: REST, the Yjs sync endpoint and Socket.IO on
 * one HTTP server, over the stores and adapter it is given. It does not listen; the caller does.
 * Every transport asks the BoardsService and the InterviewService; only they, and the rooms
 * writing their own log, are handed a store.
 *
 * @example const app = createApp({ stores: memoryStores(), logger, limits }); app.httpServer.listen(3000)
 */
export function createApp(deps: AppDeps): ScaleboardApp {
  const { stores, logger, limits } = deps;
  const metrics = createMetrics();
  const relay = deps.relay ?? new LocalRelay();
  const registry = new RoomRegistry({
    store: stores.boards,
    logger,
    metrics,
    relay,
    compactEvery: limits.compactEvery,
    commitWindowMs: limits.commitWindowMs,
    boardLimits: limits,
    historyRetentionDays: deps.historyRetentionDays,
    soleWriter: deps.soleWriter === true,
  });
  const connections = new ConnectionLimiter(limits);
  // One trust for REST (req.ip) and both websockets, so a client has one address everywhere.
  const { trust, clientIp } = clientAddressing(deps.trustedProxies ?? DEFAULT_TRUSTED_PROXIES);
  const originAllowed = originPolicy({ publicUrl: deps.publicUrl, allowedOrigins: deps.allowedOrigins ?? [] });
  const rateLimits = restRateLimits({ ...limits, ...(deps.rateLimitStore ? { storeFor: deps.rateLimitStore } : {}) });
  const revocations = deps.revocations ?? new LocalRevocationBus();
  // Closers are late-bound: the sync transport and Socket.IO are built below (over the boards
  // service, which revokes through this: hence the type spelled out).
  const revoker: BoardRevoker = new BoardRevoker(
    revocations,
    [
      ({ boardId, roles, reason }) => yjs.revoke(boardId, roles, syncCloseCode(reason), REVOKED_MESSAGES[reason]),
      ({ boardId, roles, reason }) => revokeRoomSockets(io, boardId, roles, roomErrorCode(reason), REVOKED_MESSAGES[reason]),
    ],
    logger,
  );
  void revoker.listen().catch((error: unknown) => logger.error({ err: error }, 'could not listen for revocations'));
  const boards = new BoardsService({ store: stores.boards, registry, revoker, maxBoardElements: limits.maxBoardElements, metrics, logger });
  const interviews = new InterviewService({ interviews: stores.interviews, boards });
  // What the bus fails to deliver, the recheck finds in the store.
  const keyRecheck = new KeyRecheck({
    boards,
    logger,
    intervalMs: limits.revocationRecheckSeconds * 1000,
    liveKeys: () => [
      ...yjs.liveSessions().map((live) => ({ ...live, revoke: (reason: RevocationReason) => live.close(syncCloseCode(reason), REVOKED_MESSAGES[reason]) })),
      ...liveRoomSockets(io).map((live) => ({ ...live, revoke: (reason: RevocationReason) => live.close(roomErrorCode(reason), REVOKED_MESSAGES[reason]) })),
    ],
  });
  revocations.onReconnect(() => void keyRecheck.recheck());
  keyRecheck.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trust);
  app.use(
    pinoHttp({
      logger,
      serializers: {
        req: (req: { method: string; url: string }) => ({ method: req.method, url: redactUrl(req.url) }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'connect-src': ["'self'", 'ws:', 'wss:'],
          'font-src': ["'self'", 'data:'],
        },
      },
      referrerPolicy: { policy: 'no-referrer' },
    }),
  );

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      const checks = [() => stores.boards.ping(), ...(deps.readinessChecks ?? [])];
      await Promise.all(checks.map((check, i) => withTimeout(check(), 2000, `readiness check ${i}`)));
      res.json({ status: 'ready' });
    } catch (error) {
      logger.warn({ err: error }, 'not ready');
      res.status(503).json({ status: 'unavailable' });
    }
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  app.use('/api', rateLimits.api);
  const clientLimits: LimitsResponse = { maxBodyBytes: limits.maxBodyBytes };
  app.get('/api/limits', (_req, res) => {
    res.json(clientLimits);
  });
  app.post('/api/boards', rateLimits.createBoard);
  app.use('/api/boards', importLimits({ boards, maxBodyBytes: limits.maxBodyBytes }));
  app.use('/api/boards', ownerRouter({ boards }));
  const replayLinks = new ReplayLinks({ boards: stores.boards, links: stores.replayLinks });
  app.use('/api/boards', replayLinksRouter({ boards, replayLinks, maxBodyBytes: limits.maxBodyBytes }));
  app.use('/api/boards', boardsRouter({ boards, maxBodyBytes: limits.maxBodyBytes }));
  const rasterizer = new PngRasterizer();
  const svgRenderer = new SvgRenderer();
  // One admission for everything export-sized: pictures, replays and history timelines.
  const exportSlots = new ExportSlots(limits);
  app.use(
    '/api/boards',
    exportRouter({ boards, replayLinks, interviews, rasterizer, svgRenderer, svgCache: new ExportCache(limits.exportCacheBytes), slots: exportSlots, lane: new SerialLane() }),
  );
  app.use('/api/boards', interviewRouter({ boards, replayLinks, interviews, maxBodyBytes: limits.maxBodyBytes, publicUrl: deps.publicUrl }));
  app.use('/api/boards', historyRouter({ boards, replayLinks, interviews, slots: exportSlots, maxBodyBytes: limits.maxBodyBytes }));
  app.use('/api', (_req, _res, next) => next(new HttpError(404, 'not-found', 'No such API route.')));
  app.use(webApp(deps.webDist));
  app.use(errorHandler(logger));

  const httpServer = createServer(app);
  const io: RoomServer = new SocketServer(httpServer, {
    transports: ['websocket'],
    // The Yjs endpoint shares this server's upgrades; Socket.IO must leave them alone.
    destroyUpgrade: false,
    maxHttpBufferSize: limits.maxRoomEventBytes,
    allowRequest: (request, callback) => callback(originAllowed(request) ? null : 'origin not allowed', originAllowed(request)),
    ...(deps.socketAdapter ? { adapter: deps.socketAdapter } : {}),
  });
  attachPresence(io, { boards, logger, metrics, spansInstances: deps.socketAdapter !== undefined });
  attachRoomGuards(io, { connections, clientIp, maxEventsPerSecond: limits.maxUpdatesPerSecond });
  attachInterviewEvents(io, { interviews, logger });
  attachEstimationEvents(io, { interviews, logger });

  const yjs = new YjsTransport({ registry, boards, logger, metrics, ...limits, connections, clientIp, originAllowed });
  // Engine.IO's own upgrade listener answers everything under its path, garbage included.
  const socketIoPath = `${io.path()}/`;
  httpServer.on('upgrade', (request, socket, head) => {
    if (yjs.handleUpgrade(request, socket, head) || request.url?.startsWith(socketIoPath)) return;
    refuseUpgrade(socket, 404, 'Nothing is served here.');
  });

  return {
    httpServer,
    io,
    registry,
    metrics,
    async close() {
      // Stop taking connections first, so clients that are closed below reconnect elsewhere.
      const stopped = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      yjs.close();
      keyRecheck.stop();
      await revocations.close();
      await registry.closeAll();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      httpServer.closeAllConnections();
      await stopped;
      await rasterizer.close();
      await svgRenderer.close();
    },
  };
}
