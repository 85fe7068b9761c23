/**
 * Keeps each board's roster current on this instance's sockets. A change (a join, a leave, a
 * rename, here or on another instance) makes the instance read the room again and send its own
 * sockets what it read; one read at a time per board, and a change during a read makes another.
 * So the last roster a socket receives was read after the last change its instance heard of.
 *
 * Why not one read broadcast to every instance: reads made by different instances for changes
 * close together arrived in any order, and an older one arriving last stayed — three people
 * joining at once on three instances left one roster without the third for good (seen in CI).
 *
 * @example const rosters = new RosterRefresh(readRoom, sendLocal, logError); rosters.changed(boardId)
 */
export class RosterRefresh<Roster> {
  /** Boards with a read in flight, and whether a change came in meanwhile. */
  private readonly reading = new Map<string, { again: boolean }>();

  constructor(
    private readonly read: (boardId: string) => Promise<Roster>,
    private readonly send: (boardId: string, roster: Roster) => void,
    /** A read that failed (an instance that did not answer in time): logged, the next change reads again. */
    private readonly onError: (error: unknown, boardId: string) => void,
  ) {}

  changed(boardId: string): void {
    const inFlight = this.reading.get(boardId);
    if (inFlight) {
      inFlight.again = true;
      return;
    }
    const state = { again: false };
    this.reading.set(boardId, state);
    void this.refresh(boardId, state);
  }

  private async refresh(boardId: string, state: { again: boolean }): Promise<void> {
    do {
      state.again = false;
      try {
        this.send(boardId, await this.read(boardId));
      } catch (error) {
        this.onError(error, boardId);
      }
    } while (state.again);
    this.reading.delete(boardId);
  }
}
