import { readFileSync, readdirSync } from 'node:fs';

/** Kernel clock ticks per second for /proc/<pid>/stat times (100 on Linux x86-64 and arm64). */
const TICKS_PER_SECOND = 100;

/** CPU time (user + system) of the processes, in milliseconds; vanished processes count 0. */
export function cpuMs(pids: readonly number[]): number {
  let ms = 0;
  for (const processMs of cpuMsByPid(pids).values()) ms += processMs;
  return ms;
}

/** CPU time (user + system) of each process still readable, in milliseconds; vanished ones are left out. */
export function cpuMsByPid(pids: readonly number[]): Map<number, number> {
  const byPid = new Map<number, number>();
  for (const pid of pids) {
    const fields = statFields(pid);
    if (fields) byPid.set(pid, ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND);
  }
  return byPid;
}

/**
 * CPU time the processes spent since `before` (cpuMsByPid then), in milliseconds: a process that
 * started since counts whole, one that exited since counts nothing. Not `cpuMs(now) − cpuMs(then)`,
 * which read an exited process's whole life as negative time (a connection pool closing an idle
 * PostgreSQL backend mid-run read −20 µs per edit).
 */
export function cpuMsSince(before: ReadonlyMap<number, number>, pids: readonly number[]): number {
  let ms = 0;
  for (const [pid, now] of cpuMsByPid(pids)) ms += now - (before.get(pid) ?? 0);
  return ms;
}

/** Page faults the processes took that needed no disk (memory the kernel had to map in, zeroed). */
export function minorFaults(pids: readonly number[]): number {
  let faults = 0;
  for (const pid of pids) faults += Number(statFields(pid)?.[7] ?? 0);
  return faults;
}

/**
 * CPU time the whole machine has spent busy since boot (every process and the kernel's interrupts,
 * all cores), in milliseconds, from the first line of /proc/stat.
 */
export function machineBusyMs(): number {
  const [, user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/).map(Number);
  return (((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) * 1000) / TICKS_PER_SECOND;
}

/** Resident set size of the processes, in bytes. */
export function rssBytes(pids: readonly number[]): number {
  let kb = 0;
  for (const pid of pids) {
    try {
      const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      kb += Number(match?.[1] ?? 0);
    } catch {
      // gone
    }
  }
  return kb * 1024;
}

/** Processes whose parent is `pid` (nginx's workers under its master, for instance). */
export function childPids(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statFields(Number(entry));
    if (fields && Number(fields[1]) === pid) children.push(Number(entry));
  }
  return children;
}

/** Fields of /proc/<pid>/stat after the command name: [0] state, [1] ppid, [7] minflt, [11] utime, [12] stime. */
function statFields(pid: number): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}
