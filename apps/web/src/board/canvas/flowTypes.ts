import type { Edge, Node } from '@xyflow/react';
import type { NoteStyle, SketchPaths } from '@scaleboard/board';
import type { EdgeKind, NodeKind, SketchShape } from '@scaleboard/rules';

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
/** A pen stroke or sketch shape, drawn in its box (`sketchBounds`) so xyflow selects and drags it like a card. */
export interface SketchNodeData extends Record<string, unknown> {
  /** The sketch's id in the document (the flow node's id carries SKETCH_FLOW_PREFIX). */
  sketchId: string;
  shape: SketchShape;
  paths: SketchPaths;
  /** Where the sketch's origin lies from its box's top-left: a move writes the box's new place less this. */
  offset: { x: number; y: number };
}
export type SketchFlowNode = Node<SketchNodeData, 'sketch'>;
/** Sketch flow node ids start with this; the web names nodes `kind-…`, so a sketch never takes a node's place on the canvas. */
export const SKETCH_FLOW_PREFIX = 'sketch:';
/** Everything the canvas draws: the board's nodes, the unknown boxes beside them, the sketches. */
export type CanvasFlowNode = BoardFlowNode | UnknownFlowNode | SketchFlowNode;
export type BoardFlowEdge = Edge<BoardEdgeData, 'board'>;

export interface Size {
  width: number;
  height: number;
}
