import { formatBytes, formatBytesPerSecond, formatCount, type Board, type Report } from '@scaleboard/rules';
import { markdownCell as cell, markdownInline as inline } from './markdownText';

export interface MarkdownReportOptions {
  /** Where the picture is: a relative file name, a URL or a data URL. No picture when absent. */
  imageUrl?: string;
}

/**
 * A write-up of a board for interview feedback and notes: the picture, the findings, the estimate.
 * Pure: give it `report(board)`; the same inputs give the same text.
 *
 * @example const md = renderReportMarkdown(board, report(board), { imageUrl: 'board.png' });
 */
export function renderReportMarkdown(board: Board, result: Report, options: MarkdownReportOptions = {}): string {
  const labels = new Map(board.nodes.map((node) => [node.id, node.label || node.id]));
  const lines = [`# ${inline(board.title)}`, ''];
  if (options.imageUrl) lines.push(`![${inline(board.title)}](${options.imageUrl.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)})`, '');
  const components = board.nodes.filter((n) => n.kind !== 'note' && !n.kind.endsWith('network') && n.kind !== 'region').length;
  lines.push(`${components} components, ${board.edges.length} connections.`, '', '## Findings', '');
  if (result.findings.length === 0) lines.push('No findings: the design passes every rule.');
  else {
    lines.push('| Severity | Rule | Components | Finding | Fix |', '| --- | --- | --- | --- | --- |');
    for (const f of result.findings)
      lines.push(`| ${f.severity} | \`${f.rule}\` | ${cell(f.nodes.map((id) => labels.get(id) ?? id).join(', '))} | ${cell(f.message)} | ${cell(f.fix)} |`);
  }
  const e = result.estimate;
  lines.push(
    '',
    '## Estimate',
    '',
    '| Quantity | Value |',
    '| --- | --- |',
    `| Daily active users | ${formatCount(e.dailyActiveUsers)} |`,
    `| Write QPS (peak) | ${formatCount(e.writeQps)} (${formatCount(e.peakWriteQps)}) |`,
    `| Read QPS (peak) | ${formatCount(e.readQps)} (${formatCount(e.peakReadQps)}) |`,
    `| Storage per day | ${formatBytes(e.storagePerDayBytes)} |`,
    `| Storage over ${e.assumptions.retentionYears} years | ${formatBytes(e.storageTotalBytes)} |`,
    `| Peak egress | ${formatBytesPerSecond(e.peakEgressBytesPerSecond)} |`,
    `| Cache memory | ${formatBytes(e.cacheMemoryBytes)} |`,
    `| Servers needed | web ${e.serversNeeded.webServers}, cache ${e.serversNeeded.cacheServers}, database ${e.serversNeeded.databasePrimaries} + ${e.serversNeeded.databaseReplicas} replicas |`,
    '',
  );
  return lines.join('\n');
}
