import type { DrillPreset } from '@scaleboard/protocol';
import { holdsHitRatio, isGroupKind, isPrimaryDatabase, MAX_SCENARIO_FAILS, type Board, type BoardNode, type Scenario } from '@scaleboard/rules';

/** The presets the owner's drill menu offers, in its order. */
export const MENU_PRESETS: readonly DrillPreset[] = ['primary-db-down', 'traffic-x3', 'cold-cache', 'fail-component'];

/** What a drill can fail by hand: components and groups, never the users or a note. */
const isFailable = (node: BoardNode) => node.kind !== 'client' && node.kind !== 'note';

/**
 * A preset as a scenario on the board as it is now, or null when the board has nothing for it
 * (no database, no cache, nothing selected): "primary database down" fails the first primary
 * database, "cold cache" sets every cache's and CDN's hit ratio to 0, "component down" fails the
 * selection.
 *
 * @example presetScenario('traffic-x3', board, []) // { traffic: 3 }
 */
export function presetScenario(preset: DrillPreset, board: Board, selected: readonly string[]): Scenario | null {
  switch (preset) {
    case 'primary-db-down': {
      const primary = board.nodes.find(isPrimaryDatabase);
      return primary ? { fail: [primary.id] } : null;
    }
    case 'traffic-x3':
      return { traffic: 3 };
    case 'cold-cache': {
      const caches = board.nodes.filter(holdsHitRatio);
      return caches.length > 0 ? { hitRatios: Object.fromEntries(caches.map((node) => [node.id, 0])) } : null;
    }
    case 'fail-component': {
      const chosen = new Set(selected);
      const fail = board.nodes.filter((node) => chosen.has(node.id) && (isFailable(node) || isGroupKind(node.kind))).map((node) => node.id);
      return fail.length > 0 ? { fail: fail.slice(0, MAX_SCENARIO_FAILS) } : null;
    }
  }
}

/**
 * What the drill failed, by label (ids the board no longer has by id), for its banner.
 *
 * @example failedLabels({ fail: ['db'] }, board) // ['DB']
 */
export function failedLabels(scenario: Scenario, board: Board): string[] {
  const labels = new Map(board.nodes.map((node) => [node.id, node.label.trim() || node.id]));
  return (scenario.fail ?? []).map((id) => labels.get(id) ?? id);
}
