import {
  formatBytes,
  formatBytesPerSecond,
  formatCount,
  formatDuration,
  formatPercent,
  type AvailabilityReport,
  type Board,
  type Estimate,
  type Finding,
  type LoadMap,
  type Report,
} from '@scaleboard/rules';
import type { Colour } from './colour';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function renderFinding(f: Finding, c: Colour): string {
  const paint = f.severity === 'error' ? c.red : f.severity === 'warning' ? c.yellow : c.blue;
  return `  ${paint(f.severity.padEnd(7))} ${c.bold(f.rule)} ${c.dim(`[${f.nodes.join(', ')}]`)}\n          ${f.message}\n          ${c.dim(`fix: ${f.fix}`)}`;
}

/**
 * The estimate as terminal lines, rounded as the domain note rounds.
 *
 * @example renderEstimate(estimate({ monthlyActiveUsers: 3e8 }), colourFor(false))
 */
export function renderEstimate(e: Estimate, c: Colour): string {
  const s = e.serversNeeded;
  const rows: [string, string][] = [
    ['Daily active users', formatCount(e.dailyActiveUsers)],
    ['Write QPS (peak)', `${formatCount(e.writeQps)} (${formatCount(e.peakWriteQps)})`],
    ['Read QPS (peak)', `${formatCount(e.readQps)} (${formatCount(e.peakReadQps)})`],
    ['Storage per day', `${formatBytes(e.storagePerDayBytes)} (media ${formatBytes(e.mediaStoragePerDayBytes)})`],
    [`Storage over ${e.assumptions.retentionYears} years`, `${formatBytes(e.storageTotalBytes)} (media ${formatBytes(e.mediaStorageTotalBytes)})`],
    ['Bandwidth in / out', `${formatBytesPerSecond(e.ingressBytesPerSecond)} / ${formatBytesPerSecond(e.egressBytesPerSecond)}`],
    ['Cache memory (hot 20 %)', formatBytes(e.cacheMemoryBytes)],
    ['Servers at peak', `web ${s.webServers}, cache ${s.cacheServers}, db primaries ${s.databasePrimaries}, replicas ${s.databaseReplicas}`],
  ];
  return [c.bold('Estimate'), ...rows.map(([k, v]) => `  ${k.padEnd(26)} ${v}`)].join('\n');
}

function renderLoad(load: LoadMap, c: Colour): string {
  const busy = Object.entries(load).filter(([, l]) => l.qps > 0);
  if (busy.length === 0) return `${c.bold('Load')}\n  ${c.dim('no traffic (set monthlyActiveUsers in the assumptions)')}`;
  const lines = busy.map(([id, l]) => {
    const pct = l.utilization > 0 ? `${Math.round(l.utilization * 100)} %` : '–';
    return `  ${id.padEnd(20)} ${`${formatCount(l.qps)} QPS`.padEnd(14)} ${l.utilization > 1 ? c.red(pct) : pct}`;
  });
  return [c.bold('Load at peak'), ...lines].join('\n');
}

function renderAvailability(a: AvailabilityReport, c: Colour): string {
  const weakest = a.weakest ? `; weakest: ${a.weakest.nodes.join(' + ')} at ${formatPercent(a.weakest.availability)}` : '';
  return `${c.bold('Availability')}\n  ${formatPercent(a.availability)} (${a.nines} nines, about ${formatDuration(a.downtimePerYearSeconds)} down a year)${weakest}`;
}

/**
 * `scaleboard check --format text`: findings first, then the estimate, the load and the availability.
 *
 * @example renderReport(board, report(board), availability(board), colourFor(false))
 */
export function renderReport(board: Board, r: Report, a: AvailabilityReport, c: Colour): string {
  const errors = r.findings.filter((f) => f.severity === 'error').length;
  const warnings = r.findings.filter((f) => f.severity === 'warning').length;
  const summary = r.findings.length === 0 ? 'no findings' : `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
  return [
    `${c.bold(board.title)} — ${errors > 0 ? c.red(summary) : summary}`,
    ...r.findings.map((f) => renderFinding(f, c)),
    '',
    renderEstimate(r.estimate, c),
    '',
    renderLoad(r.load, c),
    '',
    renderAvailability(a, c),
    '',
  ].join('\n');
}
