import type { Db } from '../db/client.js';
import { dialectOf, execute, query, Sql } from '../db/sql.js';
import type { Logger } from '../log.js';
import { blobKey, keyOf, type BlobStore } from '../storage/blob-store.js';

/** What one GC run removed. */
export interface GcReport {
  abandonedUploads: number;
  deletedBlobs: number;
  deletedBytes: number;
  /** Grants removed: of blobs that are gone, or old and unreferenced in their namespace. */
  deletedGrants: number;
}

/** Thrown inside a blob's deletion transaction to keep a blob a revision references after all. */
class StillReferenced extends Error {}

/**
 * Removes abandoned uploads, unreferenced blobs untouched for the grace period or created longer
 * ago than `maxAgeMs` (so announcing or re-uploading a digest cannot keep an unreferenced blob
 * forever), and the grants that no longer hold anything (see {@link collectGrants}). Safe while
 * the server runs: a blob row is deleted in a transaction that then checks, after any commit
 * holding the row's lock has finished, that no revision references it (else it is kept); a commit
 * locks the rows of its blobs before creating its revision and fails cleanly if one is gone. The
 * store object goes after its row, so the index never points at a missing blob.
 */
export async function collectGarbage(
  db: Db,
  store: BlobStore,
  graceMs: number,
  log: Logger,
  maxAgeMs = Number.POSITIVE_INFINITY,
): Promise<GcReport> {
  const cutoff = new Date(Date.now() - graceMs);
  const tooOld = new Date(Date.now() - Math.min(maxAgeMs, Date.now()));
  const report: GcReport = { abandonedUploads: 0, deletedBlobs: 0, deletedBytes: 0, deletedGrants: 0 };

  // Uploads whose server died mid-stream or between storing and recording the blob.
  for (const upload of await db.upload.findMany({ where: { startedAt: { lt: cutoff } } })) {
    const recorded = await db.blob.findUnique({
      where: { sha256: upload.sha256 },
      select: { sha256: true, objectKey: true },
    });
    // The index may point at the upload's own key (the bytes were recorded before the crash).
    if (!recorded || keyOf(recorded) !== upload.tempKey) await store.deleteObject(upload.tempKey);
    const live = await db.upload.count({ where: { sha256: upload.sha256, startedAt: { gte: cutoff } } });
    // A store that moves verified bytes to the content address (a filesystem store with the digest
    // there from an older layout, or an upload recorded by an older version) may have done so
    // before the crash, with no Blob row to account for them.
    if (!recorded && live === 0) await store.deleteObject(blobKey(upload.sha256));
    await db.upload.delete({ where: { id: upload.id } });
    report.abandonedUploads++;
  }

  const collectable = { OR: [{ touchedAt: { lt: cutoff } }, { createdAt: { lt: tooOld } }] };
  const candidates = await db.blob.findMany({
    where: collectable,
    select: { sha256: true, size: true, objectKey: true },
  });
  for (let i = 0; i < candidates.length; i += 500) {
    const batch = candidates.slice(i, i + 500);
    const referenced = await db.revisionFile.findMany({
      where: { sha256: { in: batch.map((b) => b.sha256) } },
      select: { sha256: true },
      distinct: ['sha256'],
    });
    const keep = new Set(referenced.map((r) => r.sha256));
    for (const blob of batch) {
      if (keep.has(blob.sha256)) continue;
      if (!(await deleteBlobRow(db, blob.sha256, collectable))) continue;
      await store.deleteObject(keyOf(blob));
      report.deletedBlobs++;
      report.deletedBytes += Number(blob.size);
    }
  }
  report.deletedGrants = await collectGrants(db, tooOld);
  log.info({ ...report }, 'garbage collection done');
  return report;
}

/**
 * Deletes a blob's row if it is still collectable and, once the deletion holds the row (a commit
 * that touched it has then finished), no revision references it. True when deleted.
 */
async function deleteBlobRow(
  db: Db,
  sha256: string,
  collectable: { OR: ({ touchedAt: { lt: Date } } | { createdAt: { lt: Date } })[] },
): Promise<boolean> {
  try {
    return await db.$transaction(async (tx) => {
      const gone = await tx.blob.deleteMany({ where: { sha256, ...collectable } });
      if (gone.count === 0) return false;
      if ((await tx.revisionFile.count({ where: { sha256 } })) > 0) throw new StillReferenced();
      return true;
    });
  } catch (err) {
    if (err instanceof StillReferenced) return false;
    throw err;
  }
}

/**
 * Removes grants whose blob is gone, and grants last written before `tooOld` that no revision of
 * their namespace references (abandoned uploads), so the namespace's quota usage drops with them.
 * A grant renewed meanwhile (a commit or upload writes its date) is kept.
 */
async function collectGrants(db: Db, tooOld: Date): Promise<number> {
  let deleted = await execute(
    db,
    new Sql(dialectOf(db)),
    `DELETE FROM "BlobGrant" WHERE NOT EXISTS (SELECT 1 FROM "Blob" b WHERE b."sha256" = "BlobGrant"."sha256")`,
  );
  const old = await db.blobGrant.findMany({
    where: { createdAt: { lt: tooOld } },
    select: { accountId: true, sha256: true },
  });
  for (let i = 0; i < old.length; i += 500) {
    const batch = old.slice(i, i + 500);
    const sql = new Sql(dialectOf(db));
    const pairs = batch.map((g) => `(${sql.param(g.accountId)}, ${sql.param(g.sha256)})`).join(', ');
    const referenced = await query<{ ownerId: string; sha256: string }>(
      db,
      sql,
      `SELECT DISTINCT r."ownerId", f."sha256" FROM "RevisionFile" f
         JOIN "Revision" v ON v."id" = f."revisionId"
         JOIN "Repo" r ON r."id" = v."repoId"
        WHERE (r."ownerId", f."sha256") IN (VALUES ${pairs})`,
    );
    const keep = new Set(referenced.map((r) => `${r.ownerId}/${r.sha256}`));
    for (const grant of batch) {
      if (keep.has(`${grant.accountId}/${grant.sha256}`)) continue;
      const gone = await db.blobGrant.deleteMany({ where: { ...grant, createdAt: { lt: tooOld } } });
      deleted += gone.count;
    }
  }
  return deleted;
}
