import { describe, expect, it } from 'vitest';
import { renderBoardSvg } from './renderBoardSvg';
import { familyFor } from './textFamily';

describe('familyFor', () => {
  it('names the CJK fonts first for text with Korean, Japanese or Chinese in it, and nothing for other text', () => {
    for (const text of ['로드밸런서', 'LB 로드밸런서', 'キャッシュ', '缓存', 'Cache「A」']) expect(familyFor(text)).toMatch(/^ font-family="&apos;Noto Sans CJK KR&apos;, /);
    // DejaVu draws these (the ellipsis a cut label ends with too): the picture's own fonts stay.
    for (const text of ['Load balancer', 'Café…', 'Кэш', '']) expect(familyFor(text)).toBe('');
  });

  it('is given to each text of the picture that needs it', () => {
    const svg = renderBoardSvg({
      format: 'scaleboard/v1',
      title: 'Fonts',
      assumptions: {},
      nodes: [
        { id: 'a', kind: 'load-balancer', label: '로드밸런서', x: 0, y: 0, props: {} },
        { id: 'b', kind: 'web-server', label: 'Web', x: 300, y: 0, props: {} },
      ],
      edges: [{ id: 'e', from: 'a', to: 'b', kind: 'sync', label: '요청' }],
    });
    const texts = svg.match(/<text[^>]*>[^<]*<\/text>/g) ?? [];
    const withCjkFonts = texts.filter((text) => text.includes('Noto Sans CJK KR&apos;, ')).map((text) => text.replace(/<[^>]*>/g, ''));
    expect(withCjkFonts.sort()).toEqual(['로드밸런서', '요청']);
  });
});
