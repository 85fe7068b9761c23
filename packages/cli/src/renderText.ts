import {
  componentNames,
  formatBytes,
  formatBytesPerSecond,
  formatCount,
  formatDuration,
  formatMs,
  formatPercent,
  formatUsd,
  translate,
  type AvailabilityReport,
  type Board,
  type ComponentNames,
  type CostReport,
  type LatencyReport,
  type Estimate,
  type Finding,
  type Lang,
  type LoadMap,
  type MessageKey,
  type MessageParams,
  type Report,
  type Simulation,
} from '@scaleboard/rules';
import type { Colour } from './colour';

type Say = (key: MessageKey, params?: MessageParams) => string;
const sayIn = (lang: Lang): Say => (key, params) => translate(lang, key, params);

function renderFinding(f: Finding, c: Colour, names: ComponentNames, say: Say): string {
  const paint = f.severity === 'error' ? c.red : f.severity === 'warning' ? c.yellow : c.blue;
  const where = f.nodes.map((id) => names.byId(id)).join(', ');
  return `  ${paint(say(`severities.${f.severity}`).padEnd(7))} ${c.bold(f.rule)} ${c.dim(`[${where}]`)}\n          ${f.message}\n          ${c.dim(say('cli.fix', { fix: f.fix }))}`;
}

/** Pads to a column by display width: a Hangul syllable takes two terminal cells. */
function padCells(text: string, width: number): string {
  let cells = 0;
  for (const ch of text) cells += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(ch) ? 2 : 1;
  return text + ' '.repeat(Math.max(0, width - cells));
}

/**
 * The estimate as terminal lines, rounded as the domain note rounds, in `lang`.
 *
 * @example renderEstimate(estimate({ monthlyActiveUsers: 3e8 }), colourFor(false), 'ko')
 */
export function renderEstimate(e: Estimate, c: Colour, lang: Lang = 'en'): string {
  const say = sayIn(lang);
  const s = e.serversNeeded;
  const rows: [string, string][] = [
    [say('cli.dailyActiveUsers'), formatCount(e.dailyActiveUsers)],
    [say('cli.writeQps'), `${formatCount(e.writeQps)} (${formatCount(e.peakWriteQps)})`],
    [say('cli.readQps'), `${formatCount(e.readQps)} (${formatCount(e.peakReadQps)})`],
    [say('cli.storagePerDay'), `${formatBytes(e.storagePerDayBytes)} (${say('cli.media', { size: formatBytes(e.mediaStoragePerDayBytes) })})`],
    [say('cli.storageTotal', { years: e.assumptions.retentionYears }), `${formatBytes(e.storageTotalBytes)} (${say('cli.media', { size: formatBytes(e.mediaStorageTotalBytes) })})`],
    [say('cli.bandwidth'), `${formatBytesPerSecond(e.ingressBytesPerSecond)} / ${formatBytesPerSecond(e.egressBytesPerSecond)}`],
    [say('cli.cacheMemory'), formatBytes(e.cacheMemoryBytes)],
    [say('cli.servers'), say('cli.serversValue', { web: s.webServers, cache: s.cacheServers, primaries: s.databasePrimaries, replicas: s.databaseReplicas })],
  ];
  return [c.bold(say('cli.estimate')), ...rows.map(([k, v]) => `  ${padCells(k, 26)} ${v}`)].join('\n');
}

function renderLoad(load: LoadMap, c: Colour, names: ComponentNames, say: Say): string {
  const busy = Object.entries(load).filter(([, l]) => l.qps > 0);
  if (busy.length === 0) return `${c.bold(say('cli.noLoad'))}\n  ${c.dim(say('cli.noTraffic'))}`;
  const lines = busy.map(([id, l]) => {
    const pct = l.utilization > 0 ? `${Math.round(l.utilization * 100)} %` : '–';
    return `  ${padCells(names.byId(id), 20)} ${`${formatCount(l.qps)} QPS`.padEnd(14)} ${l.utilization > 1 ? c.red(pct) : pct}`;
  });
  return [c.bold(say('cli.load')), ...lines].join('\n');
}

