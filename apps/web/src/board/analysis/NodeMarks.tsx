import { CircleAlert, Info, TriangleAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { formatCount, formatExact, ruleText } from '@scaleboard/rules';
import { useRulesLang } from '../../i18n/rulesLang';
import { loadLevel } from './loadLevel';
import type { NodeSummary } from './nodeSummaries';

const ICONS = { error: CircleAlert, warning: TriangleAlert, info: Info } as const;

/** On a canvas node: a badge naming its findings, and with the load overlay its peak QPS. */
export function NodeMarks({ summary, showLoad }: { summary: NodeSummary; showLoad: boolean }) {
  const { t } = useTranslation();
  const lang = useRulesLang();
  const titles = summary.rules.map((rule) => ruleText(rule, lang).title);
  const Icon = summary.severity ? ICONS[summary.severity] : null;
  return (
    <>
      {Icon && summary.severity ? (
        <span className="node-badge" data-severity={summary.severity} role="img" aria-label={t('analysis.nodeBadge', { titles: titles.join('; ') })} title={titles.join('\n')}>
          <Icon size={12} strokeWidth={2.5} aria-hidden />
          {titles.length > 1 ? <span>{titles.length}</span> : null}
        </span>
      ) : null}
      {showLoad && summary.qps ? (
        <span
          className="node-load"
          data-load={loadLevel(summary.utilization ?? 0)}
          role="img"
          aria-label={t('analysis.nodeLoad', { qps: formatCount(summary.qps, lang), percent: formatExact((summary.utilization ?? 0) * 100, 0) })}
        >
          {t('analysis.qps', { qps: formatCount(summary.qps, lang) })}
          {summary.utilization ? <span className="node-load-percent">{formatExact(summary.utilization * 100, 0)} %</span> : null}
        </span>
      ) : null}
    </>
  );
}
