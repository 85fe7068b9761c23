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
export async function syncConnections(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return Number(/^scaleboard_sync_connections (\d+)/m.exec(text)?.[1] ?? 0);
}
