import { inferGroupKind, isGroupKind, MAX_LABEL_LENGTH, MAX_TITLE_LENGTH, NODE_KINDS, type EdgeKind, type NodeKind } from '@scaleboard/rules';
import { emptyDesign, type Design, type TextPosition } from '../design/design';
import { DESIGN_LIMITS } from '../design/designLimits';
import { DesignTextError, END_OF_LINE, END_OF_TEXT, expectedMessage } from '../design/DesignTextError';
import type { LayoutDirection } from '../design/layoutDesign';
import { DIRECTIONS, finish, IGNORED, OTHER_DIAGRAMS, SHAPES, yamlScalar, type MermaidNode } from './mermaidSyntax';
import { readMermaidLabel } from './mermaidText';

/** A Mermaid flowchart read as a design, with the direction it flows in. */
export interface MermaidDesign extends Design {
  direction: LayoutDirection;
}

/**
 * Reads the Mermaid flowchart subset (docs/mermaid.md) into a design: nodes with labels and
 * shapes, links with labels, chains and `&`, subgraphs as groups; styling statements are skipped.
 * A hand-written scanner, one pass over the text, each look-ahead bounded. Throws a
 * DesignTextError at the first problem.
 *
 * @example parseMermaid('flowchart LR\n  A[(Orders)] -->|SQL| B').nodes[0].kind // 'database'
 */
export function parseMermaid(text: string): MermaidDesign {
  return new MermaidParser(text).parse();
}

class MermaidParser {
  private i = 0;
  private line = 1;
  private lineStart = 0;
  private readonly design = emptyDesign();
  private readonly nodes = new Map<string, MermaidNode>();
  private readonly subgraphs: Array<{ id: string; at: TextPosition }> = [];
  private direction: LayoutDirection = 'TB';
  private anonymous = 0;

  constructor(private readonly text: string) {}

  parse(): MermaidDesign {
    this.frontMatter();
    this.header();
    while (this.skipBlank()) this.statement();
    const open = this.subgraphs.at(-1);
    if (open) throw new DesignTextError(open.at, { key: 'designText.unclosedSubgraph' });
    for (const node of this.nodes.values()) this.design.nodes.push(finish(node));
    this.design.edges.forEach((edge, index) => (edge.id = `e${index + 1}`));
    return { ...this.design, direction: this.direction };
  }

  /** `---\ntitle: …\n---` before the diagram: its title is the board's. */
  private frontMatter(): void {
    this.skipBlank();
    if (!this.text.startsWith('---', this.i)) return;
    const at = this.at();
    this.restOfLine();
    while (this.i < this.text.length) {
      const line = this.restOfLine();
      if (line.trim() === '---') return;
      const title = /^\s*title:\s*(.*)$/.exec(line.slice(0, DESIGN_LIMITS.maxToken));
      if (title) {
        this.design.title = yamlScalar(title[1]!.trim()).slice(0, MAX_TITLE_LENGTH);
        this.design.titleAt = at;
      }
    }
    throw new DesignTextError(at, { key: 'designText.unclosedLabel', params: { close: '---' } });
  }

  private header(): void {
    if (!this.skipBlank()) throw new DesignTextError(this.at(), { key: 'designText.noDiagram' });
    const at = this.at();
    const word = this.word();
    if (word === 'flowchart' || word === 'graph' || word === 'flowchart-elk') {
      this.spaces();
      const direction = this.word() || this.text[this.i] || '';
      if (Object.hasOwn(DIRECTIONS, direction)) {
        this.direction = DIRECTIONS[direction]!;
        if (!/\w/.test(direction)) this.i++;
      }
      this.endOfStatement();
      return;
    }
    const other = OTHER_DIAGRAMS.exec(word || this.text.slice(this.i, this.i + 30));
    if (other) throw new DesignTextError(at, { key: 'designText.notFlowchart', params: { diagram: word || other[0] } });
    throw new DesignTextError(at, { key: 'designText.noDiagram' });
  }

  private statement(): void {
    const at = this.at();
    const start = this.i;
    const word = this.word();
    this.spaces();
    const alone = this.atEndOfStatement();
    if (word === 'end' && alone) {
      if (!this.subgraphs.pop()) throw new DesignTextError(at, { key: 'designText.strayEnd' });
      return this.endOfStatement();
    }
    if (word === 'subgraph') return this.subgraph(at);
    if (word === 'class' && !alone && !this.atLink()) return this.classStatement();
    if (IGNORED.has(word) && !this.atLink() && this.text[this.i] !== '[' && this.text[this.i] !== '(') return this.skipStatement();
    this.i = start;
    this.chain();
  }

