import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { BlobVerificationError, type ExpectedBlob } from './blob-store.js';

/**
 * A pass-through that hashes and counts the bytes of an upload, the only hash of them the hub
 * computes. It fails the stream as soon as more bytes arrive than expected (so an oversized body
 * is refused while streaming, never buffered) or when it ends short, and `verify()` checks the
 * digest once the stream has ended.
 */
export class VerifyingStream extends Transform {
  readonly #hash = createHash('sha256');
  #bytes = 0;

  constructor(private readonly expected: ExpectedBlob) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.#bytes += chunk.length;
    if (this.#bytes > this.expected.maxBytes) {
      callback(
        new BlobVerificationError('too_large', `upload is over the ${this.expected.maxBytes}-byte limit`),
      );
      return;
    }
    if (this.expected.size !== undefined && this.#bytes > this.expected.size) {
      callback(
        new BlobVerificationError(
          'size_mismatch',
          `upload is longer than the announced ${this.expected.size} bytes`,
        ),
      );
      return;
    }
    this.#hash.update(chunk);
    callback(null, chunk);
  }

  /**
   * A body shorter than announced fails the stream instead of ending it: a store sending it on
   * with the announced Content-Length (a single S3 PUT) must abort that request, not end it short
   * and wait for bytes that never come.
   */
  override _flush(callback: TransformCallback): void {
    if (this.expected.size !== undefined && this.#bytes !== this.expected.size) {
      callback(
        new BlobVerificationError(
          'size_mismatch',
          `upload has ${this.#bytes} bytes, announced ${this.expected.size}`,
        ),
      );
      return;
    }
    callback();
  }

  /**
   * Throws a BlobVerificationError unless the stream, which has ended (so its size matched,
   * see `_flush`), has the expected digest; returns its size.
   */
  verify(): number {
    const digest = this.#hash.digest('hex');
    if (digest !== this.expected.sha256) {
      throw new BlobVerificationError(
        'digest_mismatch',
        `upload has sha256 ${digest}, announced ${this.expected.sha256}`,
      );
    }
    return this.#bytes;
  }
}
