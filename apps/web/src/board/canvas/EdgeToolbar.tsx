import { ArrowLeftRight, Trash, Type } from 'lucide-react';
import { ToggleGroup } from 'radix-ui';
import { useTranslation } from 'react-i18next';
import { deleteElements, updateEdge } from '@scaleboard/board';
import { EDGE_KINDS, type EdgeKind } from '@scaleboard/rules';
import type { BoardContent } from '../../sync/useBoardContent';
import { IconButton } from '../../ui/IconButton';
import { useBoard } from '../BoardContext';
import type { Selection } from './useSelection';

function KindIcon({ kind }: { kind: EdgeKind }) {
  if (kind === 'replication') return <ArrowLeftRight size={15} aria-hidden />;
  return (
    <svg width="22" height="10" viewBox="0 0 22 10" aria-hidden className={`edge-swatch edge-swatch-${kind}`}>
      <line x1="1" y1="5" x2="15" y2="5" />
      <path d="M14 1.5 20 5 14 8.5Z" />
    </svg>
  );
}

/** Shown while connections are selected: switch their kind, label one, or delete them. */
export function EdgeToolbar({ content, selection }: { content: BoardContent; selection: Selection }) {
  const { t } = useTranslation();
  const { doc, origin, setEditingEdgeId } = useBoard();
  if (selection.edges.size === 0 || selection.nodes.size > 0) return null;
  const chosen = content.edges.filter((e) => selection.edges.has(e.id));
  const kinds = new Set(chosen.map((e) => e.kind));
  const value = kinds.size === 1 ? [...kinds][0] : '';
  const setKind = (kind: string) => {
    if (!(EDGE_KINDS as readonly string[]).includes(kind)) return;
    doc.transact(() => chosen.forEach((e) => updateEdge(doc, e.id, { kind: kind as EdgeKind }, origin)), origin);
  };
  return (
    <div className="edge-toolbar toolbar" role="toolbar" aria-label={t('edge.toolbar')}>
      <ToggleGroup.Root type="single" value={value ?? ''} onValueChange={setKind} className="segmented" aria-label={t('edge.toolbar')}>
        {EDGE_KINDS.map((kind) => (
          <ToggleGroup.Item key={kind} value={kind} className="segmented-item" aria-label={t(`edge.kinds.${kind}`)} title={t(`edge.kindHints.${kind}`)}>
            <KindIcon kind={kind} />
            <span>{t(`edge.kinds.${kind}`)}</span>
          </ToggleGroup.Item>
        ))}
      </ToggleGroup.Root>
      <span className="toolbar-divider" aria-hidden />
      {chosen.length === 1 ? (
        <IconButton label={t('edge.label')} onClick={() => setEditingEdgeId(chosen[0]!.id)}>
          <Type />
        </IconButton>
      ) : null}
      <IconButton label={t('edge.delete')} onClick={() => deleteElements(doc, { edges: chosen.map((e) => e.id) }, origin)}>
        <Trash />
      </IconButton>
    </div>
  );
}

