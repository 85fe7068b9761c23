import type { Edge, Node } from '@xyflow/react';
import type { NoteStyle } from '@scaleboard/board';
import type { EdgeKind, NodeKind } from '@scaleboard/rules';

/** Someone else who has this element selected, from awareness. */
export interface RemoteMark {
  name: string;
  color: string;
}

export interface BoardNodeData extends Record<string, unknown> {
  kind: NodeKind;
  label: string;
  kindLabel: string;
  remote: RemoteMark[];
  /** A note's look (`noteStyleOf`); absent on components and groups. */
  note?: NoteStyle;
}

export interface BoardEdgeData extends Record<string, unknown> {
  kind: EdgeKind;
  label?: string;
}

/** xyflow node types: a component card, a resizable group, a sticky note. */
export type FlowNodeType = 'component' | 'group' | 'note';
export type BoardFlowNode = Node<BoardNodeData, FlowNodeType>;

/** A node the board file contract leaves out (a newer client's kind): its label and what it says it is. */
export interface UnknownNodeData extends Record<string, unknown> {
  label: string;
  kind: string;
}
export type UnknownFlowNode = Node<UnknownNodeData, 'unknown'>;
/** Everything the canvas draws: the board's nodes and the unknown boxes beside them. */
export type CanvasFlowNode = BoardFlowNode | UnknownFlowNode;
export type BoardFlowEdge = Edge<BoardEdgeData, 'board'>;

export interface Size {
  width: number;
  height: number;
}
