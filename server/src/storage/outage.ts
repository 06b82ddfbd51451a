import type { Readable } from 'node:stream';
import { BlobVerificationError, markLeftover, mayHaveLeftover, type BlobStore } from './blob-store.js';

/**
 * The blob store itself failed at the transport level (S3 unreachable, timing out, answering 5xx):
 * the API answers 503 `storage_unavailable`, worth retrying later.
 */
export class StorageUnavailableError extends Error {
  readonly code = 'storage_unavailable';
}

/** Socket-level failure codes: the peer is down, unreachable, or dropped the connection. */
export const NETWORK_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

/** A network failure, an SDK timeout, or a 5xx answer from the store's service. */
function isTransportFailure(err: unknown): boolean {
  const e = err as { code?: unknown; name?: unknown; $metadata?: { httpStatusCode?: number } } | null;
  if (typeof e !== 'object' || e === null) return false;
  const status = e.$metadata?.httpStatusCode;
  return (
    (typeof e.code === 'string' && NETWORK_CODES.has(e.code)) ||
    e.name === 'TimeoutError' ||
    (status !== undefined && status >= 500)
  );
}

function translate(err: unknown): unknown {
  return isTransportFailure(err)
    ? new StorageUnavailableError('the blob store is unreachable', { cause: err })
    : err;
}

/**
 * Wraps a store so its transport failures surface as {@link StorageUnavailableError}, told apart
 * from the index database's (both show up as bare socket errors otherwise) and from the uploading
 * client's own failures (a client hanging up mid-body is not an outage of the store).
 */
export function reportingOutages(store: BlobStore): BlobStore {
  const guard = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (err) {
      throw translate(err);
    }
  };
  return {
    uploadKey: (uploadId, sha256) => store.uploadKey(uploadId, sha256),
    put: async (uploadKey, body: Readable, expected) => {
      try {
        return await store.put(uploadKey, body, expected);
      } catch (err) {
        if (err instanceof BlobVerificationError || err === body.errored) throw err;
        const outage = translate(err);
        throw mayHaveLeftover(err) ? markLeftover(outage) : outage;
      }
    },
    stat: (blob) => guard(() => store.stat(blob)),
    get: (blob, range) => guard(() => store.get(blob, range)),
    downloadUrl: (blob) => guard(() => store.downloadUrl(blob)),
    read: (blob, range) => guard(() => store.read(blob, range)),
    deleteObject: (key) => guard(() => store.deleteObject(key)),
    async *list() {
      try {
        yield* store.list();
      } catch (err) {
        throw translate(err);
      }
    },
    close: () => store.close(),
  };
}
