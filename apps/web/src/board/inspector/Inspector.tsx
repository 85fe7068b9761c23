import { PanelRight, PanelRightClose } from 'lucide-react';
import { Tabs } from 'radix-ui';
import { useTranslation } from 'react-i18next';
import type { BoardContent } from '../../sync/useBoardContent';
import { IconButton } from '../../ui/IconButton';
import { PanelBoundary } from '../../ui/PanelBoundary';
import { useAnalysis, type InspectorTab } from '../analysis/AnalysisContext';
import type { Selection } from '../canvas/useSelection';
import { EstimateTab } from './EstimateTab';
import { FindingsTab } from './FindingsTab';
import { PropertiesTab } from './PropertiesTab';
import '../../styles/inspector.css';

/** The right-hand inspector: Properties of the selection, Findings (with a count), Estimate. */
export function Inspector({ content, selection }: { content: BoardContent; selection: Selection }) {
  const { t } = useTranslation();
  const { analysis, inspectorOpen, setInspectorOpen, tab, openTab } = useAnalysis();
  const count = analysis.findings.length;
  if (!inspectorOpen) {
    return (
      <div className="inspector inspector-collapsed">
        <IconButton label={t('analysis.expand')} onClick={() => setInspectorOpen(true)} tooltipSide="left">
          <PanelRight />
        </IconButton>
      </div>
    );
  }
  return (
    <aside className="inspector" aria-label={t('analysis.inspector')}>
      <Tabs.Root className="inspector-tabs" value={tab} onValueChange={(value) => openTab(value as InspectorTab)}>
        <div className="inspector-header">
          <Tabs.List className="inspector-tablist" aria-label={t('analysis.inspector')}>
            <Tabs.Trigger className="inspector-tab" value="properties">
              {t('analysis.tabs.properties')}
            </Tabs.Trigger>
            <Tabs.Trigger className="inspector-tab" value="findings">
              {t('analysis.tabs.findings')}
              {/* No count while the rules have not read the board yet: it would say 0. */}
              {analysis.pending ? null : (
                <span className="count-pill" data-severity={analysis.findings[0]?.severity ?? 'none'} aria-label={t('analysis.findingsCount', { count })}>
                  {count}
                </span>
              )}
            </Tabs.Trigger>
            <Tabs.Trigger className="inspector-tab" value="estimate">
              {t('analysis.tabs.estimate')}
            </Tabs.Trigger>
          </Tabs.List>
          <IconButton label={t('analysis.collapse')} onClick={() => setInspectorOpen(false)} tooltipSide="left">
            <PanelRightClose />
          </IconButton>
        </div>
        <Tabs.Content className="inspector-body" value="properties">
          <PanelBoundary area="panel">
            <PropertiesTab content={content} selection={selection} />
          </PanelBoundary>
        </Tabs.Content>
        <Tabs.Content className="inspector-body" value="findings">
          <PanelBoundary area="panel">
            <FindingsTab selection={selection} />
          </PanelBoundary>
        </Tabs.Content>
        <Tabs.Content className="inspector-body" value="estimate">
          <PanelBoundary area="panel">
            <EstimateTab />
          </PanelBoundary>
        </Tabs.Content>
      </Tabs.Root>
    </aside>
  );
}
