import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { WebsocketProvider } from 'y-websocket';
import { EMPTY_DOC_SYNC_STEP1, syncServerUrl, syncSocketUrl } from './earlySync';

describe('early sync', () => {
  it('sends the sync step 1 a provider sends for an empty document', () => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    syncProtocol.writeSyncStep1(encoder, new Y.Doc());
    expect(encoding.toUint8Array(encoder)).toEqual(EMPTY_DOC_SYNC_STEP1);
  });

  it('opens the URL the provider would open, so the provider takes the socket over', () => {
    const server = syncServerUrl({ protocol: 'https:', host: 'board.example:8443' });
    expect(server).toBe('wss://board.example:8443/yjs');
    const provider = new WebsocketProvider(server, 'a-b_c', new Y.Doc(), { params: { key: 'edit.x+y/z=' }, connect: false, disableBc: true, WebSocketPolyfill: class {} as unknown as typeof WebSocket });
    expect(syncSocketUrl(server, 'a-b_c', 'edit.x+y/z=')).toBe(provider.url);
    provider.destroy();
  });
});
