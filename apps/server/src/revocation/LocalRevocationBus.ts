import type { Revocation, RevocationBus, RevocationListener } from './Revocation';

/**
 * The in-process revocation bus. One instance alone has nobody to tell; several apps in one
 * process (tests modelling instances) share a hub, like they share a `LocalBus` relay.
 */
export class LocalRevocationHub {
  private readonly buses = new Set<LocalRevocationBus>();

  connect(): LocalRevocationBus {
    const bus = new LocalRevocationBus(this);
    this.buses.add(bus);
    return bus;
  }

  deliver(from: LocalRevocationBus, revocation: Revocation): void {
    for (const bus of this.buses) if (bus !== from) bus.hear(revocation);
  }

  remove(bus: LocalRevocationBus): void {
    this.buses.delete(bus);
  }
}

export class LocalRevocationBus implements RevocationBus {
  private readonly listeners: RevocationListener[] = [];

  constructor(private readonly hub: LocalRevocationHub = new LocalRevocationHub()) {}

  async publish(revocation: Revocation): Promise<void> {
    // A later tick, as over a network: never inside the publisher's own request handling.
    queueMicrotask(() => this.hub.deliver(this, revocation));
  }

  async subscribe(listener: RevocationListener): Promise<void> {
    this.listeners.push(listener);
  }

  /** An in-process bus never disconnects, so it never calls `listener`. */
  onReconnect(_listener: () => void): void {}

  hear(revocation: Revocation): void {
    for (const listener of this.listeners) listener(revocation);
  }

  async close(): Promise<void> {
    this.hub.remove(this);
  }
}
