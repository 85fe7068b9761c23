import { inferKind, isGroupKind, MAX_LABEL_LENGTH, MAX_NOTE_LENGTH, type NodeKind } from '@scaleboard/rules';
import type { DesignNode } from '../design/design';
import type { LayoutDirection } from '../design/layoutDesign';

// The words and brackets of Mermaid's flowchart syntax that parseMermaid reads, and how a node it
// read becomes a board's node.

/** Shapes by opening bracket, longest first; `hint` is the kind a shape suggests when the label does not say. */
export const SHAPES: ReadonlyArray<{ open: string; close: readonly string[]; hint?: NodeKind }> = [
  { open: '(((', close: [')))'] },
  { open: '((', close: ['))'] },
  { open: '([', close: ['])'] },
  { open: '[[', close: [']]'] },
  { open: '[(', close: [')]'], hint: 'database' },
  { open: '[/', close: ['/]', '\\]'] },
  { open: '[\\', close: ['\\]', '/]'] },
  { open: '{{', close: ['}}'] },
  { open: '[', close: [']'] },
  { open: '(', close: [')'] },
  { open: '{', close: ['}'] },
  { open: '>', close: [']'] },
];

/** Statements Mermaid uses for looks and behaviour: skipped to the end of the line. */
export const IGNORED = new Set(['classDef', 'style', 'linkStyle', 'click', 'accTitle', 'accDescr', 'direction']);
export const OTHER_DIAGRAMS = /^(sequenceDiagram|classDiagram|stateDiagram|erDiagram|gantt|pie|journey|gitGraph|mindmap|timeline|quadrantChart|requirementDiagram|C4\w*|sankey|xychart|block|architecture|packet|kanban|radar|treemap|zenuml)/;
export const DIRECTIONS: Readonly<Record<string, LayoutDirection>> = { TB: 'TB', TD: 'TB', BT: 'BT', LR: 'LR', RL: 'RL', v: 'TB', '^': 'BT', '>': 'LR', '<': 'RL' };

/** A node as the reader collects it: a kind named by a class (`:::cache`, `class a cache`), a shape's hint. */
export interface MermaidNode extends DesignNode {
  named?: NodeKind;
  hint?: NodeKind;
}

/** The node as the board has it: its kind decided (class, then label, then id, then shape, else a note), its label within the kind's limit. */
export function finish(node: MermaidNode): DesignNode {
  const { named, hint, ...rest } = node;
  const kind = named ?? (isGroupKind(node.kind) ? node.kind : (inferKind(node.label) ?? inferKind(node.id) ?? hint ?? 'note'));
  const limit = kind === 'note' ? MAX_NOTE_LENGTH : MAX_LABEL_LENGTH;
  const label = kind === 'note' ? node.label : node.label.replaceAll('\n', ' ');
  return { ...rest, kind, label: label.length > limit ? `${label.slice(0, limit - 1)}…` : label };
}

/** A front-matter value: a double-quoted one as JSON reads it, else without its quotes. */
export function yamlScalar(value: string): string {
  if (value.startsWith('"')) {
    try {
      return String(JSON.parse(value));
    } catch {
      // Not JSON's escapes: taken as written, quotes dropped.
    }
  }
  return value.replace(/^["']/, '').replace(/["']$/, '');
}