function renderAvailability(a: AvailabilityReport, c: Colour, names: ComponentNames, say: Say, lang: Lang): string {
  const weakest = a.weakest ? say('cli.weakest', { names: a.weakest.nodes.map((id) => names.byId(id)).join(' + '), availability: formatPercent(a.weakest.availability) }) : '';
  const value = say('cli.availabilityValue', { availability: formatPercent(a.availability), nines: a.nines, downtime: formatDuration(a.downtimePerYearSeconds, lang) });
  return `${c.bold(say('cli.availability'))}\n  ${value}${weakest}`;
}

/** How many of the slowest paths the text report shows (the JSON has up to MAX_LATENCY_PATHS). */
const TEXT_PATHS = 3;

function renderLatency(l: LatencyReport, c: Colour, names: ComponentNames, say: Say): string {
  if (l.paths.length === 0) return `${c.bold(say('cliLatencyCost.latency'))}\n  ${c.dim(say('cliLatencyCost.noPath'))}`;
  const lines = l.paths.slice(0, TEXT_PATHS).map((p) => `  ${formatMs(p.ms).padEnd(10)} ${p.nodes.map((id) => names.byId(id)).join(' → ')}`);
  return [c.bold(say('cliLatencyCost.latency')), ...lines].join('\n');
}

function renderCost(cost: CostReport, c: Colour, say: Say): string {
  const monthly = formatUsd(cost.monthly);
  const value = cost.perMillionRequests === null
    ? say('cliLatencyCost.costNoTraffic', { monthly })
    : say('cliLatencyCost.costValue', { monthly, perMillion: formatUsd(cost.perMillionRequests) });
  return `${c.bold(say('cliLatencyCost.cost'))}\n  ${value}`;
}

/**
 * `scaleboard check --format text`: findings first, then the estimate, the load, the
 * availability, the slowest request paths and the monthly cost, in `lang`, naming components by their labels.
 *
 * @example renderReport(board, report(board, { lang: 'ko' }), availability(board), colourFor(false), 'ko')
 */
export function renderReport(board: Board, r: Report, a: AvailabilityReport, c: Colour, lang: Lang = 'en'): string {
  const say = sayIn(lang);
  const names = componentNames(board.nodes, lang);
  const errors = r.findings.filter((f) => f.severity === 'error').length;
  const warnings = r.findings.filter((f) => f.severity === 'warning').length;
  const summary = r.findings.length === 0 ? say('cli.noFindings') : say('cli.counts', { errors, warnings });
  return [
    `${c.bold(board.title)} — ${errors > 0 ? c.red(summary) : summary}`,
    ...r.findings.map((f) => renderFinding(f, c, names, say)),
    '',
    renderEstimate(r.estimate, c, lang),
    '',
    renderLoad(r.load, c, names, say),
    '',
    renderAvailability(a, c, names, say, lang),
    '',
    renderLatency(r.latency, c, names, say),
    '',
    renderCost(r.cost, c, say),
    '',
  ].join('\n');
}

function renderScenario(sim: Simulation, c: Colour, names: ComponentNames, say: Say): string {
  const { fail = [], traffic, hitRatios = {} } = sim.scenario;
  const parts = [
    ...(fail.length > 0 ? [say('scenario.text.fail', { ids: fail.join(', ') })] : []),
    ...(traffic !== undefined ? [say('scenario.text.traffic', { factor: traffic })] : []),
    ...Object.entries(hitRatios).map(([id, ratio]) => say('scenario.text.hitRatio', { name: names.byId(id), ratio })),
  ];
  const failed = sim.failed.length > 0 ? sim.failed.map((id) => c.red(names.byId(id))).join(', ') : say('scenario.text.nothingFailed');
  return [
    `${c.bold(say('scenario.text.scenario'))}  ${parts.length > 0 ? parts.join('; ') : say('scenario.text.asDrawn')}`,
    `${c.bold(say('scenario.text.failed'))}  ${failed}`,
  ].join('\n');
}

/**
 * `scaleboard simulate --format text`: the scenario and what cannot serve, then the report under
 * it (the drill's findings first), in `lang`.
 *
 * @example renderSimulation(board, simulate(board, { fail: ['db'] }), colourFor(false), 'en')
 */
export function renderSimulation(board: Board, sim: Simulation, c: Colour, lang: Lang = 'en'): string {
  const say = sayIn(lang);
  const names = componentNames(board.nodes, lang);
  return `${renderScenario(sim, c, names, say)}\n\n${renderReport(board, sim, sim.availability, c, lang)}`;
}
