/**
 * Polls `assertion` until it stops throwing (Hocuspocus' retryableAssertion): tests wait for a
 * condition, never for a fixed time.
 */
export async function eventually<T>(assertion: () => T | Promise<T>, { timeoutMs = 5000, intervalMs = 10 } = {}): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
