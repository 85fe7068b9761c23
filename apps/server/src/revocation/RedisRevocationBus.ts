import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { parseRevocation, type Revocation, type RevocationBus, type RevocationListener } from './Revocation';

/**
 * Revocations over Redis pub/sub: one channel for the deployment (they are rare), JSON messages
 * tagged with the sending instance so it ignores its own. Pub/sub keeps nothing for a
 * subscriber that is away, so a revocation sent during a Redis blip is lost to this instance:
 * `onReconnect` tells the key recheck to look at the store instead (see KeyRecheck).
 * REST checks the key on every request anyway.
 */
export class RedisRevocationBus implements RevocationBus {
  private readonly origin = randomBytes(8).toString('hex');
  private readonly listeners: RevocationListener[] = [];
  private subscribed = false;

  constructor(
    private readonly pub: Redis,
    private readonly sub: Redis,
    private readonly prefix: string,
    private readonly logger: Logger,
  ) {}

  async publish(revocation: Revocation): Promise<void> {
    await this.pub.publish(this.channel, JSON.stringify({ ...revocation, origin: this.origin }));
  }

  async subscribe(listener: RevocationListener): Promise<void> {
    this.listeners.push(listener);
    if (this.subscribed) return;
    this.subscribed = true;
    this.sub.on('message', (channel: string, message: string) => {
      if (channel !== this.channel) return;
      const revocation = parseRevocation(message);
      if (!revocation) return this.logger.warn({ channel }, 'unreadable revocation message');
      if (message.includes(`"origin":"${this.origin}"`)) return;
      for (const each of this.listeners) each(revocation);
    });
    await this.sub.subscribe(this.channel);
  }

  onReconnect(listener: () => void): void {
    // ioredis is 'ready' again after each reconnect, once it has resubscribed our channel.
    this.sub.on('ready', listener);
  }

  async close(): Promise<void> {
    if (this.subscribed) await this.sub.unsubscribe(this.channel).catch(() => undefined);
  }

  private get channel(): string {
    return `${this.prefix}revocations`;
  }
}
