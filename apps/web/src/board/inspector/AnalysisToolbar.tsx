import { Activity, CircleAlert, CircleCheck, LoaderCircle, TriangleAlert } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnalysis } from '../analysis/AnalysisContext';

/** Finding counts by severity (opens the Findings tab), the load overlay toggle and, for the owner, the what-if drill menu. */
export function AnalysisToolbar({ drillMenu }: { drillMenu: ReactNode }) {
  const { t } = useTranslation();
  const { analysis, showLoad, setShowLoad, openTab } = useAnalysis();
  const errors = analysis.findings.filter((f) => f.severity === 'error').length;
  const warnings = analysis.findings.filter((f) => f.severity === 'warning').length;
  const total = analysis.findings.length;
  return (
    <div className="toolbar analysis-toolbar" role="toolbar" aria-label={t('analysis.toolbar')}>
      {analysis.pending ? (
        // A big board being opened: its findings come once it is drawn (documentAnalysis.ts).
        <button type="button" className="toolbar-button findings-summary" aria-busy aria-label={t('analysis.pendingFindings')} onClick={() => openTab('findings')}>
          <LoaderCircle size={16} className="spin" aria-hidden />
          <span className="summary-label">{t('analysis.pending')}</span>
        </button>
      ) : (
        <button type="button" className="toolbar-button findings-summary" aria-label={t('analysis.openFindings', { count: total })} onClick={() => openTab('findings')}>
          {total === 0 ? <CircleCheck size={16} className="ok" aria-hidden /> : null}
          {errors > 0 ? (
            <span className="summary-count" data-severity="error">
              <CircleAlert size={15} aria-hidden />
              {errors}
            </span>
          ) : null}
          {warnings > 0 ? (
            <span className="summary-count" data-severity="warning">
              <TriangleAlert size={15} aria-hidden />
              {warnings}
            </span>
          ) : null}
          {total - errors - warnings > 0 ? <span className="summary-count" data-severity="info">{total - errors - warnings}</span> : null}
          <span className="summary-label">{total === 0 ? t('analysis.findingsCount', { count: 0 }) : t('analysis.tabs.findings')}</span>
        </button>
      )}
      <span className="toolbar-divider" aria-hidden />
      <button type="button" className="toolbar-button" aria-pressed={showLoad} title={t('analysis.loadHint')} onClick={() => setShowLoad(!showLoad)}>
        <Activity size={16} aria-hidden />
        {t('analysis.load')}
      </button>
      {drillMenu ? (
        <>
          <span className="toolbar-divider" aria-hidden />
          {drillMenu}
        </>
      ) : null}
    </div>
  );
}
