import { Siren } from 'lucide-react';
import { DropdownMenu } from 'radix-ui';
import { useTranslation } from 'react-i18next';
import { useAnalysis } from '../analysis/AnalysisContext';
import { useInterviewView } from '../interview/InterviewContext';
import { MENU_PRESETS, presetScenario } from './drillPresets';

/** The owner's "What-if drill" menu: each preset, played on the board as it is now (greyed when the board has nothing for it). */
export function DrillMenu({ selected }: { selected: ReadonlySet<string> }) {
  const { t } = useTranslation();
  const { analysis } = useAnalysis();
  const { sendDrill } = useInterviewView();
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger asChild>
        <button type="button" className="toolbar-button" title={t('drills.whatIf.menuHint')}>
          <Siren size={16} aria-hidden />
          {t('drills.whatIf.menu')}
        </button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="drill-menu" side="top" sideOffset={8} collisionPadding={12}>
          {MENU_PRESETS.map((preset) => {
            const scenario = presetScenario(preset, analysis.board, [...selected]);
            // Traffic ×3 fits every board; the others say what the board lacks.
            const why = scenario || preset === 'traffic-x3' ? null : t(`drills.whatIf.unavailable.${preset}`);
            return (
              <DropdownMenu.Item key={preset} className="drill-menu-item" disabled={!scenario} onSelect={() => scenario && sendDrill({ action: 'start', preset, scenario })}>
                <span>{t(`drills.whatIf.presets.${preset}`)}</span>
                {why ? <span className="drill-menu-why">{why}</span> : null}
              </DropdownMenu.Item>
            );
          })}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
