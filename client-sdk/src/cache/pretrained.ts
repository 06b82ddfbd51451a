import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { readLimited } from '../hub/bounded-body.js';
import { HubClient } from '../hub/client.js';
import { resolveHubTarget } from '../hub/credentials.js';
import { HubClientError } from '../hub/errors.js';
import { parseRepoId, type RepoId } from '../hub/repo-id.js';
import {
  MAX_FILES,
  checkCommitId,
  checkDigest,
  checkFilePath,
  checkSize,
  unsafe,
  type Origin,
} from '../hub/validate.js';
import { DeltaCache, isOffline, type CachedRevision } from './cache.js';
import { downloadBlobs, missingBlobs } from './download.js';

/** Where and how {@link snapshotPretrained} downloads. */
export interface PretrainedHubOptions {
  /** deltahub or any Hugging Face-compatible endpoint (default: `DELTAHUB_URL`, the login, localhost). */
  hubUrl?: string | undefined;
  token?: string | undefined;
  /** Branch, tag or commit (default `main`; also `owner/name@revision`). */
  revision?: string | undefined;
  /** Cache folder (default `DELTAHUB_CACHE` or `~/.cache/deltahub`). */
  cacheDir?: string | undefined;
  /** Use the cache only (default: `DELTAHUB_OFFLINE=1`); needs `revision` to be a commit id. */
  offline?: boolean | undefined;
}

/** An entry of `GET /api/models/{repo}/tree/{rev}` (the fields used here). */
export interface TreeEntry {
  type: string;
  path: string;
  size: number;
  lfs?: { oid: string; size: number };
}

/** A file of a snapshot; `sha256` is unknown until downloaded for files the hub lists without LFS. */
export interface Wanted {
  path: string;
  size: number;
  sha256: string | undefined;
}

const CONFIG = 'config.json';
const WEIGHTS = 'model.safetensors';
const INDEX = 'model.safetensors.index.json';
// Snapshots of only a backbone's files are kept apart from full snapshots of the same commit.
const SNAPSHOT_SUFFIX = '-pretrained';

/** Pages of a tree listing followed at most (a hub could send `Link: next` forever). */
const MAX_TREE_PAGES = 100;
/**
 * Largest file read whole into memory: files listed without a digest (small files on the Hugging
 * Face Hub, which are stored in git, not LFS) and the shard index.
 */
const MAX_WHOLE_FILE_BYTES = 16 * 1024 * 1024;

const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The Hugging Face API, as deltahub and the Hub both serve it. */
class HfApi {
  constructor(
    private readonly client: HubClient,
    private readonly repo: RepoId,
  ) {}

  /** The commit a revision points at (40 or 64 hex; `HUB_UNSAFE_RESPONSE` otherwise). */
  async commit(revision: string): Promise<string> {
    const info = await this.client.requestJson<{ sha?: unknown } | null>({
      method: 'GET',
      path: `/api/models/${this.repo.id}/revision/${encodeURIComponent(revision)}`,
      what: `resolving ${this.repo.id}@${revision}`,
    });
    return checkCommitId(info?.sha, { repo: `${this.repo.id}@${revision}` });
  }

  /**
   * The top-level files of a commit, following `Link` pages on the same host (at most
   * {@link MAX_TREE_PAGES}); each file entry validated ({@link checkTreeEntry}).
   */
  async files(commit: string): Promise<Map<string, TreeEntry>> {
    const origin: Origin = { repo: `${this.repo.id}@${commit}` };
    const files = new Map<string, TreeEntry>();
    let path: string | undefined = `/api/models/${this.repo.id}/tree/${commit}`;
    for (let page = 0; path; page++) {
      if (page === MAX_TREE_PAGES)
        throw unsafe(origin, 'tree listing', path, `more than ${MAX_TREE_PAGES} pages`);
      const { body, headers }: { body: unknown; headers: Headers } = await this.client.requestJsonWithHeaders(
        {
          method: 'GET',
          path,
          what: `listing ${this.repo.id}`,
        },
      );
      if (!Array.isArray(body)) throw unsafe(origin, 'tree listing', body, 'not an array');
      for (const entry of body as unknown[]) {
        const file = checkTreeEntry(entry, origin);
        if (file) files.set(file.path, file);
      }
      if (files.size > MAX_FILES)
        throw unsafe(origin, 'tree listing', files.size, `more than ${MAX_FILES} files`);
      const next: string | undefined = /<([^>]+)>;\s*rel="next"/.exec(headers.get('link') ?? '')?.[1];
      const url: URL | undefined = next ? new URL(next, this.client.hubUrl) : undefined;
      path = url && url.origin === new URL(this.client.hubUrl).origin ? url.pathname + url.search : undefined;
    }
    return files;
  }

