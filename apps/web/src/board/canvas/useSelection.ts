import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { BoardContent } from '../../sync/useBoardContent';
import { useStableCallback } from './useStableCallback';

export interface Selection {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** Selected pen strokes and sketch shapes, by sketch id. */
  sketches: ReadonlySet<string>;
  /** Applies xyflow `select` changes (click, shift-click, box select). */
  apply: (changes: { nodes?: SelectChanges; edges?: SelectChanges; sketches?: SelectChanges }) => void;
  set: (nodes: Iterable<string>, edges?: Iterable<string>, sketches?: Iterable<string>) => void;
  selectAll: () => void;
}

type SelectChanges = Array<{ id: string; selected: boolean }>;

function patch(current: ReadonlySet<string>, changes: Array<{ id: string; selected: boolean }> | undefined): ReadonlySet<string> {
  if (!changes?.length) return current;
  const next = new Set(current);
  for (const { id, selected } of changes) {
    if (selected) next.add(id);
    else next.delete(id);
  }
  return next;
}

/** The selected ids that still exist: the same set when all of them do. */
function present(selected: ReadonlySet<string>, elements: ReadonlyArray<{ id: string }>): ReadonlySet<string> {
  if (selected.size === 0) return selected;
  const ids = new Set(elements.map((element) => element.id));
  return [...selected].every((id) => ids.has(id)) ? selected : new Set([...selected].filter((id) => ids.has(id)));
}

/** The server drops a presence state over MAX_PRESENCE_STATE_BYTES (8 KiB by default): a huge selection shows its first outlines, not a frozen cursor. */
const PUBLISHED_SELECTION_BYTES = 4096;
const utf8 = new TextEncoder();

function publishable(ids: string[]): string[] {
  let bytes = 0;
  const shown: string[] = [];
  for (const id of ids) {
    bytes += utf8.encode(id).length + 3;
    if (bytes > PUBLISHED_SELECTION_BYTES) break;
    shown.push(id);
  }
  return shown;
}

/**
 * This user's selection: local UI state, not document state. Ids deleted by anyone drop out;
 * the selected node ids are published on awareness for the others' outlines.
 */
export function useSelection(content: BoardContent, awareness: Awareness): Selection {
  const [raw, setRaw] = useState<{ nodes: ReadonlySet<string>; edges: ReadonlySet<string>; sketches: ReadonlySet<string> }>({ nodes: new Set(), edges: new Set(), sketches: new Set() });
  const nodes = useMemo(() => present(raw.nodes, content.nodes), [raw.nodes, content.nodes]);
  const edges = useMemo(() => present(raw.edges, content.edges), [raw.edges, content.edges]);
  const sketches = useMemo(() => present(raw.sketches, content.sketches), [raw.sketches, content.sketches]);

  const selectionKey = [...nodes].sort().join(',');
  useEffect(() => {
    awareness.setLocalStateField('selection', publishable(selectionKey ? selectionKey.split(',') : []));
  }, [awareness, selectionKey]);

  const apply = useCallback<Selection['apply']>((changes) => {
    setRaw((current) => ({ nodes: patch(current.nodes, changes.nodes), edges: patch(current.edges, changes.edges), sketches: patch(current.sketches, changes.sketches) }));
  }, []);
  const set = useCallback<Selection['set']>((nextNodes, nextEdges = [], nextSketches = []) => {
    setRaw({ nodes: new Set(nextNodes), edges: new Set(nextEdges), sketches: new Set(nextSketches) });
  }, []);
  // Stable, so the selection (and the canvas that takes it) stays the same object across edits.
  const selectAll = useStableCallback(() => {
    setRaw({ nodes: new Set(content.nodes.map((n) => n.id)), edges: new Set(content.edges.map((e) => e.id)), sketches: new Set(content.sketches.map((s) => s.id)) });
  });
  return useMemo(() => ({ nodes, edges, sketches, apply, set, selectAll }), [nodes, edges, sketches, apply, set, selectAll]);
}
