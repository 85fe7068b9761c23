// Types for gifenc 1.0.3 (it ships none): the part of its API the replay GIF uses. It is CommonJS
// that Node cannot list named exports of, so ESM imports its `module.exports` as the default.
declare module 'gifenc' {
  export type Palette = number[][];
  export type PixelFormat = 'rgb565' | 'rgb444' | 'rgba4444';
  export interface Encoder {
    writeFrame(index: Uint8Array, width: number, height: number, options?: { palette?: Palette; delay?: number; repeat?: number }): void;
    finish(): void;
    bytes(): Uint8Array;
  }
  const gifenc: {
    quantize(rgba: Uint8Array | Uint8ClampedArray, maxColors: number, options?: { format?: PixelFormat }): Palette;
    applyPalette(rgba: Uint8Array | Uint8ClampedArray, palette: Palette, format?: PixelFormat): Uint8Array;
    GIFEncoder(options?: { auto?: boolean; initialCapacity?: number }): Encoder;
  };
  export default gifenc;
}
