import { describe, expect, it } from 'vitest';
import { crc32, embedPngText, isPng, pngSize, PNG_BOARD_KEYWORD, readPngText } from './pngChunks';

// A valid 1×1 PNG (IHDR, IDAT, IEND).
const tiny = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

describe('png chunks', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });

  it('embeds UTF-8 text after IHDR and reads it back, size unchanged', () => {
    const text = JSON.stringify({ title: '웹 서버 & "cache"' });
    const out = embedPngText(tiny, PNG_BOARD_KEYWORD, text);
    expect(isPng(out)).toBe(true);
    expect(pngSize(out)).toEqual({ width: 1, height: 1 });
    expect(readPngText(out, PNG_BOARD_KEYWORD)).toBe(text);
    expect(readPngText(out, 'other')).toBeUndefined();
    expect(readPngText(tiny, PNG_BOARD_KEYWORD)).toBeUndefined();
  });

  it('refuses what is not a PNG and survives truncated files', () => {
    expect(() => embedPngText(new TextEncoder().encode('{"a":1}'), PNG_BOARD_KEYWORD, 'x')).toThrow('Not a PNG');
    const out = embedPngText(tiny, PNG_BOARD_KEYWORD, 'hello');
    for (const cut of [10, 30, 45, 60]) expect(readPngText(out.subarray(0, cut), PNG_BOARD_KEYWORD)).toBeUndefined();
  });
});
