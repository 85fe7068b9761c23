import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { RedisRelay } from '../src/relay/RedisRelay';
import type { RelayKind } from '../src/relay/RoomRelay';
import { eventually } from './eventually';

/** The shared Redis of the machine (or TEST_REDIS_URL), under a prefix of this run's own. */
const url = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `sbtest:${randomBytes(4).toString('hex')}:`;
const connections: Redis[] = [];

function relay(): RedisRelay {
  const [pub, sub] = [new Redis(url), new Redis(url)];
  connections.push(pub, sub);
  return new RedisRelay(pub, sub, prefix, pino({ level: 'silent' }));
}

let opening: RedisRelay;
let other: RedisRelay;
beforeAll(() => {
  opening = relay();
  other = relay();
});
afterAll(async () => {
  await Promise.all(connections.map((connection) => connection.quit()));
});

describe('RedisRelay', () => {
  it('delivers every message Redis counted a subscription for, even one that arrives with the subscription', async () => {
    // A room subscribes while another instance publishes (two instances opening a board at once):
    // Redis may answer the SUBSCRIBE and send the next messages in one write. Each message Redis
    // counted the new subscription for must reach its listener.
    let counted = 0;
    for (let attempt = 0; attempt < 20; attempt++) {
      const boardId = `board-${attempt}`;
      const heard: number[] = [];
      // The publisher has the board open too: Redis's count includes its own subscription.
      const stopOther = await other.subscribe(boardId, () => undefined);
      const subscribed = opening.subscribe(boardId, (_kind, payload) => heard.push(payload[0]!));
      const receivers = await Promise.all(Array.from({ length: 50 }, (_, n) => other.publish(boardId, 'store', new Uint8Array([n]))));
      const unsubscribe = await subscribed;
      const countedHere = receivers.flatMap((count, n) => (count === 1 ? [n] : []));
      counted += countedHere.length;
      await eventually(() => expect(heard).toEqual(countedHere));
      unsubscribe();
      stopOther();
    }
    expect(counted).toBeGreaterThan(0);
  });

  it('carries each kind of message, and not back to its sender', async () => {
    const heardByOther: RelayKind[] = [];
    const heardBySender: RelayKind[] = [];
    const stopOther = await other.subscribe('kinds', (kind) => heardByOther.push(kind));
    const stopSender = await opening.subscribe('kinds', (kind) => heardBySender.push(kind));
    for (const kind of ['update', 'awareness', 'store', 'stored'] as const) expect(await opening.publish('kinds', kind, new Uint8Array([1]))).toBe(1);
    await eventually(() => expect(heardByOther).toEqual(['update', 'awareness', 'store', 'stored']));
    expect(heardBySender).toEqual([]);
    stopOther();
    stopSender();
  });
});
