import type { Db } from '../db/client.js';
import type { FileEntry } from './files.js';

/**
 * Answers which of the announced blobs the server lacks. Blobs it has are touched, so GC's grace
 * period protects them until the push commits.
 */
export async function missingBlobs(db: Db, files: FileEntry[]): Promise<FileEntry[]> {
  const digests = [...new Set(files.map((f) => f.sha256))];
  const present = await db.blob.findMany({ where: { sha256: { in: digests } }, select: { sha256: true } });
  const have = new Set(present.map((b) => b.sha256));
  if (have.size > 0)
    await db.blob.updateMany({ where: { sha256: { in: [...have] } }, data: { touchedAt: new Date() } });
  const missing = new Map<string, FileEntry>();
  for (const f of files) if (!have.has(f.sha256) && !missing.has(f.sha256)) missing.set(f.sha256, f);
  return [...missing.values()];
}
