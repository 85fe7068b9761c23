import { describe, expect, it } from 'vitest';
import { describeDesignProblem } from '../design/describeDesignProblem';
import { DESIGN_LIMITS } from '../design/designLimits';
import { readDesign } from '../design/readDesign';
import { parseText } from './parseText';

/** The refusal of a text-format text, in English, or 'ok'. */
function problem(text: string): string {
  const result = readDesign(text, 'text');
  return result.ok ? 'ok' : describeDesignProblem(result.problem, 'en');
}

describe('parseText', () => {
  it('reads components, groups as blocks or member lists, chains, arrows and edge ids', () => {
    const design = parseText(
      [
        'title "Chat" # a comment',
        'assume monthlyActiveUsers: 1_000_000',
        'user: client "Users"',
        'group dc: region "DC 1" {',
        '  web: web-server {instances: 2, stateful: false}',
        '  group inner: private-network {',
        '    db: database {role: primary, "custom key": "x y"}',
        '  }',
        '}',
        'cache: "Redis"',
        'q: message-queue in dc',
        'group edge: public-network { user }',
        'user -> web -> db "SQL"',
        'web ~> q; db => cache {id: rep}',
      ].join('\n'),
    );
    expect(design.title).toBe('Chat');
    expect(design.assumptions).toEqual({ monthlyActiveUsers: 1_000_000 });
    expect(design.nodes.map(({ id, kind, label, parent, props }) => ({ id, kind, label, parent, props }))).toEqual([
      { id: 'user', kind: 'client', label: 'Users', parent: 'edge', props: {} },
      { id: 'dc', kind: 'region', label: 'DC 1', parent: undefined, props: {} },
      { id: 'web', kind: 'web-server', label: 'web', parent: 'dc', props: { instances: 2, stateful: false } },
      { id: 'inner', kind: 'private-network', label: 'inner', parent: 'dc', props: {} },
      { id: 'db', kind: 'database', label: 'db', parent: 'inner', props: { role: 'primary', 'custom key': 'x y' } },
      { id: 'cache', kind: 'cache', label: 'Redis', parent: undefined, props: {} },
      { id: 'q', kind: 'message-queue', label: 'q', parent: 'dc', props: {} },
      { id: 'edge', kind: 'public-network', label: 'edge', parent: undefined, props: {} },
    ]);
    expect(design.edges.map(({ id, from, to, kind, label }) => [id, from, to, kind, label])).toEqual([
      ['e1', 'user', 'web', 'sync', 'SQL'],
      ['e2', 'web', 'db', 'sync', 'SQL'],
      ['e3', 'web', 'q', 'async', undefined],
      ['rep', 'db', 'cache', 'replication', undefined],
    ]);
  });

  // Found by the round-trip property test: a string prop "_0" was written as the word _0 and read
  // back as the number 0, the reader dropping every "_" where only those between digits group them.
  it('reads "_" as a digit separator only between digits: other words with one stay strings', () => {
    const props = parseText('a: cache {grouped: 1_000, lead: _0, trail: 1_, double: 1__0, mixed: 1_0.5_0}').nodes[0]!.props;
    expect(props).toEqual({ grouped: 1000, lead: '_0', trail: '1_', double: '1__0', mixed: 10.5 });
  });

  it('keeps a prop named __proto__ as a prop, not as the object\'s prototype', () => {
    const props = parseText('a: note {__proto__: "x", polluted: true}').nodes[0]!.props;
    expect(Object.keys(props)).toEqual(['__proto__', 'polluted']);
    expect(Object.getPrototypeOf(props)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('falls back to a note for a component whose label names no kind', () => {
    expect(parseText('start: "Start here"').nodes[0]?.kind).toBe('note');
  });

  it.each([
    ['lb: load-balancer\nlb -> web', 'line 2, column 4: nothing declares "web"'],
    ['lb: lb', 'line 1, column 5: there is no kind "lb"; the kinds are'],
    ['a: cache\na: database', 'line 2, column 1: the id "a" is used twice'],
    ['a: cache {instances 2}', 'line 1, column 21: expected ":", found "2"'],
    ['a: cache "unclosed', 'line 1, column 10: the string opened here is not closed on this line'],
    ['a: cache "bad \\q escape"', 'line 1, column 10: the string is not valid'],
    ['group g {\n  a: cache\n', 'line 1, column 9: the group opened here is not closed with "}"'],
    ['}', 'line 1, column 1: there is no group to close'],
    ['group g: cache {\n}', 'line 1, column 10: "cache" is not a group kind'],
    ['a: cache\ngroup g { a }\ngroup h { g }\ngroup g2 { h }\na -> g2 {label: x}', 'line 5, column 1: a connection takes only {id: …}, not "label"'],
    ['a: cache\nb: cache\nc: cache\na -> b -> c {id: x}', 'line 4, column 1: a chain of connections cannot take an id'],
    ['a: cache\nb: note in a', 'line 2, column 1: "a" is not a group'],
    ['a: cache @', 'line 1, column 10: expected a word, a "string", an arrow or one of : { } ,, found "@"'],
    ['a: cache {instances: 0}', 'line 1, column 1: the board it makes is not valid: Component 1 ("a"), field "props.instances"'],
    ['group a { b }\ngroup b { a }', 'line 1, column 7: groups nested more than 32 deep'],
  ])('refuses %j at the line and column of the first problem', (text, message) => {
    expect(problem(text)).toContain(message);
  });

  it('says its problems in Korean too', () => {
    const result = readDesign('lb: load-balancer\nlb -> web', 'text');
    expect(result.ok ? '' : describeDesignProblem(result.problem, 'ko')).toBe('2행 4열: "web"을(를) 선언한 곳이 없습니다');
  });

  describe('hostile input: bounded, and refused with a clear problem', () => {
    it('refuses more elements than DESIGN_LIMITS.maxElements, even on one line', () => {
      const ids = Array.from({ length: 100_000 }, (_, i) => `n${i}`);
      expect(problem(ids.join(' -> '))).toContain(`more than ${DESIGN_LIMITS.maxElements} components and connections`);
    });

    it('refuses groups nested deeper than DESIGN_LIMITS.maxDepth', () => {
      const deep = Array.from({ length: 10_000 }, (_, i) => `group g${i} {\n`).join('');
      expect(problem(deep)).toBe(`line ${DESIGN_LIMITS.maxDepth + 1}, column 11: groups nested more than ${DESIGN_LIMITS.maxDepth} deep`);
    });

    it('refuses a text larger than a board file, more lines than the limit, and overlong words', () => {
      expect(problem('#'.repeat(DESIGN_LIMITS.maxChars + 1))).toContain('the text is larger than');
      expect(problem('\n'.repeat(DESIGN_LIMITS.maxLines + 1))).toContain(`more than ${DESIGN_LIMITS.maxLines} lines`);
      expect(problem(`a: cache "${'x'.repeat(DESIGN_LIMITS.maxToken + 1)}"`)).toContain('longer than');
      expect(problem(`${'x'.repeat(DESIGN_LIMITS.maxToken + 1)}: cache`)).toContain('longer than');
    });
  });
});
