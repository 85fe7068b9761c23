import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { fixPatch, mechanicalFix, type Finding, type MechanicalFix, type NameNode } from '@scaleboard/rules';
import { useBoard } from '../BoardContext';
import { newId, nextLabel } from '../canvas/naming';
import { applyBoardPatch } from './applyBoardPatch';
import { useAnalysis } from './AnalysisContext';

/** The one-click fixes of findings: which finding has one, and applying it as one undoable change. */
export function useFixes(): { fixOf: (finding: Finding) => MechanicalFix | null; apply: (fix: MechanicalFix) => void } {
  const { t } = useTranslation();
  const { doc, origin, readOnly } = useBoard();
  const { analysis } = useAnalysis();
  const { board, load } = analysis;
  const fixOf = useCallback((finding: Finding) => (readOnly ? null : mechanicalFix(finding, board, load)), [board, load, readOnly]);
  const apply = useCallback(
    (fix: MechanicalFix) => {
      const labels = board.nodes.map((n) => n.label);
      const name: NameNode = (kind) => {
        const label = nextLabel(t(`defaultLabels.${kind}`), labels);
        labels.push(label);
        return { id: newId(kind), label, edgeId: newId('edge') };
      };
      applyBoardPatch(doc, fixPatch(fix, board, name), origin);
    },
    [board, doc, origin, t],
  );
  return { fixOf, apply };
}
