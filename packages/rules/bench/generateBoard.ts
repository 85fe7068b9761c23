import type { Board } from '../src/boardSchema';
import { parseBoard } from '../src/parseBoard';
import { sketch, type SketchEdge, type SketchNode } from '../src/rules/sketch';

/**
 * A board of about `components` components: one client and DNS, then cells of ten — a balancer,
 * four web servers, a cache, a primary and a replica, a queue and a worker — each cell a copy of
 * the chapter-1 architecture, so every rule and the load model have real work to do.
 *
 * @example generateBoard(1000).nodes.length // 1002
 */
export function generateBoard(components: number): Board {
  const nodes: SketchNode[] = [['users', 'client'], ['dns', 'dns']];
  const edges: SketchEdge[] = [['users', 'dns']];
  for (let c = 0; c < Math.ceil(components / 10); c++) {
    const id = (name: string) => `${name}-${c}`;
    nodes.push(
      [id('lb'), 'load-balancer', { instances: 2 }],
      ...[1, 2, 3, 4].map((w) => [id(`web${w}`), 'web-server', { instances: 2, stateful: c % 7 === 0 }] as SketchNode),
      [id('cache'), 'cache', { instances: c % 5 === 0 ? 1 : 2, ttlSeconds: 60 }],
      [id('db'), 'database'],
      [id('replica'), 'database', { role: 'replica' }],
      [id('jobs'), 'message-queue', { instances: 2 }],
      [id('worker'), 'worker', { instances: 2 }],
    );
    edges.push(['users', id('lb')], [id('db'), id('replica'), 'replication'], [id('jobs'), id('worker'), 'async'], [id('worker'), id('db')]);
    for (const w of [1, 2, 3, 4]) {
      const web = id(`web${w}`);
      edges.push([id('lb'), web], [web, id('cache')], [web, id('db')], [web, id('replica')], [web, id('jobs'), 'async']);
    }
  }
  const board = sketch(`Generated ${components}`, nodes, edges, { monthlyActiveUsers: 100_000_000, availabilityTarget: 0.999, latencyTargetMs: 4 });
  // Through JSON and the schema, as a board arrives from a file or a snapshot.
  const parsed = parseBoard(JSON.parse(JSON.stringify(board)));
  if (!parsed.ok) throw new Error(`generated board is invalid at ${parsed.error.path}`);
  return parsed.board;
}
