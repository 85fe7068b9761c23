import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { parseRevocation, type Revocation, type RevocationBus, type RevocationListener } from './Revocation';

/**
 * Revocations over Redis pub/sub: one channel for the deployment (they are rare), JSON messages
 * tagged with the sending instance so it ignores its own. A revocation lost in a Redis blip
 * leaves nothing open to the old key for long: every channel checks the key again on reconnect,
 * and REST on every request.
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

  async close(): Promise<void> {
    if (this.subscribed) await this.sub.unsubscribe(this.channel).catch(() => undefined);
  }

  private get channel(): string {
    return `${this.prefix}revocations`;
  }
}
