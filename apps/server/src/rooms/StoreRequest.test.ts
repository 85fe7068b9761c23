import { describe, expect, it } from 'vitest';
import { StoreRequest } from './StoreRequest';

/** A request whose `ask` reports `receivers` and hands its id to the test. */
function request(receivers: number | undefined, timeoutMs = 60_000): { request: StoreRequest; id: Promise<Uint8Array> } {
  let sent!: (id: Uint8Array) => void;
  const id = new Promise<Uint8Array>((resolve) => (sent = resolve));
  return {
    request: new StoreRequest(async (requestId) => {
      sent(requestId);
      return receivers;
    }, timeoutMs),
    id,
  };
}

describe('StoreRequest', () => {
  it('resolves at once when nobody else has the board open, or when that is not known', async () => {
    await expect(request(0).request.send()).resolves.toBe(true);
    await expect(request(undefined).request.send()).resolves.toBe(true);
  });

  it('waits for an answer from every instance that received it, ignoring answers to other requests', async () => {
    const { request: asked, id } = request(2);
    let settled = false;
    const sent = asked.send().then((all) => ((settled = true), all));
    const requestId = await id;
    asked.answer(requestId);
    asked.answer(new Uint8Array(requestId.byteLength));
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    asked.answer(new Uint8Array(requestId));
    await expect(sent).resolves.toBe(true);
  });

  it('counts answers that arrive before the publish says how many received it', async () => {
    const asked: StoreRequest = new StoreRequest(async (requestId) => {
      asked.answer(requestId);
      return 1;
    });
    await expect(asked.send()).resolves.toBe(true);
  });

  it('gives up at its timeout when an instance never answers', async () => {
    const { request: asked } = request(1, 20);
    await expect(asked.send()).resolves.toBe(false);
  });
});
