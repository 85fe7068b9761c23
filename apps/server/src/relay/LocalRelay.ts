import type { RelayKind, RelayListener, RoomRelay } from './RoomRelay';

/**
 * The in-process relay. One instance alone has nobody to relay to, so this only matters when
 * several apps in one process share it — which is how tests model instances without Redis.
 */
export class LocalBus {
  private readonly listeners = new Map<string, Set<{ relay: LocalRelay; listener: RelayListener }>>();

  /** A relay for one app on this bus. */
  connect(): LocalRelay {
    return new LocalRelay(this);
  }

  add(boardId: string, entry: { relay: LocalRelay; listener: RelayListener }): () => void {
    let set = this.listeners.get(boardId);
    if (!set) this.listeners.set(boardId, (set = new Set()));
    set.add(entry);
    return () => {
      set.delete(entry);
      if (set.size === 0) this.listeners.delete(boardId);
    };
  }

  /** How many relays other than `from` listen to the board. */
  reach(from: LocalRelay, boardId: string): number {
    let others = 0;
    for (const { relay } of this.listeners.get(boardId) ?? []) if (relay !== from) others++;
    return others;
  }

  deliver(from: LocalRelay, boardId: string, kind: RelayKind, payload: Uint8Array, sentAt: number): void {
    for (const { relay, listener } of this.listeners.get(boardId) ?? []) if (relay !== from) listener(kind, payload, sentAt);
  }
}

export class LocalRelay implements RoomRelay {
  constructor(private readonly bus: LocalBus = new LocalBus()) {}

  async subscribe(boardId: string, listener: RelayListener): Promise<() => void> {
    return this.bus.add(boardId, { relay: this, listener });
  }

  async publish(boardId: string, kind: RelayKind, payload: Uint8Array): Promise<number> {
    // Delivered on a later tick, like a network would: never inside the sender's transaction.
    const sentAt = Date.now();
    queueMicrotask(() => this.bus.deliver(this, boardId, kind, payload, sentAt));
    return this.bus.reach(this, boardId);
  }

  onReconnect(): void {}
}