  /** The response of `GET /{repo}/resolve/{commit}/{path}`. */
  download(commit: string, path: string): Promise<Response> {
    return this.client.download(this.repo, commit, path);
  }
}

/**
 * A file entry of a tree listing with a safe path, a size and, when listed, an LFS digest of the
 * same size; undefined for folders and other entries, which are not downloaded.
 */
function checkTreeEntry(value: unknown, origin: Origin): TreeEntry | undefined {
  if (typeof value !== 'object' || value === null) throw unsafe(origin, 'tree entry', value, 'not an object');
  const { type, path, size, lfs } = value as Record<string, unknown>;
  if (type !== 'file') return undefined;
  const entry: TreeEntry = { type, path: checkFilePath(path, origin), size: checkSize(size, origin) };
  if (lfs !== undefined && lfs !== null) {
    const { oid, size: lfsSize } = (typeof lfs === 'object' ? lfs : {}) as Record<string, unknown>;
    entry.lfs = { oid: checkDigest(oid, origin, 'lfs.oid'), size: checkSize(lfsSize, origin, 'lfs.size') };
    if (entry.lfs.size !== entry.size)
      throw unsafe(origin, 'lfs.size', lfsSize, `not the file's size ${entry.size}`);
  }
  return entry;
}

/** Which files a backbone needs: config, then one safetensors file or the index and its shards. */
async function wantedFiles(
  files: Map<string, TreeEntry>,
  readIndex: (entry: TreeEntry) => Promise<Buffer>,
  repo: RepoId,
): Promise<Wanted[]> {
  const wanted = (entry: TreeEntry): Wanted => ({
    path: entry.path,
    size: entry.size,
    sha256: entry.lfs?.oid,
  });
  const config = files.get(CONFIG);
  if (!config)
    throw new HubClientError('HUB_NOT_FOUND', `${repo.id} has no ${CONFIG}: it does not hold a backbone.`);
  const single = files.get(WEIGHTS);
  if (single) return [wanted(config), wanted(single)];
  const index = files.get(INDEX);
  if (!index) {
    throw new HubClientError(
      'HUB_NOT_FOUND',
      `${repo.id} has neither ${WEIGHTS} nor ${INDEX} (deltahub reads safetensors weights only).`,
    );
  }
  let weightMap: Record<string, unknown>;
  try {
    weightMap = (
      JSON.parse((await readIndex(index)).toString('utf8')) as { weight_map: Record<string, unknown> }
    ).weight_map;
  } catch (cause) {
    throw new HubClientError('HUB_BAD_RESPONSE', `${INDEX} of ${repo.id} is not a safetensors index.`, {
      cause,
    });
  }
  const shards = [...new Set(Object.values(weightMap ?? {}))].map((name) => {
    const entry = typeof name === 'string' ? files.get(name) : undefined;
    if (!entry)
      throw new HubClientError(
        'HUB_NOT_FOUND',
        `${INDEX} of ${repo.id} names a missing shard ${String(name)}.`,
      );
    return wanted(entry);
  });
  return [wanted(config), wanted(index), ...shards];
}

/**
 * Makes the backbone files of a hub repo (`config.json` and `model.safetensors`, or the sharded
 * index and its shards) available as a folder in the content-addressed cache, through the Hugging
 * Face API: `revision` → commit, the file list, then `resolve` downloads pinned to that commit.
 * Files listed with an LFS sha256 stream into the cache and are verified; others (small files on
 * the Hugging Face Hub, which lists only a git hash for them) are hashed as they arrive. Cached
 * blobs are not downloaded again. Returns the folder and the commit.
 */
