import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { BoardContent } from '../../sync/useBoardContent';

export interface Selection {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** Applies xyflow `select` changes (click, shift-click, box select). */
  apply: (changes: { nodes?: Array<{ id: string; selected: boolean }>; edges?: Array<{ id: string; selected: boolean }> }) => void;
  set: (nodes: Iterable<string>, edges?: Iterable<string>) => void;
  selectAll: () => void;
}

function patch(current: ReadonlySet<string>, changes: Array<{ id: string; selected: boolean }> | undefined): ReadonlySet<string> {
  if (!changes?.length) return current;
  const next = new Set(current);
  for (const { id, selected } of changes) {
    if (selected) next.add(id);
    else next.delete(id);
  }
  return next;
}

/**
 * This user's selection: local UI state, not document state. Ids deleted by anyone drop out;
 * the selected node ids are published on awareness for the others' outlines.
 */
export function useSelection(content: BoardContent, awareness: Awareness): Selection {
  const [raw, setRaw] = useState<{ nodes: ReadonlySet<string>; edges: ReadonlySet<string> }>({ nodes: new Set(), edges: new Set() });
  const nodes = useMemo(() => {
    const present = new Set(content.nodes.map((n) => n.id));
    return new Set([...raw.nodes].filter((id) => present.has(id)));
  }, [raw.nodes, content.nodes]);
  const edges = useMemo(() => {
    const present = new Set(content.edges.map((e) => e.id));
    return new Set([...raw.edges].filter((id) => present.has(id)));
  }, [raw.edges, content.edges]);

  const selectionKey = [...nodes].sort().join(',');
  useEffect(() => {
    awareness.setLocalStateField('selection', selectionKey ? selectionKey.split(',') : []);
  }, [awareness, selectionKey]);

  const apply = useCallback<Selection['apply']>((changes) => {
    setRaw((current) => ({ nodes: patch(current.nodes, changes.nodes), edges: patch(current.edges, changes.edges) }));
  }, []);
  const set = useCallback<Selection['set']>((nextNodes, nextEdges = []) => {
    setRaw({ nodes: new Set(nextNodes), edges: new Set(nextEdges) });
  }, []);
  const { nodes: allNodes, edges: allEdges } = content;
  const selectAll = useCallback(() => {
    setRaw({ nodes: new Set(allNodes.map((n) => n.id)), edges: new Set(allEdges.map((e) => e.id)) });
  }, [allNodes, allEdges]);
  return useMemo(() => ({ nodes, edges, apply, set, selectAll }), [nodes, edges, apply, set, selectAll]);
}
