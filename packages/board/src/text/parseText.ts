import { GROUP_KINDS, inferKind, isGroupKind, NODE_KINDS, type EdgeKind, type NodeKind } from '@scaleboard/rules';
import { emptyDesign, type Design, type DesignEdge, type DesignNode, type TextPosition } from '../design/design';
import { DESIGN_LIMITS } from '../design/designLimits';
import { DesignTextError, END_OF_LINE, END_OF_TEXT, expectedMessage, type Expected } from '../design/DesignTextError';
import { readTokens, type Token } from './textTokens';

/** What each arrow of the text format draws. */
export const TEXT_ARROWS: Readonly<Record<'->' | '~>' | '=>', EdgeKind>> = { '->': 'sync', '~>': 'async', '=>': 'replication' };

/** The longest id the text format reads. */
const MAX_ID_LENGTH = 200;

interface OpenGroup {
  id: string;
  at: TextPosition;
}

/**
 * Reads the text format (docs/text-format.md) into a Design: a recursive-descent parser over the
 * tokens, one statement a line, groups as `{ … }` blocks kept on an explicit stack (no recursion,
 * so nesting depth costs no call stack). Throws a DesignTextError at the first problem.
 *
 * @example parseText('lb: load-balancer "LB" {instances: 2}\nlb -> web\nweb: web-server').edges[0] // { from: 'lb', to: 'web', kind: 'sync', … }
 */
export function parseText(text: string): Design {
  return new TextParser(readTokens(text)).parse();
}

class TextParser {
  /** Tokens read but not yet consumed: the parser looks at most three ahead. */
  private readonly ahead: Token[] = [];
  private end: Token | undefined;
  private readonly design = emptyDesign();
  private readonly groups: OpenGroup[] = [];
  /** Ids a group lists as members, resolved once every node is declared (a member may come later). */
  private readonly members: Array<{ id: string; group: string; at: TextPosition }> = [];
  private readonly explicitEdgeIds = new Map<DesignEdge, string>();
  private readonly nodeIds = new Set<string>();

  constructor(private readonly tokens: Iterator<Token, void>) {}

  parse(): Design {
    while (this.peek().type !== 'eof') {
      if (this.peek().type === 'newline') {
        this.skip();
        continue;
      }
      this.statement();
      this.endOfStatement();
    }
    const open = this.groups.at(-1);
    if (open) throw new DesignTextError(open.at, { key: 'designText.unclosedGroup' });
    this.resolveMembers();
    this.nameEdges();
    this.checkEnds();
    return this.design;
  }

  private statement(): void {
    const first = this.peek();
    const second = this.peek(1);
    if (first.type === 'punct' && first.text === '}') {
      this.skip();
      if (!this.groups.pop()) throw new DesignTextError(first, { key: 'designText.strayClose' });
      return;
    }
    const keyword = first.type === 'word' && !(second.type === 'punct' && second.text === ':') && second.type !== 'arrow' ? first.text : '';
    if (keyword === 'title') return this.title();
    if (keyword === 'assume') return this.assume();
    if (keyword === 'group') return this.group();
    const id = this.id();
    const next = this.peek();
    if (next.type === 'punct' && next.text === ':') return this.node(id);
    if (next.type === 'arrow') return this.edges(id);
    const group = this.groups.at(-1);
    if (group && (next.type === 'newline' || next.type === 'eof')) {
      // A bare id inside a group's block lists an element declared elsewhere as a member.
      this.members.push({ id: id.text, group: group.id, at: id });
      return;
    }
    this.fail(next, group ? 'colonArrowOrEnd' : 'colonOrArrow');
  }

  private title(): void {
    const keyword = this.next();
    const value = this.expect('string', 'title');
    this.design.title = value.text;
    this.design.titleAt = keyword;
  }

  private assume(): void {
    this.skip();
    const name = this.peek().type === 'string' ? this.next() : this.expect('word', 'assumption');
    this.optional(':');
    setOwn(this.design.assumptions, name.text, this.value());
    setOwn(this.design.assumptionsAt, name.text, name);
  }

