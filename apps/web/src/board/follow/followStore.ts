/** Who this browser follows, and who (if anyone) the owner asked everyone to follow. */
export interface FollowState {
  /** Member id (Socket.IO id, published in awareness as `member`) whose viewport we mirror. */
  target: string | null;
  leader: string | null;
  laser: boolean;
}

type Listener = () => void;

/** A tiny external store, shared by the roster (click to follow) and the canvas (which moves). */
export class FollowStore {
  private state: FollowState = { target: null, leader: null, laser: false };
  private readonly listeners = new Set<Listener>();

  get = (): FollowState => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  follow(target: string | null): void {
    this.patch({ target });
  }

  setLeader(leader: string | null): void {
    this.patch({ leader });
  }

  setLaser(laser: boolean): void {
    this.patch({ laser });
  }

  private patch(next: Partial<FollowState>): void {
    this.state = { ...this.state, ...next };
    for (const listener of this.listeners) listener();
  }
}

const stores = new WeakMap<object, FollowStore>();

/**
 * The follow store of one open board, keyed by its awareness object so any component holding
 * the awareness reaches the same store without new props through shared components.
 *
 * @example followStoreFor(session.awareness).follow(member.id)
 */
export function followStoreFor(awareness: object): FollowStore {
  let store = stores.get(awareness);
  if (!store) stores.set(awareness, (store = new FollowStore()));
  return store;
}
