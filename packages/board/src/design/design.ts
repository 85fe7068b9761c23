import type { BoardError, EdgeKind, Message, NodeKind } from '@scaleboard/rules';

/** Where something is in a text: 1-based line and column (in UTF-16 code units, as editors count). */
export interface TextPosition {
  line: number;
  column: number;
}

/** A component or group read from text, before layout gives it a place. */
export interface DesignNode {
  id: string;
  kind: NodeKind;
  label: string;
  props: Record<string, unknown>;
  parent?: string;
  at: TextPosition;
}

/** A connection read from text. */
export interface DesignEdge {
  id: string;
  from: string;
  to: string;
  kind: EdgeKind;
  label?: string;
  at: TextPosition;
}

/**
 * A board as the text formats describe it: what each element is and how they connect, without
 * positions (layoutDesign places them). Each element remembers where it was written, so a problem
 * the board file's schema finds later is still reported at a line and column.
 */
export interface Design {
  title?: string;
  titleAt?: TextPosition;
  assumptions: Record<string, unknown>;
  assumptionsAt: Record<string, TextPosition>;
  nodes: DesignNode[];
  edges: DesignEdge[];
}

/**
 * Why a text was refused, at the first problem: a message to say in the reader's language, or a
 * field the board file's schema refused (`boardError`, said by `boardProblem` on `input`).
 */
export type DesignProblem = TextPosition & ({ message: Message } | { boardError: BoardError; input: unknown });

/** An empty design: what a parser starts from. */
export function emptyDesign(): Design {
  return { assumptions: {}, assumptionsAt: {}, nodes: [], edges: [] };
}