  /** `group ID [: KIND] ["Label"] [{props}] [in PARENT] { (members } | newline …) }` */
  private group(): void {
    this.skip();
    const id = this.id();
    let kind: NodeKind = 'region';
    if (this.optional(':')) {
      const word = this.expect('word', 'groupKind');
      if (!isGroupKind(word.text)) throw new DesignTextError(word, { key: 'designText.notGroupKind', params: { kind: word.text, kinds: GROUP_KINDS.join(', ') } });
      kind = word.text;
    }
    const node = this.declare(id, kind, this.groups.at(-1)?.id);
    const open = this.expectPunct('{', 'openGroup');
    if (this.groups.length >= DESIGN_LIMITS.maxDepth) throw new DesignTextError(open, { key: 'designText.tooDeep', params: { limit: DESIGN_LIMITS.maxDepth } });
    if (this.peek().type === 'newline') {
      this.groups.push({ id: node.id, at: open });
      return;
    }
    // The one-line form lists members: `group a: region "A" { web db }`.
    while (!this.optional('}')) {
      const member = this.id();
      this.members.push({ id: member.text, group: node.id, at: member });
    }
  }

  /** `ID: [KIND] ["Label"] [{props}] [in PARENT]`; the kind, when left out, is read from the label. */
  private node(id: Token): void {
    this.skip();
    let kind: NodeKind | undefined;
    const word = this.peek();
    if (word.type === 'word' && word.text !== 'in') {
      this.skip();
      if (!(NODE_KINDS as readonly string[]).includes(word.text))
        throw new DesignTextError(word, { key: 'designText.unknownKind', params: { kind: word.text, kinds: NODE_KINDS.join(', ') } });
      kind = word.text as NodeKind;
    }
    this.declare(id, kind, this.groups.at(-1)?.id);
  }

  /** The label, props and parent after an id and kind, and the node they make. */
  private declare(id: Token, kind: NodeKind | undefined, parent: string | undefined): DesignNode {
    const label = this.peek().type === 'string' ? this.next().text : undefined;
    // A group's header is followed by its body, which opens with "{" too.
    const props = (kind !== undefined && isGroupKind(kind) ? this.atProps() : this.peekPunct('{')) ? this.props() : {};
    let parentId = parent;
    if (this.peek().type === 'word' && this.peek().text === 'in') {
      this.skip();
      parentId = this.id().text;
    }
    if (this.nodeIds.has(id.text)) throw new DesignTextError(id, { key: 'designText.duplicateId', params: { id: id.text } });
    this.count(id);
    this.nodeIds.add(id.text);
    const node: DesignNode = {
      id: id.text,
      kind: kind ?? inferKind(label ?? id.text) ?? 'note',
      label: label ?? id.text,
      props,
      at: id,
      ...(parentId === undefined ? {} : { parent: parentId }),
    };
    this.design.nodes.push(node);
    return node;
  }

  /** `A -> B [-> C …] ["label"] [{id: …}]` */
  private edges(first: Token): void {
    const hops: Array<{ kind: EdgeKind; to: Token; arrow: Token }> = [];
    while (this.peek().type === 'arrow') {
      const arrow = this.next();
      hops.push({ kind: TEXT_ARROWS[arrow.text as keyof typeof TEXT_ARROWS], to: this.id(), arrow });
    }
    const label = this.peek().type === 'string' ? this.next().text : undefined;
    const attributes = this.peekPunct('{') ? this.props() : undefined;
    let from = first;
    for (const hop of hops) {
      this.count(hop.arrow);
      const edge: DesignEdge = { id: '', from: from.text, to: hop.to.text, kind: hop.kind, at: hop.arrow, ...(label === undefined ? {} : { label }) };
      this.design.edges.push(edge);
      from = hop.to;
    }
    if (!attributes) return;
    for (const [field, value] of Object.entries(attributes)) {
      if (field !== 'id') throw new DesignTextError(first, { key: 'designText.edgeAttribute', params: { field } });
      if (hops.length > 1) throw new DesignTextError(first, { key: 'designText.chainId' });
      this.explicitEdgeIds.set(this.design.edges.at(-1)!, String(value));
    }
  }

  /** `{ name: value, … }` */
  private props(): Record<string, unknown> {
    this.skip();
    const props: Record<string, unknown> = {};
    while (!this.optional('}')) {
      const name = this.peek().type === 'string' ? this.next() : this.expect('word', 'propertyName');
      this.expectPunct(':', 'colon');
      setOwn(props, name.text, this.value());
      if (!this.optional(',')) {
        this.expectPunct('}', 'commaOrClose');
        break;
      }
    }
    return props;
  }

  /** A number, true, false, a "string" or a bare word (read as a string: `role: primary`). */
  private value(): unknown {
    const token = this.peek();
    if (token.type === 'string') return this.next().text;
    if (token.type !== 'word') return this.fail(token, 'value');
    this.skip();
    if (token.text === 'true') return true;
    if (token.text === 'false') return false;
    const number = numberOf(token.text);
    return number ?? token.text;
  }

