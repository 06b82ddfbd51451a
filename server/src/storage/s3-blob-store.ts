import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { Readable } from 'node:stream';
import type { S3Config } from '../config/config.js';
import {
  blobKey,
  checkObjectKey,
  checkUploadId,
  digestInKey,
  keyOf,
  markLeftover,
  type BlobRef,
  type BlobStore,
  type ByteRange,
  type ExpectedBlob,
} from './blob-store.js';
import { VerifyingStream } from './verify-stream.js';

// A body of announced size up to S3's single-PUT limit is streamed as one PutObject: no part
// buffering, and no multipart completion, which makes S3-compatible servers that store parts as
// files (s3rver, MinIO on one disk) read and write every byte a second time.
const MAX_SINGLE_PUT_BYTES = 5 * 1024 ** 3;
// Otherwise (size not announced, or larger) multipart: parts of 5 MiB (S3's minimum), 2 in
// flight, so an upload of any size holds a few parts of body in memory (lib-storage copies each
// part once while assembling it; measured by bench/upload.mjs, goal <= 100 MB of RSS growth for
// 1 GiB). Parts grow only for blobs that would otherwise need more than S3's 10,000 parts.
const MIN_PART_SIZE = 5 * 1024 * 1024;
const MAX_PARTS = 10_000;
const QUEUE_SIZE = 2;
// Presigned download URLs are used at once by the client that asked (following a redirect); a
// short life keeps a leaked URL of a private file from staying useful.
const DOWNLOAD_URL_SECONDS = 300;

/** Whether an upload goes up as one PutObject (else multipart). */
function singlePut(expected: ExpectedBlob): expected is ExpectedBlob & { size: number } {
  return expected.size !== undefined && expected.size <= MAX_SINGLE_PUT_BYTES;
}

/** The part size for an upload of at most `bytes` bytes. */
export function partSizeFor(bytes: number): number {
  return Math.max(MIN_PART_SIZE, Math.ceil(bytes / MAX_PARTS));
}

/**
 * Creates the S3 client with the settings S3-compatible stores (s3rver, R2, MinIO) need. The
 * SDK's default Node handler already keeps connections alive (50 sockets per client).
 */
export function createS3Client(config: S3Config): S3Client {
  return new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: config.forcePathStyle,
    // The SDK's default checksum mode frames streamed bodies as aws-chunked, which some
    // compatible stores save verbatim as data. The hub verifies sha256 itself.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    ...(config.accessKeyId && config.secretAccessKey
      ? { credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey } }
      : {}),
  });
}

function isNotFound(err: unknown): boolean {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e.name === 'NotFound' || e.name === 'NoSuchKey' || e.$metadata?.httpStatusCode === 404;
}

/**
 * Blobs in an S3 bucket. Each upload streams to a key of its own under the blob's content
 * address, `blobs/sha256/<2 hex>/<64 hex>/<upload id>` (one PutObject when the size is announced,
 * else multipart through lib-storage; bounded memory either way), hashed on the way, and stays
 * there once verified: `put` returns that key for the index to record, and reads go by it.
 *
 * Why a key per upload rather than the content address itself: the digest is known only after
 * the last byte, and by then a PUT to a shared address has replaced whatever was there. A corrupt
 * or malicious upload racing a good one for the same sha256 could clobber a verified blob, or,
 * removing its bad bytes, remove the good ones. A conditional PUT (`If-None-Match: *`) would stop
 * the clobbering, but compatible stores ignore or refuse it (s3rver ignores it), and a PUT cut
 * mid-body is not atomic on all of them either (s3rver writes straight into the object file).
 * With a key per upload, no two uploads ever write the same object, so nothing needs to be atomic
 * across them, and unverified bytes are never where the index points. Unlike an upload to a
 * temporary key copied to the address once verified (as registries on S3 do), no byte is
 * written twice. Identical uploads racing each leave a verified object; the index records one
 * and the others are deleted (see push/upload.ts). Nothing relies on AbortMultipartUpload.
 */
export class S3BlobStore implements BlobStore {
  private readonly client: S3Client;
  /** Signs download URLs for the endpoint clients reach; only with download redirects on. */
  private readonly presigner: S3Client | undefined;

  constructor(private readonly config: S3Config) {
    this.client = createS3Client(config);
    if (config.redirectDownloads)
      this.presigner = config.publicEndpoint
        ? createS3Client({ ...config, endpoint: config.publicEndpoint })
        : this.client;
  }

