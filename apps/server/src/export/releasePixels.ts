/**
 * Frees the pixels of pictures this thread has finished with (a band in a BandWorkers thread, a
 * replay frame in the export process). resvg's canvases and pixel copies live
 * outside V8's heap, which does not count them and can keep hundreds of MB of a finished picture
 * until some later collection. The next picture then gets fresh memory from the system, and
 * first-touch page faults made drawing a big picture 2–4× slower (docs/BENCHMARKS.md). So collect
 * (the export process runs with --expose-gc, which reaches its threads) and give the native
 * finalisers their turn: the next band reuses the same memory.
 */
export async function releasePixels(): Promise<void> {
  (globalThis as { gc?: () => void }).gc?.();
  await new Promise((resolve) => setImmediate(resolve));
}