  private id(): Token {
    const token = this.peek();
    if (token.type !== 'word' && token.type !== 'string') return this.fail(token, 'id');
    if (token.text.length === 0 || token.text.length > MAX_ID_LENGTH) throw new DesignTextError(token, { key: 'designText.tooLong', params: { limit: MAX_ID_LENGTH } });
    return this.next();
  }

  private count(at: TextPosition): void {
    if (this.design.nodes.length + this.design.edges.length >= DESIGN_LIMITS.maxElements)
      throw new DesignTextError(at, { key: 'designText.tooManyElements', params: { limit: DESIGN_LIMITS.maxElements } });
  }

  private resolveMembers(): void {
    const byId = new Map(this.design.nodes.map((node) => [node.id, node]));
    for (const node of this.design.nodes) {
      if (node.parent === undefined) continue;
      const group = byId.get(node.parent);
      if (!group) throw new DesignTextError(node.at, { key: 'designText.unknownId', params: { id: node.parent } });
      if (!isGroupKind(group.kind)) throw new DesignTextError(node.at, { key: 'designText.notAGroup', params: { id: node.parent } });
    }
    for (const member of this.members) {
      const node = byId.get(member.id);
      if (!node) throw new DesignTextError(member.at, { key: 'designText.unknownId', params: { id: member.id } });
      node.parent = member.group;
    }
    // A member may make a group its own ancestor: designToBoard refuses a looping or too deep chain.
  }

  /** An edge without an id is `e` and its place among the connections, the way boardToText leaves them out. */
  private nameEdges(): void {
    const seen = new Set<string>();
    this.design.edges.forEach((edge, index) => {
      edge.id = this.explicitEdgeIds.get(edge) ?? `e${index + 1}`;
      if (seen.has(edge.id)) throw new DesignTextError(edge.at, { key: 'designText.duplicateId', params: { id: edge.id } });
      seen.add(edge.id);
    });
  }

  private checkEnds(): void {
    for (const edge of this.design.edges) {
      for (const end of [edge.from, edge.to]) {
        if (!this.nodeIds.has(end)) throw new DesignTextError(edge.at, { key: 'designText.unknownId', params: { id: end } });
      }
    }
  }

  private endOfStatement(): void {
    const token = this.peek();
    if (token.type === 'newline') this.skip();
    else if (token.type !== 'eof' && !(token.type === 'punct' && token.text === '}')) this.fail(token, 'endOfLine');
  }

  private peek(ahead = 0): Token {
    while (this.ahead.length <= ahead) {
      const next = this.tokens.next();
      if (!next.done && next.value.type === 'eof') this.end = next.value;
      // After the end, the end again.
      this.ahead.push(next.done ? this.end! : next.value);
    }
    return this.ahead[ahead]!;
  }

  private next(): Token {
    const token = this.peek();
    this.ahead.shift();
    return token;
  }

  /** Consumes the token peek() shows. */
  private skip(): void {
    this.next();
  }

  /** A props block opens here (`{ name: …` or `{}` before another "{"), not a group's body. */
  private atProps(): boolean {
    if (!this.peekPunct('{')) return false;
    const [first, second] = [this.peek(1), this.peek(2)];
    if (first.type === 'punct' && first.text === '}') return second.type === 'punct' && second.text === '{';
    return (first.type === 'word' || first.type === 'string') && second.type === 'punct' && second.text === ':';
  }

  private peekPunct(text: string): boolean {
    const token = this.peek();
    return token.type === 'punct' && token.text === text;
  }

  private optional(text: string): boolean {
    if (!this.peekPunct(text)) return false;
    this.skip();
    return true;
  }

  private expect(type: 'word' | 'string', expected: Expected): Token {
    const token = this.peek();
    if (token.type !== type) return this.fail(token, expected);
    this.skip();
    return token;
  }

  private expectPunct(text: string, expected: Expected): Token {
    const token = this.peek();
    if (!this.peekPunct(text)) return this.fail(token, expected);
    this.skip();
    return token;
  }

  private fail(token: Token, expected: Expected): never {
    throw new DesignTextError(token, expectedMessage(expected, token.type === 'eof' ? END_OF_TEXT : token.type === 'newline' ? END_OF_LINE : token.text));
  }
}

/** A number as the text format writes one (JSON's syntax, "_" between digits allowed), or null. */
function numberOf(word: string): number | null {
  if (/(?<!\d)_|_(?!\d)/.test(word)) return null;
  const plain = word.replaceAll('_', '');
  if (!/^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(plain)) return null;
  const number = Number(plain);
  return Number.isFinite(number) ? number : null;
}

/** Sets a key as the text names it: "__proto__" too, as an own property (not the object's prototype). */
function setOwn(record: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}
