import { Readable, Transform, type TransformCallback } from 'node:stream';
import { digestInKey, type BlobRef, type BlobStore, type ByteRange } from './blob-store.js';

/** How much {@link cachingHeads} keeps in memory. */
export interface HeadCacheLimits {
  /** The first bytes kept of each blob: enough for configs, model cards and safetensors headers. */
  headBytes: number;
  /** All heads together; the least recently used are dropped first. */
  totalBytes: number;
}

/** 256 KiB heads (a LoRA delta's safetensors header is tens of KiB), 64 MiB in all. */
export const DEFAULT_HEAD_CACHE_LIMITS: HeadCacheLimits = {
  headBytes: 256 * 1024,
  totalBytes: 64 * 1024 * 1024,
};

/** The first bytes of a blob, and whether they are all of it. */
interface Head {
  bytes: Buffer;
  whole: boolean;
}

/** Heads by sha256, least recently used first (a Map iterates in insertion order). */
class HeadLru {
  readonly #heads = new Map<string, Head>();
  #bytes = 0;

  constructor(private readonly totalBytes: number) {}

  get(sha256: string): Head | undefined {
    const head = this.#heads.get(sha256);
    if (head) {
      this.#heads.delete(sha256);
      this.#heads.set(sha256, head);
    }
    return head;
  }

  set(sha256: string, head: Head): void {
    this.delete(sha256);
    if (head.bytes.length > this.totalBytes) return;
    this.#heads.set(sha256, head);
    this.#bytes += head.bytes.length;
    for (const [oldest, old] of this.#heads) {
      if (this.#bytes <= this.totalBytes) break;
      this.#heads.delete(oldest);
      this.#bytes -= old.bytes.length;
    }
  }

  delete(sha256: string): void {
    const head = this.#heads.get(sha256);
    if (!head) return;
    this.#heads.delete(sha256);
    this.#bytes -= head.bytes.length;
  }
}

/** A pass-through that copies the first `limit` bytes of what flows through it. */
class HeadCapture extends Transform {
  readonly #chunks: Buffer[] = [];
  #kept = 0;

  constructor(private readonly limit: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.#kept < this.limit) {
      const part = chunk.subarray(0, this.limit - this.#kept);
      this.#chunks.push(Buffer.from(part));
      this.#kept += part.length;
    }
    callback(null, chunk);
  }

  /** The captured bytes, in a buffer of their own. */
  head(): Buffer {
    return Buffer.concat(this.#chunks, this.#kept);
  }
}

/**
 * Wraps a store so it keeps the first bytes of every blob it has just verified in memory, and
 * answers reads and downloads that fall within them without a round trip to the store. A commit
 * validates the config, the model card and every safetensors header of the files just uploaded,
 * and clients then fetch the small files first: on S3 each of those was a request of its own.
 *
 * Safe without invalidation because blobs are content-addressed and immutable: a head is recorded
 * under its sha256 only after the store verified that digest, so it is the right answer for any
 * reference to that digest, whichever key holds the bytes. Deleting an object drops the head of
 * its digest, so a deleted blob reads as absent here as in the store. Sizes are the store's.
 */
export function cachingHeads(
  store: BlobStore,
  limits: HeadCacheLimits = DEFAULT_HEAD_CACHE_LIMITS,
): BlobStore {
  const heads = new HeadLru(limits.totalBytes);
  /** The cached bytes of `range` (or of the whole blob), if the cache holds all of them. */
  const cached = (blob: BlobRef, range: ByteRange | undefined): Buffer | undefined => {
    const head = heads.get(blob.sha256);
    if (!head) return undefined;
    if (!range) return head.whole ? head.bytes : undefined;
    return range.end < head.bytes.length ? head.bytes.subarray(range.start, range.end + 1) : undefined;
  };
  return {
    uploadKey: (uploadId, sha256) => store.uploadKey(uploadId, sha256),
    put: async (uploadKey, body, expected) => {
      const capture = new HeadCapture(limits.headBytes);
      body.on('error', (err) => capture.destroy(err));
      body.pipe(capture);
      try {
        const stored = await store.put(uploadKey, capture, expected);
        const bytes = capture.head();
        heads.set(expected.sha256, { bytes, whole: bytes.length === stored.size });
        return stored;
      } catch (err) {
        body.unpipe(capture);
        capture.destroy();
        throw err;
      }
    },
    stat: (blob) => store.stat(blob),
    get: async (blob, range) => {
      const bytes = cached(blob, range);
      // A byte stream like the stores' (Readable.from alone would make an object-mode one).
      return bytes
        ? Readable.from(bytes.length > 0 ? [bytes] : [], { objectMode: false })
        : store.get(blob, range);
    },
    downloadUrl: (blob) => store.downloadUrl(blob),
    read: async (blob, range) => {
      const bytes = cached(blob, range);
      // A copy: callers may keep or change what they read without touching the cache.
      return bytes ? Buffer.from(bytes) : store.read(blob, range);
    },
    deleteObject: async (key) => {
      const sha256 = digestInKey(key);
      if (sha256) heads.delete(sha256);
      await store.deleteObject(key);
    },
    list: () => store.list(),
    close: () => store.close(),
  };
}
