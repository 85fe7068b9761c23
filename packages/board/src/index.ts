export { nodesOf, edgesOf, metaOf, sketchesOf, assumptionsOf, NODE_PROPS_KEY, META_EXTRA_KEY, type YNode, type YEdge, type YSketch } from './layout';
export { docToBoard, readDoc, readDocOf, applyUpdates, boardToDoc, createNodeMap, createEdgeMap, createSketchMap, type DocReading, type UnknownNode } from './snapshot';
export { BoardReader } from './BoardReader';
export { restoreBoard } from './history/restoreBoard';
export { diffBoards, type BoardDiff, type ElementDiff } from './history/diffBoards';
export {
  changeProblem,
  fieldWritesKeepContract,
  writableNodeProblem,
  writableEdgeProblem,
  writableSketchProblem,
  sketchProblem,
  plainSketch,
  storedNodeProblem,
  metaProblem,
  nodeProblem,
  edgeProblem,
  plainNode,
  plainEdge,
  CONTRACT_REASONS,
  BOARD_FILE_KEYS,
  type ContractProblem,
  type ContractReason,
  type TouchedElements,
} from './contract';
export { addNode, addNodes, updateNode, moveNodes, setNodeProp, addEdge, updateEdge, deleteElements, setTitle, addSketch, moveSketches, type EditProblem } from './edits';
export { renderBoard, renderBoardSvg, FONT_FAMILY, type RenderOptions, type RenderedBoard } from './render/renderBoardSvg';
export { exportPicture, type ExportPicture, type PictureOptions } from './render/exportPicture';
export { boardLayout, boxAround, COMPONENT_BOX, GROUP_BOX, NOTE_BOX, type Box, type BoardLayout, type PlacedNode } from './render/boardLayout';
export { absolutePosition } from './render/absolutePosition';
export { sketchPaths, sketchPoints, sketchBounds, PEN_SIZE, SKETCH_LINE_WIDTH, SKETCH_MARGIN, type SketchPaths, type BoxOf } from './render/sketchGeometry';
export { noteStyleOf, MONO_FONT_FAMILY, type NoteStyle } from './render/noteStyle';
export { paletteOf, type RenderPalette, type RenderTheme, type TileAccent } from './render/renderTheme';
export { ICON_SHAPES, KIND_ACCENT, iconSvg } from './render/iconShapes';
export { svgMetadata, readSvgBoard, scanSvgBoard, SVG_BOARD_NAMESPACE, type SvgBoardScan } from './render/embeddedBoard';
export { escapeXml, unescapeXml } from './render/xml';
export { embedPngText, readPngText, pngSize, isPng, pngChunk, crc32, PNG_BOARD_KEYWORD, PNG_SIGNATURE, type Crc32 } from './files/pngChunks';
export { readBoardFile, type BoardFileResult } from './files/readBoardFile';
export { slug } from './files/slug';
export { renderReportMarkdown, type MarkdownReportOptions } from './report/renderReportMarkdown';
export { markdownInline, markdownCell } from './report/markdownText';
export type { Design, DesignNode, DesignEdge, DesignProblem, TextPosition } from './design/design';
export { DESIGN_LIMITS } from './design/designLimits';
export { layoutDesign, MAX_LAYERED_NODES, type LayoutDirection, type Placement } from './design/layoutDesign';
export { designToBoard, type DesignResult } from './design/designToBoard';
export { readDesign, detectFormat, DESIGN_FORMATS, type DesignFormat, type ReadDesignResult } from './design/readDesign';
export { writeDesign } from './design/writeDesign';
export { describeDesignProblem } from './design/describeDesignProblem';
export { parseText, TEXT_ARROWS } from './text/parseText';
export { boardToText } from './text/boardToText';
export { parseMermaid, type MermaidDesign } from './mermaid/parseMermaid';
export { boardToMermaid } from './mermaid/boardToMermaid';
export { readMermaidLabel, writeMermaidLabel } from './mermaid/mermaidText';
export { parseDesign, type ParseDesignResult } from './design/readDesign';
export { designChanges, type DesignChanges, type DesignChangesResult, type LiveFormat, type NodeUpdate, type EdgeUpdate, type ReservedIds } from './design/designChanges';
export { applyDesignChanges, applyDesignText } from './design/applyDesignChanges';
export { designKey } from './design/designKey';
