import { describe, expect, it } from 'vitest';
import { crc32, embedPngText, isPng, pngChunk, pngSize, PNG_BOARD_KEYWORD, PNG_SIGNATURE, readPngText } from './pngChunks';

// A valid 1×1 PNG (IHDR, IDAT, IEND).
const tiny = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

describe('png chunks', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });

  it('writes a chunk as length, type, data and the CRC-32 of type and data, with the CRC it is given', () => {
    expect([...pngChunk('IEND', new Uint8Array(0))]).toEqual([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
    const data = Uint8Array.of(1, 2, 3);
    const chunk = pngChunk('abCD', data);
    expect([...chunk.subarray(0, 11)]).toEqual([0, 0, 0, 3, 0x61, 0x62, 0x43, 0x44, 1, 2, 3]);
    expect(new DataView(chunk.buffer).getUint32(11)).toBe(crc32(chunk.subarray(4, 11)));
    const seen: number[][] = [];
    const other = pngChunk('abCD', data, (bytes) => (seen.push([...bytes]), 0x01020304));
    expect(seen).toEqual([[0x61, 0x62, 0x43, 0x44, 1, 2, 3]]);
    expect([...other.subarray(11)]).toEqual([1, 2, 3, 4]);
    expect(() => pngChunk('IDA', data)).toThrow('four ASCII letters');
  });

  it('starts every PNG with the signature', () => {
    expect(isPng(tiny)).toBe(true);
    expect([...tiny.subarray(0, 8)]).toEqual([...PNG_SIGNATURE]);
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
