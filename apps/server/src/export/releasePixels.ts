/**
 * Frees the pixels of pictures this thread has finished with. resvg's canvases and pixel copies
 * live outside V8's heap, which does not count them and can keep hundreds of MB of a finished
 * picture until some later collection. The next picture then gets fresh memory from the system,
 * and first-touch page faults made drawing a big picture 2–4× slower (docs/BENCHMARKS.md). So
 * collect (the export process runs with --expose-gc) and give the native finalisers their turn:
 * the next picture reuses the same memory.
 *
 * @example process.send(result); await releasePixels();
 */
export async function releasePixels(): Promise<void> {
  (globalThis as { gc?: () => void }).gc?.();
  await new Promise((resolve) => setImmediate(resolve));
}
