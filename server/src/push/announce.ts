import type { Principal } from '../auth/principal.js';
import { usableDigests } from '../blobs/access.js';
import type { Db } from '../db/client.js';
import type { FileEntry } from './files.js';

/**
 * Answers which of the announced blobs must be uploaded into namespace `namespaceId`: all but
 * those the hub stores AND `principal` may use there (see `usableDigests`), so a digest stored
 * for someone else gets the same answer as one never seen. Blobs not asked for are touched, so
 * GC's grace period protects them until the push commits.
 */
export async function missingBlobs(
  db: Db,
  principal: Principal | null,
  namespaceId: string,
  files: FileEntry[],
): Promise<FileEntry[]> {
  const digests = [...new Set(files.map((f) => f.sha256))];
  const [usable, present] = await Promise.all([
    usableDigests(db, principal, namespaceId, digests),
    db.blob.findMany({ where: { sha256: { in: digests } }, select: { sha256: true } }),
  ]);
  const have = new Set(present.map((b) => b.sha256).filter((d) => usable.has(d)));
  if (have.size > 0)
    await db.blob.updateMany({ where: { sha256: { in: [...have] } }, data: { touchedAt: new Date() } });
  const missing = new Map<string, FileEntry>();
  for (const f of files) if (!have.has(f.sha256) && !missing.has(f.sha256)) missing.set(f.sha256, f);
  return [...missing.values()];
}
