import { describe, expect, it } from 'vitest';
import { scanSvgBoard } from './embeddedBoard';
import { unescapeXml } from './xml';

const element = (text: string) => `<sb:board xmlns:sb="https://scaleboard.dev/ns/board" format="scaleboard/v1">${text}</sb:board>`;

describe('scanSvgBoard', () => {
  it('reads the one embedded board, unescaped', () => {
    expect(scanSvgBoard(`<svg><metadata>${element('{"title":"a &lt; b"}')}</metadata></svg>`)).toEqual({ found: 'board', text: '{"title":"a < b"}' });
    expect(scanSvgBoard('<svg/>')).toEqual({ found: 'none' });
  });

  it.each([
    { what: 'two boards', svg: `<svg>${element('{}')}${element('{}')}</svg>`, why: /more than once/ },
    { what: 'an opening without its tag end', svg: '<svg><sb:board ', why: /not terminated/ },
    { what: 'an opening without its closing tag', svg: '<svg><sb:board>{}', why: /not terminated/ },
    { what: 'many unterminated openings', svg: `<svg>${'<sb:board '.repeat(1000)}`, why: /more than once/ },
    { what: 'markup inside the element', svg: `<svg>${element('{}<x/>')}</svg>`, why: /markup/ },
  ])('refuses $what with a message', ({ svg, why }) => {
    const scan = scanSvgBoard(svg);
    expect(scan.found).toBe('unreadable');
    expect(scan.found === 'unreadable' && scan.message).toMatch(why);
  });
});

describe('unescapeXml', () => {
  it('reads references to characters XML has, and U+FFFD for any other instead of throwing', () => {
    expect(unescapeXml('&lt;&amp;&#x1F600;&#65;')).toBe('<&😀A');
    expect(unescapeXml('&#x110000;&#99999999999999999999;&#0;&#xD800;')).toBe('\uFFFD'.repeat(4));
  });
});
