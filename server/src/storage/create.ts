import type { HubConfig } from '../config/config.js';
import type { BlobStore } from './blob-store.js';
import { FsBlobStore } from './fs-blob-store.js';
import { reportingOutages } from './outage.js';

/**
 * The blob store `DELTAHUB_STORAGE` selects, reporting its transport failures as
 * `StorageUnavailableError` (503). The AWS SDK is loaded only when S3 is used.
 */
export async function createBlobStore(storage: HubConfig['storage']): Promise<BlobStore> {
  if (storage.kind === 'fs') return reportingOutages(new FsBlobStore(storage.root));
  const { S3BlobStore } = await import('./s3-blob-store.js');
  return reportingOutages(new S3BlobStore(storage.s3));
}
