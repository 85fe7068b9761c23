import { describe, expect, it } from 'vitest';
import { isGroupKind } from '../kinds';
import { TEMPLATES } from './index';

interface Box { x: number; y: number; width: number; height: number }
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('template layout', () => {
  it.each(TEMPLATES.map((t) => [t.id, t.board] as const))('%s: components sit inside their groups, and nothing overlaps', (_title, board) => {
    const byId = new Map(board.nodes.map((n) => [n.id, n]));
    // Absolute boxes: children are stored relative to their group, as on the canvas.
    const boxes = board.nodes.map((node) => {
      const parent = node.parent ? byId.get(node.parent) : undefined;
      const size = isGroupKind(node.kind) ? { width: node.width ?? 420, height: node.height ?? 280 } : { width: 176, height: 56 };
      return { node, box: { x: node.x + (parent?.x ?? 0), y: node.y + (parent?.y ?? 0), ...size } };
    });
    for (const { node, box } of boxes) {
      const group = boxes.find((b) => b.node.id === node.parent);
      if (group) {
        expect(box.x, `${node.id} in ${group.node.id}`).toBeGreaterThanOrEqual(group.box.x);
        expect(box.y).toBeGreaterThanOrEqual(group.box.y + 36); // below the group's title
        expect(box.x + box.width).toBeLessThanOrEqual(group.box.x + group.box.width);
        expect(box.y + box.height).toBeLessThanOrEqual(group.box.y + group.box.height);
      }
      for (const other of boxes) {
        if (other.node === node || other.node.id === node.parent || node.id === other.node.parent) continue;
        expect(overlaps(box, other.box), `${node.id} overlaps ${other.node.id}`).toBe(false);
      }
    }
  });
});
