import { useTranslation } from 'react-i18next';
import { setNodeProp, updateNode } from '@scaleboard/board';
import { catalogueOf, kindDescription, kindName, labelLimitOf, TEXT_LIMITS } from '@scaleboard/rules';
import { useRulesLang } from '../../i18n/rulesLang';
import type { BoardContent } from '../../sync/useBoardContent';
import { useBoard } from '../BoardContext';
import { KIND_LOOK } from '../catalogue';
import type { Selection } from '../canvas/useSelection';
import { PropField } from './PropField';
import { TextField } from './TextField';

/** The selected component's label and catalogue properties; every change goes through the Y.Doc. */
export function PropertiesTab({ content, selection }: { content: BoardContent; selection: Selection }) {
  const { t } = useTranslation();
  const lang = useRulesLang();
  const { doc, origin, readOnly } = useBoard();
  if (selection.nodes.size > 1) return <p className="inspector-empty">{t('analysis.properties.many', { count: selection.nodes.size })}</p>;
  const [selectedId] = selection.nodes;
  const node = selectedId ? content.nodes.find((n) => n.id === selectedId) : undefined;
  if (!node) return <p className="inspector-empty">{t('analysis.properties.empty')}</p>;
  const spec = catalogueOf(node.kind);
  const Icon = KIND_LOOK[node.kind].icon;
  const props = Object.entries(spec.props);
  return (
    <div className="inspector-section">
      <div className="inspector-kind" data-accent={KIND_LOOK[node.kind].accent}>
        <span className="component-icon" aria-hidden>
          <Icon size={16} />
        </span>
        <div>
          <p className="inspector-kind-name">{kindName(node.kind, lang)}</p>
          <p className="inspector-kind-description">{kindDescription(node.kind, lang)}</p>
        </div>
      </div>
      {readOnly ? <p className="inspector-note">{t('analysis.properties.readOnly')}</p> : null}
      <TextField key={`label-${node.id}`} label={t('analysis.properties.label')} value={node.label} readOnly={readOnly} maxLength={TEXT_LIMITS[labelLimitOf(node.kind)]} onCommit={(label) => updateNode(doc, node.id, { label }, origin)} />
      {props.length === 0 ? <p className="inspector-empty">{t('analysis.properties.noProps')}</p> : null}
      {props.map(([name, propSpec]) => (
        <PropField
          // Keyed by node and prop only: the field keeps focus after a commit (Enter), a new node resets it.
          key={`${node.id}-${name}`}
          name={name}
          spec={propSpec}
          value={node.props[name]}
          readOnly={readOnly}
          onChange={(value) => setNodeProp(doc, node.id, name, value, origin)}
        />
      ))}
    </div>
  );
}
