import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { DELTA_CONFIG_FILE } from '@deltahub/core/checkpoint';
import { FILE_CHUNK_BYTES, type HubClient, type HubFile } from './client.js';
import { HubClientError } from './errors.js';
import type { RepoId } from './repo-id.js';
import { forEachConcurrently } from '../util/concurrency.js';

/** PEFT's adapter config (`peft/config.ts`): a PEFT adapter folder is a delta to the hub too. */
const PEFT_ADAPTER_CONFIG = 'adapter_config.json';

/** Progress of a push or pull, for progress bars. */
export interface TransferProgress {
  phase: 'hash' | 'upload' | 'download' | 'commit' | 'done';
  /** The file being transferred, when there is one. */
  file?: string;
  /** Bytes transferred so far (of the blobs to transfer) and their total. */
  bytes: number;
  totalBytes: number;
}

/** Options of {@link pushFolder}. */
export interface PushFolderOptions {
  branch?: string;
  commitMessage?: string;
  private?: boolean;
  onProgress?: (progress: TransferProgress) => void;
}

/** What a push did. */
export interface PushResult {
  /** URL of the pushed revision (its JSON view on the hub API). */
  url: string;
  revision: string;
  branch: string;
  /** Blobs uploaded (the hub lacked them) and their bytes. */
  uploadedFiles: number;
  uploadedBytes: number;
  /** Whether this push created the repo. */
  createdRepo: boolean;
  warnings: string[];
}

/** Lists the files of a folder (recursively, skipping hidden ones) with their sha256 and size. */
export async function hashFolder(folder: string): Promise<(HubFile & { file: string })[]> {
  const out: (HubFile & { file: string })[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) {
        const { size } = await stat(full);
        out.push({
          path: relative(folder, full).split(sep).join('/'),
          sha256: await sha256File(full),
          size,
          file: full,
        });
      }
    }
  };
  await walk(folder);
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** sha256 (hex) of a file, streamed. */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: FILE_CHUNK_BYTES }))
    hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Blobs uploaded at the same time by {@link pushFolder}. */
const UPLOAD_CONCURRENCY = 3;

/** {@link branchRevision}'s answer when the repo does not exist (yet). */
const NO_REPO = Symbol('no repo');

/** The revision `branch` points at (null: no such branch), or {@link NO_REPO}. */
async function branchRevision(
  client: HubClient,
  repo: RepoId,
  branch: string,
): Promise<string | null | typeof NO_REPO> {
  try {
    return (await client.refs(repo)).find((r) => r.name === branch)?.revision ?? null;
  } catch (error) {
    if (error instanceof HubClientError && error.code === 'HUB_NOT_FOUND') return NO_REPO;
    throw error;
  }
}

/**
 * Pushes a delta checkpoint folder to `repo` with the server's protocol: announce every file, upload
 * only the blobs the hub lacks (streamed, with sha256 and size), then commit on `branch` with the
 * revision the branch points at as parent. The repo is created on first push. A branch that moved in
 * between is a `HUB_STALE_PARENT` error.
 */
export async function pushFolder(
  client: HubClient,
  repo: RepoId,
  folder: string,
  options: PushFolderOptions = {},
): Promise<PushResult> {
  const branch = options.branch ?? 'main';
  const progress = options.onProgress ?? (() => {});
  // The branch lookup (a round trip) runs while the files are hashed (local CPU and disk).
  const [files, branchHead] = await Promise.all([hashFolder(folder), branchRevision(client, repo, branch)]);
  if (!files.some((f) => f.path === DELTA_CONFIG_FILE || f.path === PEFT_ADAPTER_CONFIG)) {
    throw new HubClientError(
      'HUB_BAD_REQUEST',
      `${folder} has no ${DELTA_CONFIG_FILE}: push a delta checkpoint folder (written by saveFinetuned) or a PEFT adapter folder (${PEFT_ADAPTER_CONFIG}).`,
    );
  }
  progress({ phase: 'hash', bytes: 0, totalBytes: 0 });

  let parent: string | null = null;
  let createdRepo = false;
  if (branchHead === NO_REPO) {
    createdRepo = (await client.createRepo(repo, { private: options.private ?? false })).created;
  } else {
    parent = branchHead;
  }

  const announced = files.map(({ path, sha256, size }) => ({ path, sha256, size }));
  const missing = await client.preupload(repo, announced);
  const uploads = missing.map((m) => {
    const file = files.find((f) => f.sha256 === m.sha256);
    if (!file)
      throw new HubClientError(
        'HUB_BAD_RESPONSE',
        `The hub asked for blob ${m.sha256}, which this push does not hold.`,
      );
    return file;
  });
  const totalBytes = uploads.reduce((n, f) => n + f.size, 0);
  let bytes = 0;
  // A few uploads at a time: the small files' round trips overlap the large file's transfer.
  await forEachConcurrently(uploads, UPLOAD_CONCURRENCY, async (file) => {
    let sent = 0;
    progress({ phase: 'upload', file: file.path, bytes, totalBytes });
    await client.uploadBlob(repo, file, (n) => {
      sent += n;
      bytes += n;
      progress({ phase: 'upload', file: file.path, bytes, totalBytes });
    });
    bytes += file.size - sent; // a retried upload re-reads the file: count each byte once
  });
  const uploadedFiles = uploads.length;
  progress({ phase: 'commit', bytes, totalBytes });
  const result = await client.commit(repo, branch, {
    files: announced,
    message: options.commitMessage ?? `Push ${files.length} files`,
    parent,
  });
  progress({ phase: 'done', bytes, totalBytes });
  return {
    url: `${client.hubUrl}/api/repos/${repo.id}/revisions/${result.revision}`,
    revision: result.revision,
    branch: result.branch,
    uploadedFiles,
    uploadedBytes: bytes,
    createdRepo,
    warnings: result.warnings,
  };
}
