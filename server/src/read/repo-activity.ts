import type { Db } from '../db/client.js';
import { toDate, toNumber } from '../db/sql.js';

/** When a repo was made and last changed, and how often it was downloaded. */
export interface RepoActivity {
  downloads: number;
  createdAt: Date;
  updatedAt: Date;
}

/** The activity of repo `repoId`; downloads as last flushed (see `download-counter.ts`). */
export async function repoActivity(db: Db, repoId: string): Promise<RepoActivity> {
  const row = await db.repo.findUniqueOrThrow({
    where: { id: repoId },
    select: { downloads: true, createdAt: true, updatedAt: true },
  });
  return {
    downloads: toNumber(row.downloads),
    createdAt: toDate(row.createdAt),
    updatedAt: toDate(row.updatedAt),
  };
}
