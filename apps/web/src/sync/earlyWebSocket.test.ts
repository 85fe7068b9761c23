import { describe, expect, it } from 'vitest';
import { EarlyWebSocket, HELD_EVENTS_CAP } from './earlyWebSocket';

/** What EarlyWebSocket uses of a WebSocket, driven by the test. */
class FakeSocket extends EventTarget {
  readyState = 0;
  binaryType: BinaryType = 'blob';
  url = 'ws://h/yjs/b?key=k';
  bufferedAmount = 0;
  sent: unknown[] = [];
  closed = false;
  send(data: unknown) {
    this.sent.push(data);
  }
  close() {
    this.closed = true;
    this.readyState = 3;
  }
  open() {
    this.readyState = 1;
    this.dispatchEvent(new Event('open'));
  }
  message(data: number) {
    this.dispatchEvent(Object.assign(new Event('message'), { data }));
  }
}

const OPENING = new Uint8Array([0, 0, 1, 0]);
const settle = () => new Promise<void>((resolve) => queueMicrotask(resolve));

function owned(early: EarlyWebSocket) {
  const seen: string[] = [];
  early.onopen = () => seen.push('open');
  early.onmessage = (event) => seen.push(`message ${(event as MessageEvent).data}`);
  early.onclose = () => seen.push('close');
  return seen;
}

describe('EarlyWebSocket', () => {
  it('sends the opening message on open and gives the held events to the owner in order, then the later ones', async () => {
    const socket = new FakeSocket();
    const early = new EarlyWebSocket(socket as unknown as WebSocket, OPENING);
    expect(socket.binaryType).toBe('arraybuffer');
    socket.open();
    socket.message(1);
    expect(socket.sent).toEqual([OPENING]);
    expect(early.takeOver()).toBe(early);
    const seen = owned(early);
    expect(seen).toEqual([]);
    await settle();
    socket.message(2);
    expect(seen).toEqual(['open', 'message 1', 'message 2']);
  });

  it('does not send the owner’s first copy of the opening message again, but any other message and later copies', async () => {
    const socket = new FakeSocket();
    const early = new EarlyWebSocket(socket as unknown as WebSocket, OPENING);
    socket.open();
    early.takeOver();
    await settle();
    early.send(new Uint8Array([0, 0, 1, 0]));
    early.send(new Uint8Array([1, 2]));
    early.send(new Uint8Array([0, 0, 1, 0]));
    expect(socket.sent).toEqual([OPENING, new Uint8Array([1, 2]), new Uint8Array([0, 0, 1, 0])]);
  });

  it('opening after the takeover: the opening message goes first, then the owner sees open', async () => {
    const socket = new FakeSocket();
    const early = new EarlyWebSocket(socket as unknown as WebSocket, OPENING);
    early.takeOver();
    const seen = owned(early);
    await settle();
    early.onopen = () => early.send(new Uint8Array([0, 0, 1, 0]));
    socket.open();
    expect(socket.sent).toEqual([OPENING]);
    expect(seen).toEqual([]);
  });

  it(`holds at most ${HELD_EVENTS_CAP} events: past that it closes, and cannot be taken over`, () => {
    const socket = new FakeSocket();
    const early = new EarlyWebSocket(socket as unknown as WebSocket, OPENING);
    socket.open();
    for (let i = 1; i < HELD_EVENTS_CAP; i++) socket.message(i); // with the open event: the cap
    expect(socket.closed).toBe(false);
    socket.message(HELD_EVENTS_CAP);
    expect(socket.closed).toBe(true);
    expect(early.takeOver()).toBeNull();
  });

  it('a socket closed before the takeover is not handed over; it is taken over once only', () => {
    const closedEarly = new FakeSocket();
    const early = new EarlyWebSocket(closedEarly as unknown as WebSocket);
    closedEarly.close();
    expect(early.takeOver()).toBeNull();
    const socket = new FakeSocket();
    const once = new EarlyWebSocket(socket as unknown as WebSocket);
    expect(once.takeOver()).toBe(once);
    expect(once.takeOver()).toBeNull();
    expect(socket.closed).toBe(false);
  });
});
