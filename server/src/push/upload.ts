import { randomUUID } from 'node:crypto';
import { Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { grantBlobs } from '../blobs/access.js';
import type { HubConfig } from '../config/config.js';
import type { Db } from '../db/client.js';
import { dialectOf } from '../db/sql.js';
import { checkQuota, exceeds, quotaExceeded, storageUse, type Namespace } from '../quota/quota.js';
import { keyOf, mayHaveLeftover, type BlobStore, type ExpectedBlob } from '../storage/blob-store.js';
import { VerifyingStream } from '../storage/verify-stream.js';

/** Result of an upload: whether the bytes were stored now or the blob was already there. */
export interface UploadResult {
  sha256: string;
  size: number;
  stored: boolean;
}

/** Where an upload goes, and what its uploader may already use. */
export interface UploadTarget {
  /** The namespace of the repo uploaded into: it is granted the verified bytes, within its quota. */
  namespace: Namespace;
  /** The uploader may use this digest already (see `usableDigests`): no body is needed then. */
  usable: boolean;
  config: Pick<HubConfig, 'defaultQuotaBytes'>;
}

/**
 * Stores one blob from a request body and grants it to the target namespace. A blob the uploader
 * may already use is answered at once (`stored: false`, body unread). Any other upload answers the
 * same whether or not the hub has the bytes (`stored: true`), so an upload never reveals that
 * someone else stored them: the body is verified (digest and size) in both cases, and bytes the
 * hub already has are not stored twice. The quota is checked before streaming when the size is
 * declared, and again on the verified size.
 *
 * New bytes: an `Upload` row naming the key the store writes to is written first, so an upload
 * killed halfway leaves a record GC uses to remove that object; the `Blob` row, with the key of
 * the verified bytes, is written only after the store verified them. Verification errors
 * propagate (nothing is kept).
 */
export async function uploadBlob(
  db: Db,
  store: BlobStore,
  body: Readable,
  expected: ExpectedBlob,
  target: UploadTarget,
): Promise<UploadResult> {
  const existing = await db.blob.findUnique({ where: { sha256: expected.sha256 } });
  if (existing && target.usable) {
    await db.blob.update({ where: { sha256: expected.sha256 }, data: { touchedAt: new Date() } });
    return { sha256: expected.sha256, size: Number(existing.size), stored: false };
  }
  if (expected.size !== undefined) await checkQuota(db, target.config, target.namespace, expected.size);
  if (existing) {
    // Stored by someone else: the uploader proves it has the bytes by sending them.
    const size = await verifyOnly(body, expected);
    await checkQuota(db, target.config, target.namespace, size);
    await grantBlobs(db, dialectOf(db), target.namespace.id, [{ sha256: expected.sha256, size }]);
    await db.blob.updateMany({ where: { sha256: expected.sha256 }, data: { touchedAt: new Date() } });
    return { sha256: expected.sha256, size, stored: true };
  }
  const id = randomUUID();
  const tempKey = store.uploadKey(id, expected.sha256);
  await db.upload.create({ data: { id, sha256: expected.sha256, tempKey } });
  const stored = await store.put(tempKey, body, expected).catch(async (err: unknown) => {
    // The store removed what it wrote: nothing is left for GC, unless bytes may still land.
    if (!mayHaveLeftover(err)) await db.upload.delete({ where: { id } });
    throw err;
  });
  const use = await storageUse(db, target.config, target.namespace.id);
  if (exceeds(use, stored.size)) {
    // Nothing records these bytes yet: remove them (unless they are another record's object).
    const recorded = await db.blob.findUnique({ where: { sha256: expected.sha256 } });
    if (!recorded || keyOf(recorded) !== stored.objectKey) await store.deleteObject(stored.objectKey);
    await db.upload.delete({ where: { id } });
    throw quotaExceeded(target.namespace, use, stored.size);
  }
  // Should recording fail, the row stays: GC then removes the object unless the index holds it.
  await recordBlob(db, store, expected.sha256, stored);
  await grantBlobs(db, dialectOf(db), target.namespace.id, [{ sha256: expected.sha256, size: stored.size }]);
  await db.upload.delete({ where: { id } });
  return { sha256: expected.sha256, size: stored.size, stored: true };
}

/** Reads a whole body through the upload verification (digest, size, cap) without storing it. */
async function verifyOnly(body: Readable, expected: ExpectedBlob): Promise<number> {
  const verifier = new VerifyingStream(expected);
  const discard = new Writable({ write: (_chunk, _encoding, done) => done() });
  await pipeline(body, verifier, discard);
  return verifier.verify();
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
