/**
 * Runs jobs one at a time, each starting in an event-loop turn of its own. Drawing a picture is
 * synchronous work on the event loop (a few hundred ms per step for a 5,000-element board); exports that
 * arrive together would otherwise draw back to back in one turn and hold every other request
 * and socket for the sum. Between two jobs here, the server answers everyone else.
 *
 * @example const svg = await lane.run(() => renderBoard(file).svg)
 */
export class SerialLane {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(job: () => T | Promise<T>): Promise<T> {
    const result = this.tail.then(nextTurn).then(job);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

/** Resolves in an event-loop turn of its own, after everything already waiting (I/O included). */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
