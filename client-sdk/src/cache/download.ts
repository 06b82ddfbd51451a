import type { TransferProgress } from '../hub/push.js';
import { HubClientError } from '../hub/errors.js';
import { forEachConcurrently } from '../util/concurrency.js';
import { nodeStream, type CachedRevision, type DeltaCache } from './cache.js';

/** Files downloaded at the same time by {@link downloadBlobs}. */
const DOWNLOAD_CONCURRENCY = 3;

/** A file of a revision, with the digest and size its blob must have. */
export type BlobFile = CachedRevision['files'][number];

/** The files whose blob the cache lacks or holds damaged (checked against digest and size). */
export async function missingBlobs(cache: DeltaCache, files: readonly BlobFile[]): Promise<BlobFile[]> {
  const missing: BlobFile[] = [];
  for (const f of files) if (!(await cache.hasValidBlob(f.sha256, f.size))) missing.push(f);
  return missing;
}

/** Options of {@link downloadBlobs}. */
export interface DownloadBlobsOptions {
  /** The revision the files belong to, as `owner/name@commit`, for error messages. */
  source: string;
  onProgress?: ((progress: TransferProgress) => void) | undefined;
}

/**
 * The one way hub content enters the cache: downloads `files` (a few at a time) with `fetchFile`
 * and streams each into the cache's blob store, which verifies sha256 and size
 * (`HUB_INTEGRITY` otherwise). An ETag from the hub itself must be the quoted sha256; one from an
 * object store the hub redirected to (a presigned S3 URL) is the store's own, and the digest check
 * covers it. Returns the bytes downloaded.
 */
export async function downloadBlobs(
  cache: DeltaCache,
  files: readonly BlobFile[],
  fetchFile: (path: string) => Promise<Response>,
  { source, onProgress }: DownloadBlobsOptions,
): Promise<number> {
  const totalBytes = files.reduce((n, f) => n + f.size, 0);
  let bytes = 0;
  await forEachConcurrently(files, DOWNLOAD_CONCURRENCY, async (f) => {
    onProgress?.({ phase: 'download', file: f.path, bytes, totalBytes });
    const response = await fetchFile(f.path);
    const etag = response.redirected ? null : response.headers.get('etag');
    if (etag && etag.replace(/^W\//, '') !== `"${f.sha256}"`) {
      await response.body?.cancel().catch(() => {});
      throw new HubClientError(
        'HUB_INTEGRITY',
        `${f.path} of ${source} was served with ETag ${etag}, expected "${f.sha256}".`,
      );
    }
    if (!response.body) throw new HubClientError('HUB_BAD_RESPONSE', `${f.path}: the hub sent no content.`);
    let received = 0;
    await cache.writeBlob(f.sha256, f.size, nodeStream(response.body), (n) => {
      received += n;
      bytes += n;
      onProgress?.({ phase: 'download', file: f.path, bytes, totalBytes });
    });
    bytes += f.size - received;
  });
  return bytes;
}
