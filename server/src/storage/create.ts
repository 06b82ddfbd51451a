import type { HubConfig } from '../config/config.js';
import type { BlobStore } from './blob-store.js';
import { FsBlobStore } from './fs-blob-store.js';
import { cachingHeads } from './head-cache.js';
import { reportingOutages } from './outage.js';

/**
 * The blob store `DELTAHUB_STORAGE` selects, reporting its transport failures as
 * `StorageUnavailableError` (503), with the heads of the blobs it verifies kept in memory (see
 * head-cache.ts). The AWS SDK is loaded only when S3 is used.
 */
export async function createBlobStore(storage: HubConfig['storage']): Promise<BlobStore> {
  if (storage.kind === 'fs') return cachingHeads(reportingOutages(new FsBlobStore(storage.root)));
  const { S3BlobStore } = await import('./s3-blob-store.js');
  return cachingHeads(reportingOutages(new S3BlobStore(storage.s3)));
}
