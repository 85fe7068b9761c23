/** Past this many held events the early socket is given up: its owner opens its own, as usual. */
export const HELD_EVENTS_CAP = 1000;

const EVENT_TYPES = ['open', 'message', 'error', 'close'] as const;
type Handler = ((event: Event) => void) | null;

/**
 * A WebSocket opened before the code that will use it has loaded (the sync socket, opened by the
 * bootstrap in main.tsx while the app chunk downloads), handed over to that code later as if it
 * were a new WebSocket (y-websocket's provider, through its `WebSocketPolyfill`).
 *
 * Until `takeOver`, its events are held in order — at most HELD_EVENTS_CAP: past that the socket is
 * closed and given up, and the owner opens its own as it would have anyway. Once taken over, the
 * held events are given to the `on…` handlers the owner set, then every later event as it comes.
 *
 * `openingMessage` is sent as soon as the socket opens (y-websocket's sync step 1 for an empty
 * document: the server sends the board in answer to it). The owner sends the same message when it
 * sees `open`; that first identical copy is not sent again (the server would answer it with the
 * whole board a second time).
 */
export class EarlyWebSocket {
  readonly CONNECTING = 0;
  readonly OPEN = 1;
  readonly CLOSING = 2;
  readonly CLOSED = 3;
  onopen: Handler = null;
  onmessage: Handler = null;
  onerror: Handler = null;
  onclose: Handler = null;
  /** The events not yet given to the owner; null once they have been (events then go straight through). */
  private held: Event[] | null = [];
  private taken = false;
  private givenUp = false;
  private openingSent = false;
  private openingRepeatSkipped = false;

  constructor(
    private readonly socket: WebSocket,
    private readonly openingMessage?: Uint8Array,
  ) {
    // Held messages must already be ArrayBuffers: y-websocket reads `new Uint8Array(event.data)`.
    socket.binaryType = 'arraybuffer';
    for (const type of EVENT_TYPES) socket.addEventListener(type, this.receive);
  }

  get url(): string {
    return this.socket.url;
  }

  get readyState(): number {
    return this.socket.readyState;
  }

  get bufferedAmount(): number {
    return this.socket.bufferedAmount;
  }

  get binaryType(): BinaryType {
    return this.socket.binaryType;
  }

  set binaryType(type: BinaryType) {
    this.socket.binaryType = type;
  }

  /**
   * Hands the socket over (once): this object, whose held events reach the handlers the owner sets
   * in the same task; or null when it cannot be used (given up, closing or closed, taken already),
   * and then it is closed: the owner opens its own.
   */
  takeOver(): this | null {
    const usable = !this.taken && !this.givenUp && this.socket.readyState <= this.OPEN;
    if (!usable) {
      this.discard();
      return null;
    }
    this.taken = true;
    // A microtask: after the owner's constructor has set its handlers, before any later event
    // (events arrive as tasks), so the held ones keep their place in the order.
    queueMicrotask(this.release);
    return this;
  }

  /** Closes the socket and forgets it; nothing is handed over. */
  discard(): void {
    if (this.taken) return;
    this.givenUp = true;
    this.held = [];
    for (const type of EVENT_TYPES) this.socket.removeEventListener(type, this.receive);
    if (this.socket.readyState <= this.OPEN) this.socket.close();
  }

  send(data: string | ArrayBufferLike | ArrayBufferView | Blob): void {
    if (this.isOpeningRepeat(data)) {
      this.openingRepeatSkipped = true;
      return;
    }
    this.socket.send(data);
  }

  close(code?: number, reason?: string): void {
    this.socket.close(code, reason);
  }

  private isOpeningRepeat(data: unknown): boolean {
    if (!this.openingMessage || !this.openingSent || this.openingRepeatSkipped || !ArrayBuffer.isView(data)) return false;
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    return bytes.length === this.openingMessage.length && bytes.every((byte, i) => byte === this.openingMessage![i]);
  }

  private readonly receive = (event: Event): void => {
    if (event.type === 'open' && this.openingMessage) {
      this.socket.send(this.openingMessage);
      this.openingSent = true;
    }
    if (this.held === null) return this.dispatch(event);
    if (this.held.length >= HELD_EVENTS_CAP) return this.discard();
    this.held.push(event);
  };

  private readonly release = (): void => {
    const held = this.held ?? [];
    this.held = null;
    for (const event of held) this.dispatch(event);
  };

  private dispatch(event: Event): void {
    const handler = event.type === 'open' ? this.onopen : event.type === 'message' ? this.onmessage : event.type === 'error' ? this.onerror : this.onclose;
    handler?.call(this, event);
  }
}
