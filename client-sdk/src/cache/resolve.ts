import { HubClient } from '../hub/client.js';
import { resolveHubTarget } from '../hub/credentials.js';
import { HubClientError } from '../hub/errors.js';
import type { TransferProgress } from '../hub/push.js';
import { isRevisionId, isRevisionName, parseRepoId, type RepoId } from '../hub/repo-id.js';
import { DeltaCache, isOffline, type CachedRevision } from './cache.js';
import { downloadBlobs, missingBlobs } from './download.js';

/** Options of {@link snapshotFromHub}. */
export interface SnapshotOptions {
  /** Branch, tag or revision id; overrides none given in the id (default `main`). */
  revision?: string | undefined;
  hubUrl?: string | undefined;
  token?: string | undefined;
  /** Cache folder (default `DELTAHUB_CACHE` or `~/.cache/deltahub`). */
  cacheDir?: string | undefined;
  /** Use the cache only (default: `DELTAHUB_OFFLINE=1`). */
  offline?: boolean | undefined;
  onProgress?: ((progress: TransferProgress) => void) | undefined;
  /** Retry attempts of transient failures (default 4). */
  attempts?: number | undefined;
}

/** A revision available as a local folder. */
export interface Snapshot {
  repo: RepoId;
  revision: string;
  /** The folder of the revision's files in the cache (do not modify it). */
  dir: string;
  files: CachedRevision['files'];
  /** Bytes downloaded now (0 from a warm cache). */
  downloadedBytes: number;
}

/**
 * Makes a hub revision available as a verified folder in the cache: resolves the ref (online, or
 * from the cache when offline), downloads the blobs that are missing or fail verification, and
 * builds the snapshot folder. `DELTAHUB_OFFLINE=1` uses the cache only (`HUB_OFFLINE_MISS` when the
 * revision or a file is not cached).
 */
export async function snapshotFromHub(repoText: string, options: SnapshotOptions = {}): Promise<Snapshot> {
  const parsed = parseRepoId(repoText);
  if (parsed.revision && options.revision && parsed.revision !== options.revision) {
    throw new HubClientError(
      'HUB_INVALID_REPO_ID',
      `'${repoText}' names revision ${parsed.revision} but options.revision is ${options.revision}: give one.`,
    );
  }
  const rev = options.revision ?? parsed.revision ?? 'main';
  if (!isRevisionName(rev)) {
    throw new HubClientError(
      'HUB_INVALID_REPO_ID',
      `${JSON.stringify(rev.slice(0, 120))} is not a branch, tag or revision id of ${parsed.id}.`,
    );
  }
  const repo: RepoId = { ...parsed, revision: rev };
  const cache = new DeltaCache(options.cacheDir);
  const offline = options.offline ?? isOffline();
  // One client, created on first use (concurrent downloads share the pending creation).
  let client: Promise<HubClient> | undefined;
  const online = async (): Promise<HubClient> => {
    if (offline)
      throw new HubClientError('HUB_OFFLINE_MISS', 'DELTAHUB_OFFLINE is set: not contacting the hub.');
    client ??= resolveHubTarget({ hubUrl: options.hubUrl, token: options.token }).then(
      (target) => new HubClient({ ...target, ...(options.attempts ? { attempts: options.attempts } : {}) }),
    );
    return client;
  };
  const offlineMiss = (what: string): HubClientError =>
    new HubClientError(
      'HUB_OFFLINE_MISS',
      `DELTAHUB_OFFLINE is set and ${what} is not in the cache (${cache.root}). Unset DELTAHUB_OFFLINE and pull it once (\`deltahub pull ${repo.id}${rev === 'main' ? '' : `@${rev}`}\`).`,
    );

  // 1. Which revision, with which files.
  let revision: CachedRevision | undefined;
  if (isRevisionId(rev)) revision = await cache.readRevision(repo, rev);
  if (!revision) {
    if (offline) {
      const id = isRevisionId(rev) ? rev : await cache.readRef(repo, rev);
      revision = id ? await cache.readRevision(repo, id) : undefined;
      if (!revision) throw offlineMiss(`${repo.id}@${rev}`);
    } else {
      // Validated by the client: safe paths, digests, sizes and id (HUB_UNSAFE_RESPONSE).
      const answer = await (await online()).revision(repo, rev);
      if (isRevisionId(rev) && answer.id !== rev) {
        throw new HubClientError(
          'HUB_BAD_RESPONSE',
          `reading ${repo.id}@${rev}: the hub answered with another revision, ${answer.id}.`,
        );
      }
      revision = { id: answer.id, files: answer.files };
      await Promise.all([
        cache.writeRevision(repo, revision),
        isRevisionId(rev) ? undefined : cache.writeRef(repo, rev, answer.id),
      ]);
    }
  }

  // 2. A valid snapshot is the fast path (no blob checks beyond the snapshot's own).
  const ready = await cache.validSnapshot(repo, revision);
  if (ready) return { repo, revision: revision.id, dir: ready, files: revision.files, downloadedBytes: 0 };

  // 3. Blobs: verify cached ones, download the rest.
  const missing = await missingBlobs(cache, revision.files);
  if (missing.length && offline)
    throw offlineMiss(`${missing.map((f) => f.path).join(', ')} of ${repo.id}@${rev}`);
  const fetchFile = async (path: string): Promise<Response> =>
    (await online()).download(repo, revision.id, path);
  const bytes = await downloadBlobs(cache, missing, fetchFile, {
    source: `${repo.id}@${revision.id}`,
    onProgress: options.onProgress,
  });
  const dir = await cache.buildSnapshot(repo, revision);
  options.onProgress?.({ phase: 'done', bytes, totalBytes: missing.reduce((n, f) => n + f.size, 0) });
  return { repo, revision: revision.id, dir, files: revision.files, downloadedBytes: bytes };
}
