import type { HistoryVersion } from '@scaleboard/protocol';

/** A pause longer than this between two versions starts a new session of work. */
export const SESSION_GAP_MS = 10 * 60 * 1000;

/** Versions made without a long pause between them, newest first, as the panel groups them. */
export interface WorkSession {
  versions: HistoryVersion[];
  /** Time of the oldest version of the session (ms since the epoch). */
  from: number;
  /** Time of the newest. */
  to: number;
}

/**
 * Groups versions (newest first, as the history lists them) into sessions of work: a gap of more
 * than `gapMs` between two neighbours starts a new session. A version whose time cannot be read
 * stays with its neighbours rather than splitting them.
 *
 * @example sessionsOf(versions).map((s) => s.versions.length) // [3, 12] — today's three, last week's twelve
 */
export function sessionsOf(versions: readonly HistoryVersion[], gapMs = SESSION_GAP_MS): WorkSession[] {
  const sessions: WorkSession[] = [];
  let current: WorkSession | null = null;
  for (const version of versions) {
    const at = Date.parse(version.at);
    if (current && (Number.isNaN(at) || current.from - at <= gapMs)) {
      current.versions.push(version);
      if (!Number.isNaN(at)) current.from = Math.min(current.from, at);
      continue;
    }
    current = { versions: [version], from: at, to: at };
    sessions.push(current);
  }
  return sessions;
}

/**
 * Adds a freshly read page of versions to those already listed: one entry per version, newest
 * first. A page that does not reach the listed ones (more new versions than a page holds) replaces
 * them, with its own `next`, so the list never has a hole in it.
 *
 * @example mergeVersions({ versions: [v3, v2], next: 1 }, { versions: [v4, v3], next: 2 }) // { versions: [v4, v3, v2], next: 1 }
 */
export function mergeVersions(
  listed: { versions: readonly HistoryVersion[]; next: number | null },
  page: { versions: readonly HistoryVersion[]; next: number | null },
): { versions: HistoryVersion[]; next: number | null } {
  const oldestOfPage = page.versions.at(-1)?.version;
  const newestListed = listed.versions[0]?.version;
  const reaches = newestListed === undefined || page.next === null || (oldestOfPage !== undefined && oldestOfPage <= newestListed);
  if (!reaches) return { versions: [...page.versions], next: page.next };
  const byVersion = new Map<number, HistoryVersion>();
  for (const version of listed.versions) byVersion.set(version.version, version);
  // The page is the newer reading: its labels and authors win.
  for (const version of page.versions) byVersion.set(version.version, version);
  const versions = [...byVersion.values()].sort((a, b) => b.version - a.version);
  // A page that reaches the first version leaves nothing older to load.
  const next = page.next === null || listed.versions.length === 0 ? page.next : listed.next;
  return { versions, next };
}

/**
 * Adds an older page below the versions listed, leaving out any already there (listed by a
 * refresh since the page was asked for); its `next` is the list's next.
 *
 * @example appendOlder({ versions: [v3, v2], next: 2 }, { versions: [v2, v1], next: null }) // { versions: [v3, v2, v1], next: null }
 */
export function appendOlder(
  listed: { versions: readonly HistoryVersion[]; next: number | null },
  page: { versions: readonly HistoryVersion[]; next: number | null },
): { versions: HistoryVersion[]; next: number | null } {
  const known = new Set(listed.versions.map((version) => version.version));
  return { versions: [...listed.versions, ...page.versions.filter((version) => !known.has(version.version))], next: page.next };
}
