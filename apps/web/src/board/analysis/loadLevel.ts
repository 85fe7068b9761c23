/** How busy a component is, for colouring: the thresholds an operator would page on. */
export type LoadLevel = 'idle' | 'ok' | 'busy' | 'hot' | 'over';

/**
 * @example loadLevel(0.72) // 'busy'
 */
export function loadLevel(utilization: number): LoadLevel {
  if (!(utilization > 0)) return 'idle';
  if (utilization > 1) return 'over';
  if (utilization > 0.85) return 'hot';
  if (utilization > 0.6) return 'busy';
  return 'ok';
}
