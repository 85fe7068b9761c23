import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { binaryFrame } from './wsFrame';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A ws server that hands out the socket each connection speaks through, as the transport keeps it. */
async function connect(): Promise<{ serverSide: WebSocket; socket: Duplex; client: WebSocket; received: Buffer[] }> {
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  const accepted = new Promise<{ serverSide: WebSocket; socket: Duplex }>((resolve) => {
    server = createServer();
    server.on('upgrade', (request, socket, head) => wss.handleUpgrade(request, socket, head, (serverSide) => resolve({ serverSide, socket })));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const client = new WebSocket(`ws://127.0.0.1:${(server!.address() as AddressInfo).port}`);
  const received: Buffer[] = [];
  client.on('message', (data: Buffer, isBinary) => {
    expect(isBinary).toBe(true);
    received.push(data);
  });
  await new Promise((resolve) => client.once('open', resolve));
  return { ...(await accepted), client, received };
}

const bytes = (length: number, seed: number) => Uint8Array.from({ length }, (_, i) => (i * 31 + seed) & 0xff);

describe('binaryFrame', () => {
  it('is read by a ws client as the binary message, at each length encoding, in order with what ws sends itself', async () => {
    const { serverSide, socket, client, received } = await connect();
    // 7-bit, 16-bit and 64-bit lengths, at their edges; one sent through ws in between.
    const payloads = [bytes(0, 1), bytes(125, 2), bytes(126, 3), bytes(65_535, 4), bytes(65_536, 5), bytes(300_000, 6)];
    for (const payload of payloads.slice(0, 3)) socket.write(binaryFrame(payload));
    serverSide.send(bytes(10, 7));
    for (const payload of payloads.slice(3)) socket.write(binaryFrame(payload));
    const expected = [...payloads.slice(0, 3), bytes(10, 7), ...payloads.slice(3)];
    await vi.waitFor(() => expect(received).toHaveLength(expected.length));
    expect(received.map((data) => new Uint8Array(data))).toEqual(expected);
    client.close();
    await new Promise((resolve) => serverSide.once('close', resolve));
  });
});
