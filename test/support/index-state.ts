import type { RunningHub } from '@deltahub/server';
import { storedDigests } from '@deltahub/testing';

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
  const storedBlobs = await storedDigests(store);
  return {
    revisions: await db.revision.count(),
    revisionFiles: await db.revisionFile.count(),
    blobs: await db.blob.count(),
    uploads: await db.upload.count(),
    refs: await db.ref.count(),
    repos: await db.repo.count(),
    storedBlobs,
  };
}
