import { BoardRoom, type RoomDeps } from './BoardRoom';
import { CLOSE_CODES, type RoomSession } from './RoomSession';

interface Entry {
  opening: Promise<BoardRoom>;
  room?: BoardRoom;
}

/**
 * The boards open on this instance. A room exists while someone is connected to it and is
 * dropped (after its log is flushed) when the last session leaves, so idle boards hold no memory.
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, Entry>();
  /** Rooms being flushed and closed; a new session waits for that before reopening. */
  private readonly closing = new Map<string, Promise<void>>();

  constructor(private readonly deps: RoomDeps) {
    deps.relay.onReconnect(() => void this.catchUpAll());
  }

  /** Every open room re-reads the durable log (after a relay gap). */
  async catchUpAll(): Promise<void> {
    for (const entry of this.rooms.values()) {
      await entry.room?.catchUp().catch((error: unknown) => this.deps.logger.warn({ err: error }, 'catch-up failed'));
    }
  }

  /** Opens (or reuses) the board's room and adds the session to it. */
  async join(boardId: string, session: RoomSession): Promise<BoardRoom> {
    const room = await this.open(boardId);
    room.join(session);
    return room;
  }

  leave(room: BoardRoom, session: RoomSession): void {
    room.leave(session);
    const entry = this.rooms.get(room.boardId);
    if (room.sessionCount > 0 || entry?.room !== room) return;
    this.rooms.delete(room.boardId);
    this.deps.metrics.roomsOpen.dec();
    const closed = room.close().finally(() => this.closing.delete(room.boardId));
    this.closing.set(room.boardId, closed);
  }

  /**
   * Runs `use` on the board's room, opening it for the call if nobody here has it open (as a
   * session of the server's own that receives nothing), and closing it after as the last to leave.
   *
   * @example const version = await registry.withRoom(id, (room) => room.change(author, edit))
   */
  async withRoom<T>(boardId: string, use: (room: BoardRoom) => Promise<T>): Promise<T> {
    const session: RoomSession = { id: `server-${boardId}`, role: 'owner', send: () => undefined, close: () => undefined };
    const room = await this.join(boardId, session);
    try {
      return await use(room);
    } finally {
      this.leave(room, session);
    }
  }

  /** The live room if this instance holds one, for readers that want the freshest state. */
  peek(boardId: string): BoardRoom | undefined {
    return this.rooms.get(boardId)?.room;
  }

  /**
   * The room being opened here for a session, to wait for instead of reading the same document
   * a second time (a board's page asks its title while its sync socket opens the room).
   */
  opening(boardId: string): Promise<BoardRoom> | undefined {
    const entry = this.rooms.get(boardId);
    return entry && !entry.room ? entry.opening : undefined;
  }

  get openCount(): number {
    return this.rooms.size;
  }

  /** Closes every session, waits until every accepted update is durable, drops every room (shutdown). */
  async closeAll(): Promise<void> {
    const rooms = await Promise.all(Array.from(this.rooms.values(), (entry) => entry.opening));
    this.rooms.clear();
    for (const room of rooms) room.closeAll(CLOSE_CODES.goingAway, 'server shutting down');
    await Promise.all([...rooms.map((room) => room.flush()), ...this.closing.values()]);
    for (const room of rooms) room.destroy();
    this.deps.metrics.roomsOpen.set(0);
  }

  private open(boardId: string): Promise<BoardRoom> {
    const existing = this.rooms.get(boardId);
    if (existing) return existing.opening;
    const entry = {} as Entry;
    entry.opening = (async () => {
      await this.closing.get(boardId);
      const room = await BoardRoom.load(boardId, this.deps);
      entry.room = room;
      return room;
    })();
    this.rooms.set(boardId, entry);
    this.deps.metrics.roomsOpen.inc();
    entry.opening.catch(() => {
      if (this.rooms.get(boardId) === entry) this.rooms.delete(boardId);
      this.deps.metrics.roomsOpen.dec();
    });
    return entry.opening;
  }
}
