export {
  COMPONENT_KINDS,
  GROUP_KINDS,
  ANNOTATION_KINDS,
  NODE_KINDS,
  EDGE_KINDS,
  isGroupKind,
  type ComponentKind,
  type GroupKind,
  type NodeKind,
  type EdgeKind,
} from './kinds';
export {
  BOARD_FORMAT,
  boardSchema,
  nodeSchema,
  edgeSchema,
  assumptionsSchema,
  type Assumptions,
  type Board,
  type BoardNode,
  type BoardEdge,
} from './boardSchema';
export { parseBoard, formatPath, type BoardError, type ParseResult } from './parseBoard';
