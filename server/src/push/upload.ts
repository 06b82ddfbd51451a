import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Db } from '../db/client.js';
import type { BlobStore } from '../storage/blob-store.js';

/** Result of an upload: whether the bytes were stored now or the blob was already there. */
export interface UploadResult {
  sha256: string;
  size: number;
  stored: boolean;
}

/**
 * Stores one blob from a request body. An `Upload` row is written first so an upload killed
 * halfway leaves a record GC uses to remove its temporary object; the `Blob` row is written only
 * after the store verified digest and size. Verification errors propagate (nothing is kept).
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
  const tempKey = `uploads/${id}`;
  await db.upload.create({ data: { id, sha256: expected.sha256, tempKey } });
  let size: number;
  try {
    size = (await store.put(tempKey, body, expected)).size;
    const now = new Date();
    // Identical blobs uploaded in parallel land on the same address; the row is written once.
    // (Prisma's upsert is read-then-write, so a racing insert can still hit the unique key.)
    try {
      await db.blob.create({ data: { sha256: expected.sha256, size: BigInt(size) } });
    } catch (err) {
      if ((err as { code?: string }).code !== 'P2002') throw err;
      await db.blob.update({ where: { sha256: expected.sha256 }, data: { touchedAt: now } });
    }
  } finally {
    await db.upload.delete({ where: { id } });
  }
  return { sha256: expected.sha256, size, stored: true };
}
