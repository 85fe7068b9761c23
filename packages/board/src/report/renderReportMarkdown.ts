import {
  componentNames, DEFAULT_LANG, formatBytes, formatBytesPerSecond, formatCount, formatMs, formatUsd, translate, type Board, type Lang, type Report,
} from '@scaleboard/rules';
import { markdownCell as cell, markdownInline as inline } from './markdownText';

export interface MarkdownReportOptions {
  /** Where the picture is: a relative file name, a URL or a data URL. No picture when absent. */
  imageUrl?: string;
  /** The language of the headings and words it adds (default English); give `report(board, { lang })` the same. */
  lang?: Lang;
}

/**
 * A write-up of a board for interview feedback and notes: the picture, the findings, the estimate
 * with the slowest request path and the monthly cost.
 * Pure: give it `report(board)`; the same inputs give the same text.
 *
 * @example const md = renderReportMarkdown(board, report(board), { imageUrl: 'board.png' });
 * @example const ko = renderReportMarkdown(board, report(board, { lang: 'ko' }), { lang: 'ko' });
 */
export function renderReportMarkdown(board: Board, result: Report, options: MarkdownReportOptions = {}): string {
  const lang = options.lang ?? DEFAULT_LANG;
  const say = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(lang, key, params);
  const names = componentNames(board.nodes, lang);
  const lines = [`# ${inline(board.title)}`, ''];
  if (options.imageUrl) lines.push(`![${inline(board.title)}](${options.imageUrl.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)})`, '');
  const components = board.nodes.filter((n) => n.kind !== 'note' && !n.kind.endsWith('network') && n.kind !== 'region').length;
  lines.push(say('report.counts', { components, connections: board.edges.length }), '', `## ${say('report.findings')}`, '');
  if (result.findings.length === 0) lines.push(say('report.noFindings'));
  else {
    lines.push(say('report.findingsHeader'), '| --- | --- | --- | --- | --- |');
    for (const f of result.findings)
      lines.push(`| ${say(`severities.${f.severity}`)} | \`${f.rule}\` | ${cell(f.nodes.map((id) => names.byId(id)).join(', '))} | ${cell(f.message)} | ${cell(f.fix)} |`);
  }
  const e = result.estimate;
  lines.push(
    '',
    `## ${say('report.estimate')}`,
    '',
    say('report.estimateHeader'),
    '| --- | --- |',
    `| ${say('report.dailyActiveUsers')} | ${formatCount(e.dailyActiveUsers)} |`,
    `| ${say('report.writeQps')} | ${formatCount(e.writeQps)} (${formatCount(e.peakWriteQps)}) |`,
    `| ${say('report.readQps')} | ${formatCount(e.readQps)} (${formatCount(e.peakReadQps)}) |`,
    `| ${say('report.storagePerDay')} | ${formatBytes(e.storagePerDayBytes)} |`,
    `| ${say('report.storageTotal', { years: e.assumptions.retentionYears })} | ${formatBytes(e.storageTotalBytes)} |`,
    `| ${say('report.peakEgress')} | ${formatBytesPerSecond(e.peakEgressBytesPerSecond)} |`,
    `| ${say('report.cacheMemory')} | ${formatBytes(e.cacheMemoryBytes)} |`,
    `| ${say('report.serversNeeded')} | ${say('report.servers', { web: e.serversNeeded.webServers, cache: e.serversNeeded.cacheServers, primaries: e.serversNeeded.databasePrimaries, replicas: e.serversNeeded.databaseReplicas })} |`,
  );
  const slowest = result.latency.paths[0];
  const { cost } = result;
  const monthly = formatUsd(cost.monthly);
  lines.push(
    `| ${say('report.slowestPath')} | ${slowest ? cell(say('report.slowestPathValue', { ms: formatMs(slowest.ms), path: slowest.nodes.map((id) => names.byId(id)).join(' → ') })) : say('report.noPath')} |`,
    `| ${say('report.monthlyCost')} | ${cost.perMillionRequests === null ? monthly : say('report.monthlyCostValue', { monthly, perMillion: formatUsd(cost.perMillionRequests) })} |`,
    '',
  );
  return lines.join('\n');
}
