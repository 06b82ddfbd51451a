import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, rmdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { syncDirectory } from '@deltahub/core/fs';
import {
  blobKey,
  checkObjectKey,
  checkUploadId,
  digestInKey,
  keyOf,
  type BlobRef,
  type BlobStore,
  type ByteRange,
  type ExpectedBlob,
} from './blob-store.js';
import { VerifyingStream } from './verify-stream.js';

/** The upload id at the end of a per-upload blob key (`blobs/sha256/<2>/<64>/<id>`), if it is one. */
const uploadIdInKey = (key: string): string | undefined =>
  /^blobs\/sha256\/[0-9a-f]{2}\/[0-9a-f]{64}\/([A-Za-z0-9-]{1,64})$/.exec(key)?.[1];

const errorCode = (err: unknown): string | undefined => (err as NodeJS.ErrnoException).code;

/** A catch handler that resolves to undefined on errors with these codes and rethrows the rest. */
const ignoring =
  (...codes: string[]) =>
  (err: unknown): undefined => {
    if (!codes.includes(errorCode(err) ?? '')) throw err;
    return undefined;
  };

/**
 * Blobs as files under `root`. An upload streams to `root/uploads/<id>`, is verified and fsynced,
 * then renamed (atomic on one filesystem) to a key of its own under the blob's content address,
 * `root/blobs/sha256/<2 hex>/<64 hex>/<id>`, whose directories are fsynced in turn; `put` returns
 * that key for the index to record, so a recorded name outlives a crash as the bytes do.
 *
 * Why a key per upload, as on S3: with one file per digest, a blob's file removed by GC could be
 * the very file a new upload of the same bytes had just renamed into place (GC deletes the row,
 * the upload finds no row, stores, records its own row, then GC's delete lands), and the index
 * would point at nothing. With a key per upload, GC only ever removes the file of the row it
 * deleted. Stores written before this layout keep one file at the content address itself: an
 * upload of such a digest still goes there (it replaces identical bytes), and reads of rows
 * without a key go there too.
 */
export class FsBlobStore implements BlobStore {
  constructor(private readonly root: string) {}

  private path(key: string): string {
    return join(this.root, checkObjectKey(key));
  }

  uploadKey(uploadId: string, sha256: string): string {
    return `${blobKey(sha256)}/${checkUploadId(uploadId)}`;
  }

  async put(
    uploadKey: string,
    body: Readable,
    expected: ExpectedBlob,
  ): Promise<{ size: number; objectKey: string }> {
    const uploadId = uploadIdInKey(checkObjectKey(uploadKey));
    if (uploadId === undefined || digestInKey(uploadKey) !== expected.sha256)
      throw new Error(`upload key ${uploadKey} is not one for blob ${expected.sha256}`);
    const temp = this.path(`uploads/${uploadId}`);
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
      return { size, objectKey: await this.publish(temp, uploadKey) };
    } catch (err) {
      await rm(temp, { force: true });
      throw err;
    }
  }

  /**
   * Renames a verified temporary file to `key`, or to the content address when an older store
   * keeps this digest there as one file, and makes the new name durable before the index can
   * record it. Returns the key the bytes are now under.
   */
  private async publish(temp: string, key: string): Promise<string> {
    const target = this.path(key);
    // A concurrent delete of the digest's last other key may remove the (then empty) directory
    // between mkdir and rename: make it again.
    for (let attempt = 1; ; attempt++) {
      let created: string | undefined;
      try {
        created = await mkdir(dirname(target), { recursive: true });
      } catch (err) {
        if (errorCode(err) !== 'EEXIST' && errorCode(err) !== 'ENOTDIR') throw err;
        const legacyKey = blobKey(digestInKey(key)!);
        await rename(temp, this.path(legacyKey));
        await syncDirectory(dirname(this.path(legacyKey)));
        return legacyKey;
      }
      try {
        await rename(temp, target);
      } catch (err) {
        if (errorCode(err) !== 'ENOENT' || attempt === 3) throw err;
        continue;
      }
      // The directory holding the new name, and those holding the directories made for it.
      const last = created === undefined ? dirname(target) : dirname(created);
      for (let dir = dirname(target); ; dir = dirname(dir)) {
        await syncDirectory(dir);
        if (dir === last || dirname(dir) === dir) break;
      }
      return key;
    }
  }

  async stat(blob: BlobRef): Promise<{ size: number } | null> {
    try {
      return { size: (await stat(this.path(keyOf(blob)))).size };
    } catch (err) {
      if (errorCode(err) === 'ENOENT') return null;
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

  /**
   * Deletes the file at `key`. For an upload's key, that includes its temporary file (what an
   * upload killed mid-stream left) and the digest's directory once empty. The content address of
   * a digest stored under per-upload keys is a directory, not an object: nothing to delete there.
   */
  async deleteObject(key: string): Promise<void> {
    // ENOTDIR: an upload's key under a digest an older store keeps as one file (nothing there).
    const path = this.path(key);
    await rm(path, { force: true }).catch(ignoring('ERR_FS_EISDIR', 'ENOTDIR'));
    const uploadId = uploadIdInKey(key);
    if (uploadId === undefined) return;
    await rm(this.path(`uploads/${uploadId}`), { force: true });
    await rmdir(dirname(path)).catch(ignoring('ENOTEMPTY', 'ENOENT', 'ENOTDIR'));
  }

  /** One digest per stored file: a content-address file, or each upload's file under its directory. */
  async *list(): AsyncIterable<string> {
    const base = join(this.root, 'blobs', 'sha256');
    let prefixes: string[];
    try {
      prefixes = await readdir(base);
    } catch (err) {
      if (errorCode(err) === 'ENOENT') return;
      throw err;
    }
    for (const prefix of prefixes.sort()) {
      const entries = await readdir(join(base, prefix), { withFileTypes: true });
      for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        if (!entry.isDirectory()) {
          yield entry.name;
          continue;
        }
        // A concurrent delete may have removed the directory since it was listed.
        const uploads = await readdir(join(base, prefix, entry.name)).catch(ignoring('ENOENT'));
        for (let i = 0; i < (uploads?.length ?? 0); i++) yield entry.name;
      }
    }
  }

  async close(): Promise<void> {}
}
