import { useStore } from '@xyflow/react';
import { CircleCheck } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { SEVERITIES, type Finding } from '@scaleboard/rules';
import { useAnalysis } from '../analysis/AnalysisContext';
import { useFixes } from '../analysis/useFixes';
import { uncoveredPadding } from '../canvas/uncoveredPadding';
import { useFitBoard } from '../canvas/useFitBoard';
import type { Selection } from '../canvas/useSelection';
import { FindingItem } from './FindingItem';

/**
 * Findings grouped by severity; "Show" selects the components and frames them where no panel
 * covers the canvas, "Fix" applies a mechanical fix.
 */
export function FindingsTab({ selection }: { selection: Selection }) {
  const { t } = useTranslation();
  const { analysis } = useAnalysis();
  const { fitNodes } = useFitBoard();
  const canvas = useStore((state) => state.domNode);
  const fixes = useFixes();
  const show = (finding: Finding) => {
    selection.set(finding.nodes);
    void fitNodes(finding.nodes, { duration: 300, maxZoom: 1.2, padding: canvas ? uncoveredPadding(canvas) : 0.6 });
  };
  if (analysis.pending) return <p className="inspector-empty" aria-busy>{t('analysis.pending')}</p>;
  if (analysis.findings.length === 0) {
    return (
      <p className="inspector-empty inspector-all-clear">
        <CircleCheck size={16} aria-hidden />
        {t('analysis.findings.none')}
      </p>
    );
  }
  return (
    <div className="findings">
      {SEVERITIES.map((severity) => {
        const group = analysis.findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        return (
          <section key={severity} className="findings-group" aria-labelledby={`findings-${severity}`}>
            <h3 id={`findings-${severity}`} className="findings-group-title" data-severity={severity}>
              {t(`analysis.findings.severity.${severity}`)}
              <span className="count-pill">{group.length}</span>
            </h3>
            <ul className="findings-list">
              {group.map((finding) => (
                <FindingItem key={`${finding.rule}:${finding.nodes.join(',')}`} finding={finding} fix={fixes.fixOf(finding)} onShow={show} onFix={fixes.apply} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