export function snapshotPretrained(
  id: string,
  options: PretrainedHubOptions = {},
): Promise<{ dir: string; commit: string }> {
  return snapshotRepoFiles(id, options, { choose: wantedFiles, suffix: SNAPSHOT_SUFFIX });
}

/** Which files of a repo a snapshot holds, and the cache's name for such snapshots of a commit. */
export interface SnapshotSelection {
  /**
   * The files to download, from the commit's top-level listing; `readWhole` reads a small file
   * (at most 16 MiB) whose content decides the rest (a shard index).
   */
  choose(
    files: Map<string, TreeEntry>,
    readWhole: (entry: TreeEntry) => Promise<Buffer>,
    repo: RepoId,
  ): Promise<Wanted[]>;
  /** Appended to the commit id: snapshots of different selections of one commit are kept apart. */
  suffix: string;
}

/**
 * {@link snapshotPretrained} for any selection of a repo's files (a backbone's, a tokenizer's):
 * the commit of the revision, its listing, then verified downloads into the cache.
 */
export async function snapshotRepoFiles(
  id: string,
  options: PretrainedHubOptions,
  selection: SnapshotSelection,
): Promise<{ dir: string; commit: string }> {
  const parsed = parseRepoId(id);
  const revision = options.revision ?? parsed.revision ?? 'main';
  const repo: RepoId = { ...parsed, revision };
  const cache = new DeltaCache(options.cacheDir);
  if (options.offline ?? isOffline()) {
    const cached = await cache.readRevision(repo, revision + selection.suffix);
    const dir = cached && (await cache.validSnapshot(repo, cached));
    if (!dir) {
      throw new HubClientError(
        'HUB_OFFLINE_MISS',
        `DELTAHUB_OFFLINE is set and ${repo.id}@${revision} is not in the cache (${cache.root}); offline loads need the commit id of an earlier download.`,
      );
    }
    return { dir, commit: revision };
  }
  const api = new HfApi(new HubClient(await resolveHubTarget(options)), repo);
  const commit = await api.commit(revision);
  const snapshotId = commit + selection.suffix;
  const known = await cache.readRevision(repo, snapshotId);
  const ready = known && (await cache.validSnapshot(repo, known));
  if (ready) return { dir: ready, commit };

  const fetched = new Map<string, Buffer>();
  // Exactly the listed size, read into memory: files without a digest, and the shard index.
  const readWhole = async (entry: TreeEntry): Promise<Buffer> => {
    const what = `${entry.path} of ${repo.id}@${commit}`;
    if (entry.size > MAX_WHOLE_FILE_BYTES) {
      throw unsafe(
        { repo: `${repo.id}@${commit}` },
        `size of ${entry.path}`,
        entry.size,
        `over ${MAX_WHOLE_FILE_BYTES} bytes for a file read whole`,
      );
    }
    const mismatch = (): HubClientError =>
      new HubClientError(
        'HUB_INTEGRITY',
        `${what}: the hub sent more or fewer bytes than the listed ${entry.size}.`,
      );
    const bytes = await readLimited(await api.download(commit, entry.path), entry.size, mismatch);
    if (bytes.length !== entry.size) throw mismatch();
    fetched.set(entry.path, bytes);
    return bytes;
  };
  const files: CachedRevision['files'] = [];
  const listed: CachedRevision['files'] = [];
  for (const f of await selection.choose(await api.files(commit), readWhole, repo)) {
    if (f.sha256) {
      listed.push({ path: f.path, sha256: f.sha256, size: f.size });
      files.push({ path: f.path, sha256: f.sha256, size: f.size });
      continue;
    }
    // Listed without a digest: hashed as read (whole, bounded), then verified again as written.
    const bytes = fetched.get(f.path) ?? (await readWhole({ type: 'file', path: f.path, size: f.size }));
    const sha256 = sha256Of(bytes);
    await cache.writeBlob(sha256, f.size, Readable.from([bytes]));
    files.push({ path: f.path, sha256, size: f.size });
  }
  await downloadBlobs(cache, await missingBlobs(cache, listed), (path) => api.download(commit, path), {
    source: `${repo.id}@${commit}`,
  });
  const snapshot = { id: snapshotId, files };
  const dir = await cache.buildSnapshot(repo, snapshot);
  await cache.writeRevision(repo, snapshot);
  return { dir, commit };
}
