import { jsonDeeperThan, MAX_JSON_DEPTH, parseBoard, type Board } from '@scaleboard/rules';
import { parseMermaid } from '../mermaid/parseMermaid';
import { parseText } from '../text/parseText';
import type { Design, DesignProblem } from './design';
import { DESIGN_LIMITS } from './designLimits';
import { designToBoard } from './designToBoard';
import type { LayoutDirection } from './layoutDesign';
import { DesignTextError } from './DesignTextError';

/** The ways a board is written down: the board file, a Mermaid flowchart, the text format. */
export const DESIGN_FORMATS = ['json', 'mermaid', 'text'] as const;
export type DesignFormat = (typeof DESIGN_FORMATS)[number];

export type ReadDesignResult = { ok: true; board: Board; from: DesignFormat } | { ok: false; problem: DesignProblem; from: DesignFormat };

const MERMAID_START = /^(flowchart|graph|flowchart-elk|sequenceDiagram|classDiagram|stateDiagram|erDiagram|gantt|pie|journey|gitGraph|mindmap|timeline|architecture-beta|block-beta|C4Context)\b/;
const FENCE = /^\s*(`{3,}|~{3,})\s*mermaid\s*$/;

/**
 * Which format a text is in: JSON when it starts with "{", Mermaid when its first statement (after
 * front matter and `%%` comments) names a diagram or it is Markdown with a ```mermaid block, the
 * text format otherwise. Reads at most the lines up to the first statement, or up to the fence.
 *
 * @example detectFormat('graph TD\n  A --> B') // 'mermaid'
 */
export function detectFormat(text: string): DesignFormat {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  let inFrontMatter = false;
  let first: string | undefined;
  for (const line of start.split('\n', DESIGN_LIMITS.maxLines)) {
    const trimmed = line.trim();
    if (FENCE.test(trimmed)) return 'mermaid';
    if (first !== undefined) continue;
    if (trimmed === '---') inFrontMatter = !inFrontMatter;
    else if (!inFrontMatter && trimmed !== '' && !trimmed.startsWith('%%')) {
      first = trimmed;
      // A text-format board or a Mermaid diagram: either way, no fence to look for further on.
      if (MERMAID_START.test(first) || !first.startsWith('#')) break;
    }
  }
  return first !== undefined && MERMAID_START.test(first) ? 'mermaid' : 'text';
}

/**
 * The Mermaid diagram of a Markdown text: the first ```mermaid block holding a flowchart (else the
 * first block), everything else blanked so lines and columns still point into the file.
 */
function mermaidOfMarkdown(text: string): string {
  const lines = text.split('\n');
  const blocks: Array<{ from: number; to: number }> = [];
  for (let i = 0; i < lines.length; i++) {
    if (!FENCE.test(lines[i]!)) continue;
    let end = i + 1;
    while (end < lines.length && !/^\s*(`{3,}|~{3,})\s*$/.test(lines[end]!)) end++;
    blocks.push({ from: i + 1, to: end });
    i = end;
  }
  if (blocks.length === 0) return text;
  const flowchart = blocks.find(({ from, to }) => lines.slice(from, to).some((line) => /^\s*(flowchart|graph)\b/.test(line))) ?? blocks[0]!;
  return lines.map((line, i) => (i >= flowchart.from && i < flowchart.to ? line : '')).join('\n');
}

/**
 * Reads a board written in any of DESIGN_FORMATS (`from`, or detected): a board file is validated
 * as it is; Mermaid and the text format are parsed, laid out and validated with the same schema.
 * Never throws; a refusal says where (line and column) and what, to be said by describeDesignProblem.
 *
 * @example
 * const result = readDesign('flowchart LR\n  user --> lb[Load balancer]');
 * if (result.ok) result.board.nodes.map((n) => n.kind) // ['client', 'load-balancer']
 */
export function readDesign(text: string, format?: DesignFormat): ReadDesignResult {
  // The size first: nothing, not even the format's detection, reads more than a board file.
  if (text.length > DESIGN_LIMITS.maxChars)
    return { ok: false, from: format ?? 'text', problem: { line: 1, column: 1, message: { key: 'designText.tooLarge', params: { limit: DESIGN_LIMITS.maxChars } } } };
  const from = format ?? detectFormat(text);
  if (from === 'json') return readJsonBoard(text);
  const parsed = parseDesign(text, from);
  if (!parsed.ok) return { ...parsed, from };
  return { ...designToBoard(parsed.design, parsed.direction), from };
}

export type ParseDesignResult = { ok: true; design: Design; direction: LayoutDirection } | { ok: false; problem: DesignProblem };

/**
 * A text in the text format or Mermaid (a Markdown file's flowchart too) read as a design — what it
 * says, before layout and the board file's schema. Never throws; a refusal says where and what.
 *
 * @example parseDesign('lb: load-balancer', 'text') // { ok: true, design: { nodes: [{ id: 'lb', … }], … }, direction: 'LR' }
 */
export function parseDesign(text: string, format: Exclude<DesignFormat, 'json'>): ParseDesignResult {
  try {
    if (format === 'text') return { ok: true, design: parseText(text), direction: 'LR' };
    const { direction, ...design } = parseMermaid(FENCE.test(text.split('\n', 1)[0] ?? '') || !MERMAID_START.test(text.trimStart()) ? mermaidOfMarkdown(text) : text);
    return { ok: true, design, direction };
  } catch (error) {
    if (!(error instanceof DesignTextError)) throw error;
    return { ok: false, problem: { line: error.at.line, column: error.at.column, message: error.said } };
  }
}

function readJsonBoard(text: string): ReadDesignResult {
  const from = 'json';
  if (jsonDeeperThan(text)) return { ok: false, from, problem: { line: 1, column: 1, message: { key: 'designText.jsonTooDeep', params: { limit: MAX_JSON_DEPTH } } } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, from, problem: { ...jsonErrorAt(text, (error as Error).message), message: { key: 'designText.notJson', params: { detail: (error as Error).message } } } };
  }
  const parsed = parseBoard(json);
  return parsed.ok ? { ok: true, board: parsed.board, from } : { ok: false, from, problem: { line: 1, column: 1, boardError: parsed.error, input: json } };
}

/** The line and column of a JSON syntax error, from the offset V8 names ("… at position 12"). */
function jsonErrorAt(text: string, message: string): { line: number; column: number } {
  const offset = Number(/position (\d+)/.exec(message)?.[1] ?? 0);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
