import type { Db } from '../db/client.js';
import type { Logger } from '../log.js';
import { blobKey, keyOf, type BlobStore } from '../storage/blob-store.js';

/** What one GC run removed. */
export interface GcReport {
  abandonedUploads: number;
  deletedBlobs: number;
  deletedBytes: number;
}

/**
 * Removes abandoned uploads and unreferenced blobs older than the grace period. Safe while the
 * server runs: pushes touch the blobs they rely on (announce, upload, commit), and a blob row is
 * deleted only if still untouched at the moment of deletion; the store object goes after its row,
 * so the index never points at a missing blob.
 */
export async function collectGarbage(
  db: Db,
  store: BlobStore,
  graceMs: number,
  log: Logger,
): Promise<GcReport> {
  const cutoff = new Date(Date.now() - graceMs);
  const report: GcReport = { abandonedUploads: 0, deletedBlobs: 0, deletedBytes: 0 };

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

  const candidates = await db.blob.findMany({
    where: { touchedAt: { lt: cutoff } },
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
      const gone = await db.blob.deleteMany({ where: { sha256: blob.sha256, touchedAt: { lt: cutoff } } });
      if (gone.count === 0) continue;
      await store.deleteObject(keyOf(blob));
      report.deletedBlobs++;
      report.deletedBytes += Number(blob.size);
    }
  }
  log.info({ ...report }, 'garbage collection done');
  return report;
}
