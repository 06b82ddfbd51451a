import type { RunningHub } from '@deltahub/server';

/** Row counts of the index and the blobs in the store: what a refused request must leave unchanged. */
export interface IndexState {
  revisions: number;
  revisionFiles: number;
  blobs: number;
  uploads: number;
  refs: number;
  repos: number;
  storedBlobs: string[];
}

/** Reads the {@link IndexState} of an in-process hub. */
export async function indexState(hub: RunningHub): Promise<IndexState> {
  const { db, store } = hub.context;
  const storedBlobs: string[] = [];
  for await (const digest of store.list()) storedBlobs.push(digest);
  return {
    revisions: await db.revision.count(),
    revisionFiles: await db.revisionFile.count(),
    blobs: await db.blob.count(),
    uploads: await db.upload.count(),
    refs: await db.ref.count(),
    repos: await db.repo.count(),
    storedBlobs: storedBlobs.sort(),
  };
}
