import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { RelayKind, RelayListener, RoomRelay } from './RoomRelay';

const KIND_BYTE: Record<RelayKind, number> = { update: 0, awareness: 1, store: 2, stored: 3 };
const KIND_OF_BYTE = new Map(Object.entries(KIND_BYTE).map(([kind, byte]) => [byte, kind as RelayKind]));
const ORIGIN_BYTES = 8;
const HEADER_BYTES = 1 + ORIGIN_BYTES + 8;

/**
 * Redis pub/sub relay, one channel per board. Messages are binary: kind (1 byte), the sending
 * instance (8 bytes, so an instance ignores its own messages), the send time (float64 ms, for
 * the relay-lag metric), then the Yjs payload.
 */
export class RedisRelay implements RoomRelay {
  private readonly origin = randomBytes(ORIGIN_BYTES);
  private readonly subscriptions = new Map<string, { listeners: Set<RelayListener>; subscribed: Promise<unknown> }>();
  private readonly reconnectListeners: Array<() => void> = [];

  constructor(
    private readonly pub: Redis,
    private readonly sub: Redis,
    private readonly prefix: string,
    private readonly logger: Logger,
  ) {
    sub.on('messageBuffer', (channel: Buffer, message: Buffer) => this.deliver(channel.toString(), message));
    let lostConnection = false;
    sub.on('close', () => (lostConnection = true));
    sub.on('ready', () => {
      if (!lostConnection) return;
      lostConnection = false;
      // ioredis re-subscribes on reconnect; what was published meanwhile is gone, so catch up.
      for (const listener of this.reconnectListeners) listener();
    });
  }

  async subscribe(boardId: string, listener: RelayListener): Promise<() => void> {
    const channel = this.channel(boardId);
    let subscription = this.subscriptions.get(channel);
    if (!subscription) {
      // Listening before Redis confirms: the messages it counted this subscription for can arrive
      // in the same read as the confirmation, before an awaited SUBSCRIBE resumes.
      subscription = { listeners: new Set(), subscribed: this.sub.subscribe(channel) };
      this.subscriptions.set(channel, subscription);
    }
    const { listeners, subscribed } = subscription;
    listeners.add(listener);
    const unsubscribe = () => {
      listeners.delete(listener);
      if (listeners.size > 0 || this.subscriptions.get(channel) !== subscription) return;
      this.subscriptions.delete(channel);
      this.sub.unsubscribe(channel).catch((error: unknown) => this.logger.debug({ err: error }, 'unsubscribe failed'));
    };
    try {
      await subscribed;
    } catch (error) {
      unsubscribe();
      throw error;
    }
    return unsubscribe;
  }

  async publish(boardId: string, kind: RelayKind, payload: Uint8Array): Promise<number | undefined> {
    const header = Buffer.alloc(HEADER_BYTES);
    header[0] = KIND_BYTE[kind];
    this.origin.copy(header, 1);
    header.writeDoubleBE(Date.now(), 1 + ORIGIN_BYTES);
    const message = Buffer.concat([header, payload]);
    try {
      // Redis answers how many subscriptions received it, this instance's own among them (a room
      // subscribes while it is open, and only an open room publishes).
      return Math.max(0, (await this.pub.publish(this.channel(boardId), message)) - 1);
    } catch (error) {
      // The log still has the update; other instances catch up from it.
      this.logger.warn({ err: error, boardId }, 'relay publish failed');
      return undefined;
    }
  }

  onReconnect(listener: () => void): void {
    this.reconnectListeners.push(listener);
  }

  private deliver(channel: string, message: Buffer): void {
    if (message.length < HEADER_BYTES || message.subarray(1, 1 + ORIGIN_BYTES).equals(this.origin)) return;
    const kind = KIND_OF_BYTE.get(message[0] as number);
    if (!kind) return;
    const sentAt = message.readDoubleBE(1 + ORIGIN_BYTES);
    const payload = new Uint8Array(message.subarray(HEADER_BYTES));
    for (const listener of this.subscriptions.get(channel)?.listeners ?? []) listener(kind, payload, sentAt);
  }

  private channel(boardId: string): string {
    return `${this.prefix}yjs:${boardId}`;
  }
}
