import { History } from 'lucide-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { report, ruleText, type Board } from '@scaleboard/rules';
import { useRulesLang } from '../../i18n/rulesLang';
import { ESTIMATE_ROWS } from '../inspector/EstimateTable';
import { changesSince } from './changesSince';

/** The figures of the estimate the preview shows: the load, what it stores, what it runs on. */
const FIGURES = ['peakReadQps', 'peakWriteQps', 'storageTotal', 'webServers'] as const;

interface VersionDetailsProps {
  version: number;
  board: Board;
  live: Board;
  /** Restores the version; absent for a view key. */
  onRestore?: () => void;
}

/** A version's findings and estimate as they were then, and what the live board changed since. */
export function VersionDetails({ version, board, live, onRestore }: VersionDetailsProps) {
  const { t } = useTranslation();
  const lang = useRulesLang();
  const then = useMemo(() => report(board, { lang }), [board, lang]);
  const changes = useMemo(() => changesSince(board, live), [board, live]);
  const same = changes.added.length + changes.removed.length + changes.changed.length === 0;
  return (
    <section className="version-details" aria-labelledby="version-details-title">
      <h3 id="version-details-title" className="version-details-title">
        {t('versions.preview.heading', { version })}
      </h3>
      <p className="version-details-eyebrow">{t('versions.preview.then')}</p>
      <p className="version-details-line">{t('versions.preview.components', { count: board.nodes.length, edges: board.edges.length })}</p>
      <p className="version-findings" data-severity={then.findings[0]?.severity ?? 'none'}>
        <span className="count-pill" data-severity={then.findings[0]?.severity ?? 'none'} aria-hidden>
          {then.findings.length}
        </span>
        <span>{t('versions.preview.findings', { count: then.findings.length })}</span>
      </p>
      {then.findings.length ? (
        <ul className="version-finding-list">
          {then.findings.map((finding, index) => (
            <li key={index} data-severity={finding.severity} title={ruleText(finding.rule, lang).title}>
              {finding.message}
            </li>
          ))}
        </ul>
      ) : null}
      <dl className="version-figures">
        {FIGURES.map((key) => {
          const figure = ESTIMATE_ROWS[key](then.estimate, lang);
          return (
            <div key={key}>
              <dt>{t(`analysis.estimate.rows.${key}`)}</dt>
              <dd title={t('numbers.exactTitle', { value: figure.full })}>{figure.rounded}</dd>
            </div>
          );
        })}
      </dl>

      <h4 className="version-details-eyebrow">{t('versions.preview.changesHeading')}</h4>
      <p className="version-changes">
        {same ? t('versions.preview.same') : t('versions.preview.changes', { added: changes.added.length, removed: changes.removed.length, changed: changes.changed.length })}
        {changes.connections ? ` · ${t('versions.preview.connections', { count: changes.connections })}` : ''}
      </p>
      <ChangeList kind="added" labels={changes.added} />
      <ChangeList kind="removed" labels={changes.removed} />
      <ChangeList kind="changed" labels={changes.changed} />

      {onRestore ? (
        <div className="version-restore">
          <button type="button" className="button button-primary" onClick={onRestore}>
            <History size={15} aria-hidden />
            {t('versions.restore')}
          </button>
          <p className="version-details-hint">{t('versions.restoreHint')}</p>
        </div>
      ) : null}
    </section>
  );
}

function ChangeList({ kind, labels }: { kind: 'added' | 'removed' | 'changed'; labels: string[] }) {
  const { t } = useTranslation();
  if (labels.length === 0) return null;
  return (
    <div className="version-change-group" data-change={kind}>
      <span className="version-change-kind">{t(`versions.preview.${kind}`)}</span>
      <ul className="version-change-labels" aria-label={t(`versions.preview.${kind}`)}>
        {labels.map((label, index) => (
          <li key={index}>{label}</li>
        ))}
      </ul>
    </div>
  );
}
