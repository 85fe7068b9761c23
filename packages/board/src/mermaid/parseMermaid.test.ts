import { describe, expect, it } from 'vitest';
import { describeDesignProblem } from '../design/describeDesignProblem';
import { DESIGN_LIMITS } from '../design/designLimits';
import { detectFormat, readDesign } from '../design/readDesign';
import { parseMermaid } from './parseMermaid';

function problem(text: string): string {
  const result = readDesign(text, 'mermaid');
  return result.ok ? 'ok' : describeDesignProblem(result.problem, 'en');
}

const kinds = (text: string) => Object.fromEntries(parseMermaid(text).nodes.map((node) => [node.id, node.kind]));

describe('parseMermaid', () => {
  it('infers kinds from classes, then labels, then ids, then shapes, else a note', () => {
    expect(
      kinds(
        [
          'graph LR',
          '  a[Users] --> b([API gateway]) --> c[(Orders)]',
          '  c --> d[(Redis)]',
          '  d --> e{Is it cached?}',
          '  db --> f[Something]:::cache',
          '  g[Thing]',
          '  class g worker',
          '  class g unknownClass',
        ].join('\n'),
      ),
    ).toEqual({ a: 'client', b: 'load-balancer', c: 'database', d: 'cache', e: 'note', db: 'database', f: 'cache', g: 'worker' });
  });

  it('reads every shape and the v11 shape object', () => {
    const shapes = ['[a]', '(b)', '([c])', '[[d]]', '[(e)]', '((f))', '(((g)))', '>h]', '{i}', '{{j}}', '[/k/]', '[\\l\\]', '[/m\\]', '[\\n/]'];
    const design = parseMermaid(`flowchart TD\n${shapes.map((shape, i) => `  n${i}${shape}`).join('\n')}\n  o@{ shape: cyl, label: "Orders" }`);
    expect(design.nodes.map((node) => node.label)).toEqual([...'abcdefghijklmn'.split(''), 'Orders']);
    expect(design.nodes.at(-1)?.kind).toBe('database');
  });

  it('skips styling, interaction and accessibility statements, comments and directives', () => {
    const design = parseMermaid(
      [
        '%%{init: {"theme": "dark"}}%%',
        '---',
        'title: "Shop \\"A\\""',
        '---',
        'flowchart LR',
        '  accTitle: The shop',
        '  accDescr {',
        '    Many lines',
        '  }',
        '  A --> B %% trailing comment',
        '  classDef hot fill:#f96,stroke:#333',
        '  class A hot',
        '  style B fill:#bbf',
        '  click A "https://example.com" "Tooltip"',
        '  linkStyle 0 stroke:#ff3',
      ].join('\n'),
    );
    expect(design.title).toBe('Shop "A"');
    expect(design.direction).toBe('LR');
    expect(design.nodes.map((node) => node.id)).toEqual(['A', 'B']);
    expect(design.edges).toHaveLength(1);
  });

  it('detects Mermaid, Markdown with a mermaid block, JSON and the text format', () => {
    expect(detectFormat('%% comment\ngraph TD\nA-->B')).toBe('mermaid');
    expect(detectFormat('# Design\n\nSome prose.\n\n```mermaid\nflowchart LR\n  a --> b\n```\n')).toBe('mermaid');
    expect(detectFormat(' {"format": "scaleboard/v1"}')).toBe('json');
    expect(detectFormat('lb: load-balancer\nlb -> web')).toBe('text');
    const markdown = readDesign('# Design\n\n```mermaid\nsequenceDiagram\n  a->>b: hi\n```\n\n```mermaid\nflowchart LR\n  a --> b[\n```\n');
    // The flowchart block is the one read, and its problem is placed in the Markdown file.
    expect(markdown.ok ? '' : describeDesignProblem(markdown.problem, 'en')).toBe('line 10, column 10: the shape opened here is not closed with "]"');
  });

  it.each([
    ['', 'line 1, column 1: the text has no flowchart'],
    ['sequenceDiagram\n  a->>b: hi', 'line 1, column 1: only Mermaid flowcharts ("flowchart" or "graph") can be read, not "sequenceDiagram"'],
    ['flowchart LR\n  a --> b(open', 'line 2, column 10: the shape opened here is not closed with ")"'],
    ['flowchart LR\n  a -- label without end', 'line 2, column 5: the label opened here is not closed with "-->"'],
    ['flowchart LR\n  subgraph one\n  a --> b', 'line 2, column 3: the subgraph opened here is not closed with "end"'],
    ['flowchart LR\n  a --> b\n  end', 'line 3, column 3: "end" without a subgraph to close'],
    ['flowchart LR\n  a --> b c', 'line 2, column 11: expected the end of the line, found "c"'],
    ['flowchart LR\n  a --> ', 'line 2, column 9: expected a node, found the end of the text'],
    ['---\ntitle: x\nflowchart LR', 'line 1, column 1: the label opened here is not closed with "---"'],
  ])('refuses %j at the line and column of the first problem', (text, message) => {
    expect(problem(text)).toContain(message);
  });

  describe('hostile input: bounded, and refused with a clear problem', () => {
    it('refuses 10^5 links on one line once past DESIGN_LIMITS.maxElements', () => {
      const chain = `flowchart LR\n${Array.from({ length: 100_000 }, (_, i) => `a${i}`).join(' --> ')}`;
      expect(problem(chain)).toContain(`more than ${DESIGN_LIMITS.maxElements} components and connections`);
    });

    it('refuses "&" lists whose every pair would be a connection', () => {
      const side = (name: string) => Array.from({ length: 5_000 }, (_, i) => `${name}${i}`).join(' & ');
      expect(problem(`flowchart LR\n${side('a')} --> ${side('b')}`)).toContain(`more than ${DESIGN_LIMITS.maxElements}`);
    });

    it('refuses subgraphs nested deeper than DESIGN_LIMITS.maxDepth', () => {
      const deep = `flowchart LR\n${'subgraph s\n'.repeat(10_000)}a\n${'end\n'.repeat(10_000)}`;
      expect(problem(deep)).toBe(`line ${DESIGN_LIMITS.maxDepth + 2}, column 1: groups nested more than ${DESIGN_LIMITS.maxDepth} deep`);
    });

    it('reads labels full of entity and tag starts, and unclosed brackets, in one pass', () => {
      expect(problem(`flowchart LR\n  a["${'#&<'.repeat(9_000)}"]`)).toBe('ok');
      expect(problem(`flowchart LR\n  a${'['.repeat(1_000_000)}`)).toContain('line 2, column 4: the shape opened here is not closed');
      expect(problem(`flowchart LR\n  a -- ${'-'.repeat(1_000_000)}`)).not.toBe('ok');
    });
  });
});
