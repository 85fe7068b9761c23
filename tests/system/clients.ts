import { request } from 'node:http';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import { nodesOf } from '@scaleboard/board';
import type { CreateBoardResponse } from '@scaleboard/protocol';

/** Stock y-websocket clients for system tests; `destroyAll` closes every one handed out. */
export class Clients {
  private readonly providers: WebsocketProvider[] = [];

  connect(baseUrl: string, board: CreateBoardResponse, key = board.keys.edit): WebsocketProvider {
    const provider = new WebsocketProvider(`${baseUrl.replace('http', 'ws')}/yjs`, board.id, new Y.Doc(), {
      params: { key },
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
    this.providers.push(provider);
    return provider;
  }

  destroyAll(): void {
    for (const provider of this.providers.splice(0)) provider.destroy();
  }
}

export async function createBoard(baseUrl: string): Promise<CreateBoardResponse> {
  const res = await fetch(`${baseUrl}/api/boards`, { method: 'POST' });
  if (res.status !== 201) throw new Error(`create failed: ${res.status}`);
  return (await res.json()) as CreateBoardResponse;
}

/** The sorted node ids of a document: what the edits of these tests add. */
export function nodeIds(doc: Y.Doc): string[] {
  return Array.from(nodesOf(doc).keys()).sort();
}

export function webServer(id: string) {
  return { id, kind: 'web-server' as const, label: id, x: 0, y: 0, props: {} };
}

/** Open Yjs sync connections of one instance, read from its metrics. */
export function syncConnections(url: string): Promise<number> {
  return gauge(url, 'scaleboard_sync_connections');
}

/** One unlabelled gauge of an instance's metrics (0 when absent). */
export async function gauge(url: string, name: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return Number(new RegExp(`^${name} (\\d+)`, 'm').exec(text)?.[1] ?? 0);
}

/**
 * A GET from a local address of this machine (127.x), claiming a client in X-Forwarded-For:
 * resolves with the status. How the addressing tests pose as different clients.
 */
export function getFrom(baseUrl: string, localAddress: string, path: string, forwardedFor: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, baseUrl), { localAddress, headers: { 'x-forwarded-for': forwardedFor } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

/** A sync socket from a local address, claiming a client; `state.status` becomes 101 or the refusal's status. */
export function syncFrom(baseUrl: string, localAddress: string, boardId: string, key: string, forwardedFor: string) {
  const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/yjs/${boardId}?key=${key}`, { localAddress, headers: { 'x-forwarded-for': forwardedFor } });
  const state = { status: 0 };
  ws.on('error', () => undefined);
  ws.once('open', () => (state.status = 101));
  ws.once('unexpected-response', (_req, res) => (state.status = res.statusCode ?? -1));
  return { ws, state };
}
