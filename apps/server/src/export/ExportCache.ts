import { createHash } from 'node:crypto';

/**
 * Recently drawn exports, by board, document version and options: an unchanged board asked
 * again (a viewer reloading, several viewers of one board) costs a lookup, not a render.
 * Bounded by the bytes held (EXPORT_CACHE_BYTES); the least recently used go first.
 *
 * @example const hit = cache.get(key); if (!hit) cache.set(key, svg, bytes)
 */
export class ExportCache<T> {
  private readonly entries = new Map<string, { value: T; bytes: number }>();
  private heldBytes = 0;

  constructor(private readonly maxBytes: number) {}

  /**
   * The key of one export. The version is a hash of the document's updates as read, so any
   * change gives a new key; the same state read two ways (live, stored) is only a miss.
   */
  static keyOf(boardId: string, updates: readonly Uint8Array[], options: unknown): string {
    const hash = createHash('sha256');
    for (const update of updates) hash.update(update);
    return `${boardId}\n${hash.digest('base64url')}\n${JSON.stringify(options)}`;
  }

  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // Re-inserted: a Map iterates oldest first, so the front is always the least recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: T, bytes: number): void {
    if (bytes > this.maxBytes) return;
    const old = this.entries.get(key);
    if (old) this.heldBytes -= old.bytes;
    this.entries.delete(key);
    this.entries.set(key, { value, bytes });
    this.heldBytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.heldBytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.heldBytes -= entry.bytes;
    }
  }
}
