// What the server's benchmarks measure with: written once here, not in each script.

/** The middle value of `values` (the upper of the two middle ones for an even count); 0 when empty. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The process's CPU time so far, user and system, in milliseconds. */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
