type Reply<T> = { value: T } | { error: Error };

interface Waiting<Peer, T> {
  peer: Peer;
  resolve(value: T): void;
  reject(error: Error): void;
}

/**
 * Requests sent to another process or thread, each waiting for the reply that carries its id; when
 * the peer dies, whatever waits on it fails. PngRasterizer (a process) and BandWorkers (threads)
 * keep their requests here.
 *
 * @example const png = await replies.send(child, (id) => child.send({ id, svgs, options }));
 */
export class PendingReplies<Peer, T> {
  private readonly waiting = new Map<number, Waiting<Peer, T>>();
  private nextId = 1;

  /** Sends a request to `peer` under a fresh id (`post` does the sending); resolves with its reply. */
  send(peer: Peer, post: (id: number) => void): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { peer, resolve, reject });
      post(id);
    });
  }

  /** The reply to request `id`. */
  settle(id: number, reply: Reply<T>): void {
    const waiting = this.waiting.get(id);
    this.waiting.delete(id);
    if ('value' in reply) waiting?.resolve(reply.value);
    else waiting?.reject(reply.error);
  }

  /** `peer` is gone: every request waiting on it fails with `error`. */
  failAll(peer: Peer, error: Error): void {
    for (const [id, waiting] of this.waiting) {
      if (waiting.peer !== peer) continue;
      this.waiting.delete(id);
      waiting.reject(error);
    }
  }

  waitingOn(peer: Peer): boolean {
    return [...this.waiting.values()].some((waiting) => waiting.peer === peer);
  }
}