  /** `A --> B & C -->|x| D …` */
  private chain(): void {
    let from = this.vertices();
    for (;;) {
      this.spaces();
      if (this.atEndOfStatement()) return this.endOfStatement();
      const at = this.at();
      const link = this.link();
      if (!link) throw new DesignTextError(at, expectedMessage('endOfLine', this.found()));
      this.spaces();
      const to = this.vertices();
      if (link.kind !== null) {
        for (const a of from) {
          for (const b of to) {
            this.count(at);
            this.design.edges.push({ id: '', from: a.id, to: b.id, kind: link.kind, at, ...(link.label ? { label: link.label } : {}) });
          }
        }
      }
      from = to;
    }
  }

  private vertices(): MermaidNode[] {
    const list = [this.vertex()];
    for (;;) {
      const back = this.i;
      this.spaces();
      if (this.text[this.i] !== '&') {
        this.i = back;
        return list;
      }
      this.i++;
      this.spaces();
      list.push(this.vertex());
    }
  }

  private vertex(): MermaidNode {
    const at = this.at();
    const id = this.id();
    if (!id) throw new DesignTextError(at, expectedMessage('node', this.found()));
    const node = this.node(id, at);
    const back = this.i;
    this.spaces();
    const shape = this.text.startsWith('@{', this.i) ? this.shapeObject(node) : this.shape(node);
    if (!shape) this.i = back;
    if (this.text.startsWith(':::', this.i)) {
      this.i += 3;
      this.nameKind(node, this.className());
    }
    return node;
  }

  /** A node by id, created in the innermost open subgraph the first time it is named. */
  private node(id: string, at: TextPosition): MermaidNode {
    let node = this.nodes.get(id);
    if (!node) {
      this.count(at);
      const parent = this.subgraphs.at(-1)?.id;
      node = { id, kind: 'note', label: id, props: {}, at, ...(parent === undefined ? {} : { parent }) };
      this.nodes.set(id, node);
    } else if (node.parent === undefined && this.subgraphs.length > 0 && this.subgraphs.at(-1)!.id !== id && !this.subgraphs.some((open) => open.id === id)) {
      // Named at the top level first, then in a subgraph: Mermaid draws it in the subgraph.
      node.parent = this.subgraphs.at(-1)!.id;
    }
    return node;
  }

  private shape(node: MermaidNode): boolean {
    const shape = SHAPES.find((s) => this.text.startsWith(s.open, this.i));
    if (!shape) return false;
    const at = this.at();
    this.i += shape.open.length;
    const label = this.labelUntil(shape.close, at);
    node.label = label;
    if (shape.hint) node.hint = shape.hint;
    return true;
  }

