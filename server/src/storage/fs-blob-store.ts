import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  blobKey,
  checkObjectKey,
  checkUploadId,
  keyOf,
  type BlobRef,
  type BlobStore,
  type ByteRange,
  type ExpectedBlob,
} from './blob-store.js';
import { VerifyingStream } from './verify-stream.js';

/**
 * Blobs as files under `root`. Uploads go to `root/uploads/<id>`, are fsynced, then renamed
 * (atomic on one filesystem) to `root/blobs/sha256/<2 hex>/<64 hex>`: one file per digest,
 * whoever uploaded it.
 */
export class FsBlobStore implements BlobStore {
  constructor(private readonly root: string) {}

  private path(key: string): string {
    return join(this.root, checkObjectKey(key));
  }

  uploadKey(uploadId: string): string {
    return `uploads/${checkUploadId(uploadId)}`;
  }

  async put(
    uploadKey: string,
    body: Readable,
    expected: ExpectedBlob,
  ): Promise<{ size: number; objectKey: string }> {
    const temp = this.path(uploadKey);
    const objectKey = blobKey(expected.sha256);
    const target = this.path(objectKey);
    await mkdir(dirname(temp), { recursive: true });
    const verifier = new VerifyingStream(expected);
    try {
      await pipeline(body, verifier, createWriteStream(temp));
      const size = verifier.verify();
      // Durable before it becomes visible under its address.
      const file = await open(temp, 'r+');
      try {
        await file.sync();
      } finally {
        await file.close();
      }
      await mkdir(dirname(target), { recursive: true });
      await rename(temp, target);
      return { size, objectKey };
    } catch (err) {
      await rm(temp, { force: true });
      throw err;
    }
  }

  async stat(blob: BlobRef): Promise<{ size: number } | null> {
    try {
      return { size: (await stat(this.path(keyOf(blob)))).size };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }

  /** Files are served only through the hub. */
  async downloadUrl(): Promise<undefined> {
    return undefined;
  }

  async get(blob: BlobRef, range?: ByteRange): Promise<Readable> {
    const path = this.path(keyOf(blob));
    // Open first so a missing blob rejects here rather than erroring mid-response.
    const handle = await open(path, 'r');
    return createReadStream(path, { fd: handle, ...(range ?? {}) });
  }

  async read(blob: BlobRef, range: ByteRange): Promise<Buffer> {
    const handle = await open(this.path(keyOf(blob)), 'r');
    try {
      const buffer = Buffer.alloc(range.end - range.start + 1);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, range.start);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  }

  async deleteObject(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  async *list(): AsyncIterable<string> {
    const base = join(this.root, 'blobs', 'sha256');
    let prefixes: string[];
    try {
      prefixes = await readdir(base);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw err;
    }
    for (const prefix of prefixes.sort()) {
      for (const name of (await readdir(join(base, prefix))).sort()) yield name;
    }
  }

  async close(): Promise<void> {}
}
