import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { Readable } from 'node:stream';
import type { S3Config } from '../config/config.js';
import { blobKey, checkTempKey, type BlobStore, type ByteRange, type ExpectedBlob } from './blob-store.js';
import { VerifyingStream } from './verify-stream.js';

// Multipart parts of 5 MiB (S3's minimum), 2 in flight: an upload of any size holds a few parts
// of body in memory (lib-storage copies each part once while assembling it; measured by
// bench/upload.mjs, goal <= 100 MB of RSS growth for 1 GiB). Parts grow only for blobs that would
// otherwise need more than S3's 10,000 parts (over ~48 GiB).
const MIN_PART_SIZE = 5 * 1024 * 1024;
const MAX_PARTS = 10_000;
const QUEUE_SIZE = 2;

/** The part size for an upload of at most `bytes` bytes. */
export function partSizeFor(bytes: number): number {
  return Math.max(MIN_PART_SIZE, Math.ceil(bytes / MAX_PARTS));
}

/** Creates the S3 client with the settings S3-compatible stores (s3rver, R2, MinIO) need. */
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
 * Blobs in an S3 bucket. Uploads stream through lib-storage (multipart beyond one part, bounded
 * memory) to `uploads/<id>`, are verified while streaming, then copied to the blob's address and
 * the temporary object deleted. Nothing relies on conditional PUT or AbortMultipartUpload, which
 * some compatible stores lack.
 */
export class S3BlobStore implements BlobStore {
  private readonly client: S3Client;

  constructor(private readonly config: S3Config) {
    this.client = createS3Client(config);
  }

  private key(relative: string): string {
    return this.config.prefix + relative;
  }

  async stat(sha256: string): Promise<{ size: number } | null> {
    try {
      const head = await this.client.send(
        new HeadObjectCommand({ Bucket: this.config.bucket, Key: this.key(blobKey(sha256)) }),
      );
      return { size: head.ContentLength ?? 0 };
    } catch (err) {
      if (isNotFound(err)) return null;
      throw err;
    }
  }

  async put(tempKey: string, body: Readable, expected: ExpectedBlob): Promise<{ size: number }> {
    const temp = this.key(checkTempKey(tempKey));
    const verifier = new VerifyingStream(expected);
    // Request errors (client gone) must reach the verifier, or the upload would wait forever.
    body.on('error', (err) => verifier.destroy(err));
    body.pipe(verifier);
    try {
      await new Upload({
        client: this.client,
        params: { Bucket: this.config.bucket, Key: temp, Body: verifier },
        partSize: partSizeFor(expected.size ?? expected.maxBytes),
        queueSize: QUEUE_SIZE,
      }).done();
      const size = verifier.verify();
      await this.client.send(
        new CopyObjectCommand({
          Bucket: this.config.bucket,
          Key: this.key(blobKey(expected.sha256)),
          CopySource: `${this.config.bucket}/${temp}`,
        }),
      );
      return { size };
    } catch (err) {
      body.unpipe(verifier);
      verifier.destroy();
      throw verifier.errored ?? err;
    } finally {
      await this.deleteTemp(tempKey).catch(() => undefined);
    }
  }

  async get(sha256: string, range?: ByteRange): Promise<Readable> {
    const out = await this.client.send(
      new GetObjectCommand({
        Bucket: this.config.bucket,
        Key: this.key(blobKey(sha256)),
        ...(range ? { Range: `bytes=${range.start}-${range.end}` } : {}),
      }),
    );
    return out.Body as Readable;
  }

  async read(sha256: string, range: ByteRange): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of await this.get(sha256, range)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  async delete(sha256: string): Promise<void> {
    await this.client.send(
      new DeleteObjectCommand({ Bucket: this.config.bucket, Key: this.key(blobKey(sha256)) }),
    );
  }

  async deleteTemp(tempKey: string): Promise<void> {
    await this.client.send(
      new DeleteObjectCommand({ Bucket: this.config.bucket, Key: this.key(checkTempKey(tempKey)) }),
    );
  }

  async *list(): AsyncIterable<string> {
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({
          Bucket: this.config.bucket,
          Prefix: this.key('blobs/sha256/'),
          ContinuationToken: token,
        }),
      );
      for (const object of page.Contents ?? []) {
        const digest = object.Key?.split('/').pop();
        if (digest) yield digest;
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  async close(): Promise<void> {
    this.client.destroy();
  }
}
