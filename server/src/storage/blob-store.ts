import type { Readable } from 'node:stream';

/** An inclusive byte range, as in an HTTP `Range: bytes=start-end` header. */
export interface ByteRange {
  start: number;
  end: number;
}

/** What a verified upload must match. */
export interface ExpectedBlob {
  sha256: string;
  /** Announced size; undefined for a body streamed without one (only the cap applies then). */
  size: number | undefined;
  /** Refuse (BlobTooLargeError) as soon as more than this many bytes arrive. */
  maxBytes: number;
}

/**
 * A stored blob as the index records it: its digest, and the key the store returned for it
 * (null for blobs stored before keys were recorded: those sit at {@link blobKey}).
 */
export interface BlobRef {
  sha256: string;
  objectKey: string | null;
}

/**
 * Content-addressed blob storage. Every stored blob lives under `blobs/sha256/<2 hex>/<64 hex>`,
 * named by the digest of its bytes, and never changes: each upload under a key of its own there,
 * `.../<64 hex>/<upload id>` (older stores kept one object at the content address itself). An
 * upload streams to the key {@link uploadKey} gives, is verified (digest and size) on the way, and
 * `put` returns the key where the verified bytes now are; the index records it, and reads go
 * through that record ({@link BlobRef}), so the index never points at bytes that were not
 * verified. How a store gets the verified bytes there is its own: a temporary file renamed on a
 * filesystem, nothing at all on S3 (see each store).
 */
export interface BlobStore {
  /**
   * The key an upload of `sha256` streams to. The caller records it before streaming, so that
   * GC can remove what an upload killed halfway left there ({@link deleteObject}).
   */
  uploadKey(uploadId: string, sha256: string): string;
  /**
   * Streams `body` to `uploadKey` and verifies it. Resolves with the size and the key of the
   * verified blob. Throws a {@link BlobVerificationError} (digest_mismatch, size_mismatch,
   * too_large) or the body's own error after removing what it wrote; where the store cannot be
   * sure that nothing more lands there, the error is marked ({@link markLeftover}). Storing a
   * blob that is already stored is harmless: the bytes are the same, and the key returned for
   * one copy serves as well as another's.
   */
  put(
    uploadKey: string,
    body: Readable,
    expected: ExpectedBlob,
  ): Promise<{ size: number; objectKey: string }>;
  /** Size of a stored blob, or null when absent. */
  stat(blob: BlobRef): Promise<{ size: number } | null>;
  /** Streams a stored blob, or the given range of it. */
  get(blob: BlobRef, range?: ByteRange): Promise<Readable>;
  /**
   * A short-lived URL from which a client can fetch the blob straight from the store (a presigned
   * S3 GET), or undefined when the store serves blobs only through the hub (the filesystem, or
   * S3 with download redirects off). The caller has already checked that the client may read it.
   */
  downloadUrl(blob: BlobRef): Promise<string | undefined>;
  /** Reads a range of a blob into memory (small ranges only: headers, configs). */
  read(blob: BlobRef, range: ByteRange): Promise<Buffer>;
  /**
   * Deletes an object by key: a blob the index no longer holds, or what an unfinished upload
   * left. Deleting an absent object is not an error.
   */
  deleteObject(key: string): Promise<void>;
  /** Lists the digests of the objects in the blob area (used by tests and consistency checks). */
  list(): AsyncIterable<string>;
  /** Releases connections. */
  close(): Promise<void>;
}

const SHA256 = /^[0-9a-f]{64}$/;
// Keys the hub generates: a blob's content address, optionally with an upload id under it, or an
// upload's temporary file (what older filesystem stores recorded for an upload). Nothing else, so
// no key read back from the index can reach outside the store's area.
const OBJECT_KEY =
  /^(blobs\/sha256\/[0-9a-f]{2}\/[0-9a-f]{64}(\/[A-Za-z0-9-]{1,64})?|uploads\/[A-Za-z0-9-]{1,64})$/;
const UPLOAD_ID = /^[A-Za-z0-9-]{1,64}$/;

/** The content address of a blob: `blobs/sha256/<2 hex>/<64 hex>`. */
export function blobKey(sha256: string): string {
  if (!SHA256.test(sha256)) throw new Error(`not a sha256 digest: ${sha256}`);
  return `blobs/sha256/${sha256.slice(0, 2)}/${sha256}`;
}

/** The key where a recorded blob's bytes are. */
export function keyOf(blob: BlobRef): string {
  return blob.objectKey === null ? blobKey(blob.sha256) : checkObjectKey(blob.objectKey);
}

/** Throws unless `key` has the shape of a key the hub generates (see OBJECT_KEY). */
export function checkObjectKey(key: string): string {
  if (!OBJECT_KEY.test(key)) throw new Error(`invalid object key: ${key}`);
  return key;
}

/** Throws unless `uploadId` may name an object (a UUID does). */
export function checkUploadId(uploadId: string): string {
  if (!UPLOAD_ID.test(uploadId)) throw new Error(`invalid upload id: ${uploadId}`);
  return uploadId;
}

/** The digest a key of the blob area is named by, or undefined for other keys. */
export function digestInKey(key: string): string | undefined {
  return /(?:^|\/)blobs\/sha256\/[0-9a-f]{2}\/([0-9a-f]{64})(?:\/|$)/.exec(key)?.[1];
}

const LEFTOVER = Symbol('deltahub.blobStore.leftover');

/**
 * Marks an error of `put` after which bytes may still appear at the upload key: an S3 PUT cut
 * mid-body, which a compatible server may complete after the store's delete (s3rver keeps
 * writing an aborted request's body to the object file). The caller keeps its record of the key,
 * so GC removes whatever lands there. Returns `err`.
 */
export function markLeftover<E>(err: E): E {
  if (err !== null && typeof err === 'object') Object.defineProperty(err, LEFTOVER, { value: true });
  return err;
}

/** Whether {@link markLeftover} marked `err`. */
export function mayHaveLeftover(err: unknown): boolean {
  return err !== null && typeof err === 'object' && LEFTOVER in err;
}

/** Base of the upload verification errors; `code` is the API error code. */
export class BlobVerificationError extends Error {
  constructor(
    readonly code: 'digest_mismatch' | 'size_mismatch' | 'too_large',
    message: string,
  ) {
    super(message);
  }
}
