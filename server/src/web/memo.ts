/**
 * A small least-recently-used cache for values derived from immutable content (a revision's
 * rendered card, a blob's tensor header), so the delta page does not redo that work per view.
 * Keys must identify the content itself (revision id, sha256), never something that can move.
 */
export class Memo<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly maxEntries: number) {}

  /** The cached value of `key`, computing and keeping it on a miss. */
  async get(key: string, compute: () => Promise<V> | V): Promise<V> {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      // Re-insert: Map iteration order is insertion order, so the first key is the least recent.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = await compute();
    this.entries.set(key, value);
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return value;
  }
}
