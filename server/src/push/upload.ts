import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Db } from '../db/client.js';
import { keyOf, mayHaveLeftover, type BlobStore } from '../storage/blob-store.js';

/** Result of an upload: whether the bytes were stored now or the blob was already there. */
export interface UploadResult {
  sha256: string;
  size: number;
  stored: boolean;
}

/**
 * Stores one blob from a request body. An `Upload` row naming the key the store writes to is
 * written first, so an upload killed halfway leaves a record GC uses to remove that object; the
 * `Blob` row, with the key of the verified bytes, is written only after the store verified digest
 * and size. Verification errors propagate (nothing is kept).
 */
export async function uploadBlob(
  db: Db,
  store: BlobStore,
  body: Readable,
  expected: { sha256: string; size: number | undefined; maxBytes: number },
): Promise<UploadResult> {
  const existing = await db.blob.findUnique({ where: { sha256: expected.sha256 } });
  if (existing) {
    await db.blob.update({ where: { sha256: expected.sha256 }, data: { touchedAt: new Date() } });
    return { sha256: expected.sha256, size: Number(existing.size), stored: false };
  }
  const id = randomUUID();
  const tempKey = store.uploadKey(id, expected.sha256);
  await db.upload.create({ data: { id, sha256: expected.sha256, tempKey } });
  const stored = await store.put(tempKey, body, expected).catch(async (err: unknown) => {
    // The store removed what it wrote: nothing is left for GC, unless bytes may still land.
    if (!mayHaveLeftover(err)) await db.upload.delete({ where: { id } });
    throw err;
  });
  // Should recording fail, the row stays: GC then removes the object unless the index holds it.
  await recordBlob(db, store, expected.sha256, stored);
  await db.upload.delete({ where: { id } });
  return { sha256: expected.sha256, size: stored.size, stored: true };
}

/**
 * Writes the `Blob` row of verified bytes. Identical blobs uploaded in parallel are all verified,
 * and the row is written once: a later upload keeps the recorded copy and deletes its own, unless
 * both are the same object (a store that puts every copy at the content address). (Prisma's
 * upsert is read-then-write, so a racing insert can still hit the unique key.)
 */
async function recordBlob(
  db: Db,
  store: BlobStore,
  sha256: string,
  stored: { size: number; objectKey: string },
): Promise<void> {
  try {
    await db.blob.create({ data: { sha256, size: BigInt(stored.size), objectKey: stored.objectKey } });
  } catch (err) {
    if ((err as { code?: string }).code !== 'P2002') throw err;
    const recorded = await db.blob.update({ where: { sha256 }, data: { touchedAt: new Date() } });
    if (keyOf(recorded) !== stored.objectKey) await store.deleteObject(stored.objectKey);
  }
}