  /** The bucket key of a store key (the configured prefix + key). */
  private key(relative: string): string {
    return this.config.prefix + checkObjectKey(relative);
  }

  uploadKey(uploadId: string, sha256: string): string {
    return `${blobKey(sha256)}/${checkUploadId(uploadId)}`;
  }

  async stat(blob: BlobRef): Promise<{ size: number } | null> {
    try {
      const head = await this.client.send(
        new HeadObjectCommand({ Bucket: this.config.bucket, Key: this.key(keyOf(blob)) }),
      );
      return { size: head.ContentLength ?? 0 };
    } catch (err) {
      if (isNotFound(err)) return null;
      throw err;
    }
  }

  async put(
    uploadKey: string,
    body: Readable,
    expected: ExpectedBlob,
  ): Promise<{ size: number; objectKey: string }> {
    if (digestInKey(uploadKey) !== expected.sha256)
      throw new Error(`upload key ${uploadKey} is not one for blob ${expected.sha256}`);
    const verifier = new VerifyingStream(expected);
    // Request errors (client gone) must reach the verifier, or the upload would wait forever;
    // a failed verifier must abort a PutObject, which only pipes the stream and would wait for
    // the rest of its Content-Length.
    const abort = new AbortController();
    body.on('error', (err) => verifier.destroy(err));
    verifier.on('error', () => abort.abort());
    body.pipe(verifier);
    const single = singlePut(expected);
    let written = false;
    try {
      await this.upload(this.key(uploadKey), verifier, expected, abort.signal);
      written = true;
      return { size: verifier.verify(), objectKey: uploadKey };
    } catch (err) {
      body.unpipe(verifier);
      verifier.destroy();
      const deleted = await this.deleteObject(uploadKey).then(
        () => true,
        () => false,
      );
      const error = verifier.errored ?? err;
      // Sure to leave nothing: a written object deleted, or a multipart upload never completed. A
      // single PUT that failed may still be written after the delete by some compatible servers
      // (s3rver keeps writing a cut request's body), and a failed delete leaves what was written.
      const clean = single ? written && deleted : deleted || !written;
      throw clean ? error : markLeftover(error);
    }
  }

  /** Streams `body` to `key`: one PutObject for an announced size S3 accepts in one, else multipart. */
  private async upload(
    key: string,
    body: Readable,
    expected: ExpectedBlob,
    signal: AbortSignal,
  ): Promise<void> {
    if (singlePut(expected)) {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.config.bucket,
          Key: key,
          Body: body,
          ContentLength: expected.size,
        }),
        { abortSignal: signal },
      );
      return;
    }
    await new Upload({
      client: this.client,
      params: { Bucket: this.config.bucket, Key: key, Body: body },
      partSize: partSizeFor(expected.size ?? expected.maxBytes),
      queueSize: QUEUE_SIZE,
    }).done();
  }

  async get(blob: BlobRef, range?: ByteRange): Promise<Readable> {
    const out = await this.client.send(
      new GetObjectCommand({
        Bucket: this.config.bucket,
        Key: this.key(keyOf(blob)),
        ...(range ? { Range: `bytes=${range.start}-${range.end}` } : {}),
      }),
    );
    return out.Body as Readable;
  }

  /** A presigned GET of the blob (Range headers apply to it as to any GET), when redirects are on. */
  async downloadUrl(blob: BlobRef): Promise<string | undefined> {
    if (!this.presigner) return undefined;
    return getSignedUrl(
      this.presigner,
      new GetObjectCommand({ Bucket: this.config.bucket, Key: this.key(keyOf(blob)) }),
      { expiresIn: DOWNLOAD_URL_SECONDS },
    );
  }

  async read(blob: BlobRef, range: ByteRange): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of await this.get(blob, range)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  async deleteObject(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key: this.key(key) }));
  }

  async *list(): AsyncIterable<string> {
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({
          Bucket: this.config.bucket,
          Prefix: `${this.config.prefix}blobs/sha256/`,
          ContinuationToken: token,
        }),
      );
      for (const object of page.Contents ?? []) {
        const digest = digestInKey(object.Key ?? '');
        if (digest) yield digest;
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  async close(): Promise<void> {
    this.client.destroy();
    if (this.presigner !== this.client) this.presigner?.destroy();
  }
}
