import { CircleAlert, Info, TriangleAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { formatCount, formatExact } from '@scaleboard/rules';
import { useNumberLocale } from '../../i18n/useNumberLocale';
import { loadLevel } from './loadLevel';
import type { NodeSummary } from './nodeSummaries';

const ICONS = { error: CircleAlert, warning: TriangleAlert, info: Info } as const;

/** On a canvas node: a badge naming its findings, and with the load overlay its peak QPS. */
export function NodeMarks({ summary, showLoad }: { summary: NodeSummary; showLoad: boolean }) {
  const { t } = useTranslation();
  const locale = useNumberLocale();
  const Icon = summary.severity ? ICONS[summary.severity] : null;
  return (
    <>
      {Icon && summary.severity ? (
        <span className="node-badge" data-severity={summary.severity} role="img" aria-label={t('analysis.nodeBadge', { titles: summary.titles.join('; ') })} title={summary.titles.join('\n')}>
          <Icon size={12} strokeWidth={2.5} aria-hidden />
          {summary.titles.length > 1 ? <span>{summary.titles.length}</span> : null}
        </span>
      ) : null}
      {showLoad && summary.qps ? (
        <span
          className="node-load"
          data-load={loadLevel(summary.utilization ?? 0)}
          role="img"
          aria-label={t('analysis.nodeLoad', { qps: formatCount(summary.qps, locale), percent: formatExact((summary.utilization ?? 0) * 100, 0) })}
        >
          {t('analysis.qps', { qps: formatCount(summary.qps, locale) })}
          {summary.utilization ? <span className="node-load-percent">{formatExact(summary.utilization * 100, 0)} %</span> : null}
        </span>
      ) : null}
    </>
  );
}
