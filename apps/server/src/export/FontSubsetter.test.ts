import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, describe, expect, it } from 'vitest';
import { CJK_FONTS, LATIN_FONTS } from './exportFonts';
import { FontSubsetter } from './FontSubsetter';

const codePoints = (text: string) => [...text].map((char) => char.codePointAt(0)!);
const dejaVu = LATIN_FONTS[0]!;
const notoKr = CJK_FONTS[0]!;
const dir = mkdtempSync(join(tmpdir(), 'scaleboard-subset-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Dark pixels when resvg draws `text` with nothing but `font`. */
function inkOf(text: string, font: Uint8Array): number {
  const file = join(dir, `${Math.random()}.otf`);
  writeFileSync(file, font);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><rect width="200" height="40" fill="#fff"/><text x="4" y="30" font-size="24" font-family="Noto Sans CJK KR">${text}</text></svg>`;
  const pixels = new Resvg(svg, { font: { fontFiles: [file], loadSystemFonts: false, defaultFontFamily: 'Noto Sans CJK KR' } }).render().pixels;
  let ink = 0;
  for (let p = 0; p < pixels.length; p += 4) if (pixels[p]! < 128) ink += 1;
  return ink;
}

describe('FontSubsetter', () => {
  const subsetter = new FontSubsetter();

  it('cuts DejaVu Sans down to a few kilobytes for a few letters', () => {
    const font = subsetter.subset(dejaVu, codePoints('LB web'))!;
    expect(font.length).toBeLessThan(statSync(dejaVu.file).size / 20);
    expect(readFileSync(dejaVu.file).subarray(0, 4)).toEqual(Buffer.from(font.subarray(0, 4))); // an sfnt like its source
  });

  it('takes the Korean face of the Noto Sans CJK collection; resvg draws the subset’s characters and only those', () => {
    const font = subsetter.subset(notoKr, codePoints('웹 서버'))!;
    expect(font.length).toBeLessThan(50_000);
    expect(Buffer.from(font).includes(Buffer.from('Noto Sans CJK KR', 'utf16le').swap16())).toBe(true); // the name table keeps the family
    expect(inkOf('웹서버', font)).toBeGreaterThan(100);
    // Characters left out draw as the same empty box each (.notdef), not as themselves.
    expect(inkOf('캐시', font)).toBe(inkOf('가나', font));
    expect(inkOf('웹서', font)).not.toBe(inkOf('가나', font));
  });
});
