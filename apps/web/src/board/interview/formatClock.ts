/**
 * A phase clock as people read it: "04:59" left, or "+01:05" once over the budget. Rounds up
 * while counting down, so the clock shows "00:01" until the last second is really gone.
 *
 * @example formatClock(299_001) // "05:00"
 */
export function formatClock(remainingMs: number): string {
  const over = remainingMs < 0;
  const seconds = over ? Math.floor(-remainingMs / 1000) : Math.ceil(remainingMs / 1000);
  const mm = String(Math.floor(seconds / 60)).padStart(2, '0');
  const ss = String(seconds % 60).padStart(2, '0');
  return `${over ? '+' : ''}${mm}:${ss}`;
}
