import { BOARD_FORMAT, parseBoard, type Board, type NodeKind } from '@scaleboard/rules';

const KINDS: NodeKind[] = ['load-balancer', 'web-server', 'cache', 'database', 'message-queue', 'worker', 'object-storage', 'cdn'];
/** Grid pitch, board units: a card and a gap, as a person spaces them. */
const PITCH = { x: 240, y: 160 };
/** Connections per component, as in the boards the issue was measured on (1,000 and 860). */
export const EDGES_PER_COMPONENT = 0.86;

/**
 * A board of `components` components on a grid about 1.6 times wider than high, with
 * `EDGES_PER_COMPONENT` connections each, mostly to the right-hand neighbour, some down a row:
 * the shape of an imported architecture, with nothing the canvas could skip.
 *
 * @example canvasBoard(1000).edges.length // 860
 */
export function canvasBoard(components: number): Board {
  const columns = Math.max(1, Math.ceil(Math.sqrt(components * 1.6)));
  const nodes = Array.from({ length: components }, (_, i) => ({
    id: `c${i}`,
    kind: KINDS[i % KINDS.length]!,
    label: `${KINDS[i % KINDS.length]} ${i}`,
    x: (i % columns) * PITCH.x,
    y: Math.floor(i / columns) * PITCH.y,
    props: {},
  }));
  const edges: Board['edges'] = [];
  const wanted = Math.round(components * EDGES_PER_COMPONENT);
  for (let i = 0; edges.length < wanted && i < components; i++) {
    // Every seventh one goes down a row; the rest to the right (or down at the end of a row).
    const down = i % 7 === 6 || i % columns === columns - 1;
    const to = down ? i + columns : i + 1;
    if (to < components) edges.push({ id: `e${i}`, from: `c${i}`, to: `c${to}`, kind: i % 5 === 4 ? 'async' : 'sync' });
  }
  for (let i = 0; edges.length < wanted && i + 2 < components; i += 3) edges.push({ id: `x${i}`, from: `c${i}`, to: `c${i + 2}`, kind: 'sync' });
  const parsed = parseBoard(JSON.parse(JSON.stringify({ format: BOARD_FORMAT, title: `Canvas ${components}`, assumptions: {}, nodes, edges })));
  if (!parsed.ok) throw new Error(`generated board is invalid at ${parsed.error.path}`);
  return parsed.board;
}
