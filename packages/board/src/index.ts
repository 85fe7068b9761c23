export { nodesOf, edgesOf, metaOf, assumptionsOf, NODE_PROPS_KEY, META_EXTRA_KEY, type YNode, type YEdge } from './layout';
export { docToBoard, boardToDoc, createNodeMap, createEdgeMap, readNode, readEdge } from './snapshot';
export { addNode, updateNode, moveNodes, setNodeProp, addEdge, updateEdge, deleteElements, setTitle } from './edits';
