import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { BlobVerificationError, type ExpectedBlob } from './blob-store.js';

/**
 * A pass-through that hashes and counts the bytes of an upload. It fails the stream as soon as
 * more bytes arrive than expected (so an oversized body is refused while streaming, never
 * buffered), and `verify()` checks digest and size once the stream has ended.
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

  /** Throws a BlobVerificationError unless the whole stream matched the expected blob; returns its size. */
  verify(): number {
    if (this.expected.size !== undefined && this.#bytes !== this.expected.size) {
      throw new BlobVerificationError(
        'size_mismatch',
        `upload has ${this.#bytes} bytes, announced ${this.expected.size}`,
      );
    }
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