  /** Mermaid 11's `A@{ shape: cyl, label: "Orders" }`: the label, and a cylinder's hint. */
  private shapeObject(node: MermaidNode): boolean {
    const at = this.at();
    this.i += 2;
    const body = this.labelUntil(['}'], at, false);
    const label = /label:\s*"([^"]*)"/.exec(body) ?? /label:\s*([^,]*)/.exec(body);
    if (label) {
      node.label = readMermaidLabel(label[1]!);
      }
    if (/shape:\s*"?(cyl|cylinder|db|database|das|lin-cyl|h-cyl|horizontal-cylinder)\b/.test(body)) node.hint = 'database';
    return true;
  }

  /**
   * The label up to the first of `closes`: a quoted one ("…", which may hold brackets) or the
   * raw text. Bounded by DESIGN_LIMITS.maxToken; unclosed is an error at the opening bracket.
   */
  private labelUntil(closes: readonly string[], at: TextPosition, read = true): string {
    this.spaces();
    let raw: string;
    if (read && this.text[this.i] === '"') {
      const end = this.text.indexOf('"', this.i + 1);
      if (end < 0 || end - this.i > DESIGN_LIMITS.maxToken) throw new DesignTextError(at, { key: 'designText.unclosedLabel', params: { close: '"' } });
      raw = this.text.slice(this.i + 1, end);
      this.advanceTo(end + 1);
      this.spaces();
      const close = closes.find((c) => this.text.startsWith(c, this.i));
      if (!close) throw new DesignTextError(at, { key: 'designText.unclosedShape', params: { close: closes[0]! } });
      this.i += close.length;
    } else {
      const limit = Math.min(this.text.length, this.i + DESIGN_LIMITS.maxToken);
      let end = -1;
      let close = '';
      for (let j = this.i; j < limit && end < 0 && this.text[j] !== '\n'; j++) {
        const found = closes.find((c) => this.text.startsWith(c, j));
        if (found) [end, close] = [j, found];
      }
      if (end < 0) throw new DesignTextError(at, { key: 'designText.unclosedShape', params: { close: closes[0]! } });
      raw = this.text.slice(this.i, end);
      this.advanceTo(end + close.length);
    }
    return read ? readMermaidLabel(raw) : raw;
  }

  /** A link and its kind (null: an invisible `~~~` link, which connects nothing), or null when there is none. */
  private link(): { kind: EdgeKind | null; label?: string } | null {
    const start = this.i;
    const at = this.at();
    if (this.text[this.i] === '<' || ((this.text[this.i] === 'o' || this.text[this.i] === 'x') && /[-=.]/.test(this.text[this.i + 1] ?? ''))) this.i++;
    const c = this.text[this.i];
    let kind: EdgeKind | null;
    let label: string | undefined;
    if (c === '~' && this.text.startsWith('~~~', this.i)) {
      this.run('~');
      kind = null;
    } else if (c === '-' || c === '=') {
      kind = c === '=' ? 'replication' : 'sync';
      const dashes = this.run(c);
      if (c === '-' && this.text[this.i] === '.') {
        kind = 'async';
        this.run('.');
        if (this.text[this.i] === ' ') label = this.inlineLabel(['.->', '.-'], at);
        else this.run('-');
      } else if (dashes === 2 && this.text[this.i] === ' ') {
        label = this.inlineLabel(c === '=' ? ['==>', '==='] : ['-->', '---', '--o', '--x'], at);
      } else if (dashes < 2) {
        this.i = start;
        return null;
      }
      if (this.text[this.i] === '>' || ((this.text[this.i] === 'o' || this.text[this.i] === 'x') && !/[\p{L}\p{N}_]/u.test(this.text[this.i + 1] ?? ''))) this.i++;
    } else {
      this.i = start;
      return null;
    }
    const back = this.i;
    this.spaces();
    if (this.text[this.i] === '|') {
      this.i++;
      label = this.labelUntil(['|'], at);
    } else this.i = back;
    return { kind, ...(label ? { label: label.slice(0, MAX_LABEL_LENGTH) } : {}) };
  }

  /** The text of `-- text -->`, up to (not past) the first of `ends`, which then closes the link. */
  private inlineLabel(ends: readonly string[], at: TextPosition): string {
    const limit = Math.min(this.text.length, this.i + DESIGN_LIMITS.maxToken);
    for (let j = this.i; j < limit && this.text[j] !== '\n'; j++) {
      const end = ends.find((e) => this.text.startsWith(e, j));
      if (!end) continue;
      const label = readMermaidLabel(this.text.slice(this.i, j).trim().replace(/^"(.*)"$/s, '$1'));
      this.i = j + end.length;
      return label;
    }
    throw new DesignTextError(at, { key: 'designText.unclosedLabel', params: { close: ends[0]! } });
  }

  /** `subgraph id`, `subgraph id [label]`, `subgraph "label"` or `subgraph any title`. */
  private subgraph(at: TextPosition): void {
    if (this.subgraphs.length >= DESIGN_LIMITS.maxDepth) throw new DesignTextError(at, { key: 'designText.tooDeep', params: { limit: DESIGN_LIMITS.maxDepth } });
    let id = this.id();
    let label = id;
    this.spaces();
    if (!id && this.text[this.i] === '"') {
      this.i++;
      label = readMermaidLabel(this.labelUntil(['"'], at, false));
      id = label;
    } else if (this.text[this.i] === '[') {
      this.i++;
      label = this.labelUntil([']'], at);
    } else if (!this.atEndOfStatement()) {
      const rest = this.restOfStatement();
      label = readMermaidLabel(`${id} ${rest}`);
      id = label;
    }
    if (!id) id = `subgraph-${++this.anonymous}`;
    const node = this.node(id.slice(0, MAX_LABEL_LENGTH), at);
    node.label = label;
    node.kind = inferGroupKind(node.label);
    if (node.named === undefined || !isGroupKind(node.named)) node.named = node.kind;
    // A group is in the subgraph it is declared in, not the one that first named it.
    const parent = this.subgraphs.at(-1)?.id;
    if (parent === undefined) delete node.parent;
    else node.parent = parent;
    this.subgraphs.push({ id: node.id, at });
    this.endOfStatement();
  }

  /** `class a,b name`: a class named after a kind gives the nodes that kind; other classes are looks. */
  private classStatement(): void {
    const ids = this.restOfStatement().split(/\s+/);
    const name = ids.pop() ?? '';
    for (const id of (ids.join('') || '').split(',')) {
      const node = this.nodes.get(id);
      if (node) this.nameKind(node, name);
    }
  }

  private nameKind(node: MermaidNode, name: string): void {
    if (!(NODE_KINDS as readonly string[]).includes(name)) return;
    const kind = name as NodeKind;
    // A subgraph takes only group kinds, a node only the others: a class meant for one is a look on the other.
    if (isGroupKind(kind) === isGroupKind(node.named ?? node.kind) || (!isGroupKind(kind) && node.named === undefined)) node.named = kind;
  }

  private id(): string {
    const start = this.i;
    while (this.i < this.text.length) {
      const c = this.text[this.i]!;
      const next = this.text[this.i + 1] ?? '';
      if (/[\p{L}\p{N}_$]/u.test(c) || ((c === '-' || c === '.') && /[\p{L}\p{N}_]/u.test(next) && this.i > start)) this.i++;
      else break;
      if (this.i - start > MAX_LABEL_LENGTH) throw new DesignTextError(this.at(), { key: 'designText.tooLong', params: { limit: MAX_LABEL_LENGTH } });
    }
    return this.text.slice(start, this.i);
  }

  private word(): string {
    const start = this.i;
    while (this.i < this.text.length && /[\w-]/.test(this.text[this.i]!) && this.i - start < 64) this.i++;
    return this.text.slice(start, this.i);
  }

  private className(): string {
    const start = this.i;
    while (this.i < this.text.length && /[\w-]/.test(this.text[this.i]!) && this.i - start < 64) this.i++;
    return this.text.slice(start, this.i);
  }

  private atLink(): boolean {
    const back = this.i;
    const link = this.link();
    this.i = back;
    return link !== null;
  }

  private run(c: string): number {
    const start = this.i;
    while (this.text[this.i] === c) this.i++;
    return this.i - start;
  }

  private spaces(): void {
    while (this.text[this.i] === ' ' || this.text[this.i] === '\t' || this.text[this.i] === '\r') this.i++;
  }

  private atEndOfStatement(): boolean {
    const c = this.text[this.i];
    return c === undefined || c === '\n' || c === ';' || this.text.startsWith('%%', this.i);
  }

  private endOfStatement(): void {
    this.spaces();
    if (!this.atEndOfStatement()) throw new DesignTextError(this.at(), expectedMessage('endOfLine', this.found()));
    if (this.text[this.i] === ';') this.i++;
  }

  /** The rest of the statement (to a ";" or the line's end), consumed. */
  private restOfStatement(): string {
    const start = this.i;
    while (!this.atEndOfStatement()) this.i++;
    const rest = this.text.slice(start, this.i).trim();
    if (this.text[this.i] === ';') this.i++;
    return rest;
  }

  private skipStatement(): void {
    // accDescr { … } spans lines up to its closing brace.
    if (this.text[this.i] === '{') {
      const end = this.text.indexOf('}', this.i);
      this.advanceTo(end < 0 ? this.text.length : end + 1);
    }
    this.restOfStatement();
  }

  /** The rest of the line, consumed with its line break. */
  private restOfLine(): string {
    const end = this.text.indexOf('\n', this.i);
    const line = this.text.slice(this.i, end < 0 ? this.text.length : end);
    this.advanceTo(end < 0 ? this.text.length : end + 1);
    return line;
  }

  /** Skips blank lines, ";" and `%%` comments; false at the end of the text. */
  private skipBlank(): boolean {
    for (;;) {
      this.spaces();
      const c = this.text[this.i];
      if (c === undefined) return false;
      if (c === '\n' || c === ';') this.advanceTo(this.i + 1);
      else if (this.text.startsWith('%%', this.i)) this.restOfLine();
      else return true;
    }
  }

  /** Moves to `index`, counting the lines passed (the only way the scanner crosses a line break). */
  private advanceTo(index: number): void {
    for (let j = this.i; j < index; j++) {
      if (this.text[j] !== '\n') continue;
      this.line++;
      this.lineStart = j + 1;
      if (this.line > DESIGN_LIMITS.maxLines) throw new DesignTextError(this.at(), { key: 'designText.tooManyLines', params: { limit: DESIGN_LIMITS.maxLines } });
    }
    this.i = index;
  }

  private at(): TextPosition {
    return { line: this.line, column: this.i - this.lineStart + 1 };
  }

  private found(): string {
    if (this.i >= this.text.length) return END_OF_TEXT;
    if (this.text[this.i] === '\n') return END_OF_LINE;
    return this.text.slice(this.i, this.i + 12).split('\n')[0]!;
  }

  private count(at: TextPosition): void {
    if (this.nodes.size + this.design.edges.length >= DESIGN_LIMITS.maxElements)
      throw new DesignTextError(at, { key: 'designText.tooManyElements', params: { limit: DESIGN_LIMITS.maxElements } });
  }
}
