/** The timers a throttle uses; the browser's by default, fake ones in tests. */
export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const browserClock: Clock = {
  now: () => performance.now(),
  setTimeout: (run, ms) => window.setTimeout(run, ms),
  clearTimeout: (handle) => window.clearTimeout(handle as number),
};

export interface LatestWins<T> {
  /** Offers the newest value: sent now when the last send is an interval old, else once it is. */
  push(value: T): void;
  /** Forgets a value still waiting to go out (it is out of date: the pointer left the canvas). */
  cancel(): void;
}

/**
 * Sends at most one value per interval, always the newest: a value offered while the interval runs
 * waits and is replaced by any newer one, so at most one is ever held however fast values come, and
 * the last one offered always goes out (a pointer that stops is shown where it stopped).
 *
 * @example const cursor = throttleLatest(50, (point) => awareness.setLocalStateField('cursor', point));
 * cursor.push({ x: 10.5, y: 3 });
 */
export function throttleLatest<T>(intervalMs: number, send: (value: T) => void, clock: Clock = browserClock): LatestWins<T> {
  let lastSent = -Infinity;
  let waiting: { value: T } | null = null;
  let timer: unknown = null;

  const flush = () => {
    timer = null;
    if (!waiting) return;
    const { value } = waiting;
    waiting = null;
    lastSent = clock.now();
    send(value);
  };

  return {
    push(value) {
      waiting = { value };
      if (timer !== null) return;
      const wait = lastSent + intervalMs - clock.now();
      if (wait <= 0) flush();
      else timer = clock.setTimeout(flush, wait);
    },
    cancel() {
      waiting = null;
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
    },
  };
}
