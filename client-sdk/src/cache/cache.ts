import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { copyFile, link, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { HubClientError } from '../hub/errors.js';
import { FILE_CHUNK_BYTES, type HubFile } from '../hub/client.js';
import { isRevisionName, type RepoId } from '../hub/repo-id.js';
import { checkDigest, checkFileList, checkSize, unsafe, type Origin } from '../hub/validate.js';

/** `DELTAHUB_CACHE`, else `$XDG_CACHE_HOME/deltahub`, else `~/.cache/deltahub`. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env['DELTAHUB_CACHE']) return env['DELTAHUB_CACHE'];
  return join(env['XDG_CACHE_HOME'] || join(homedir(), '.cache'), 'deltahub');
}

/** True when `DELTAHUB_OFFLINE` is set to 1/true/yes. */
export function isOffline(env: NodeJS.ProcessEnv = process.env): boolean {
  return ['1', 'true', 'yes'].includes((env['DELTAHUB_OFFLINE'] ?? '').toLowerCase());
}

/**
 * The id of a cached revision: a deltahub revision id (64 hex), or a commit (40 or 64 hex) with
 * `-pretrained` for the backbone files of a Hugging Face-compatible repo, or `-tokenizer` for its
 * tokenizer files.
 */
const ENTRY_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})(?:-pretrained|-tokenizer)?$/;
/** Who passed a bad name to the cache's own methods. */
const CALLER: Origin = { repo: 'a cache entry', source: 'the caller' };

/** `id` when it is a cache entry id ({@link ENTRY_ID}); `HUB_UNSAFE_RESPONSE` otherwise. */
function checkEntryId(id: string): string {
  if (!ENTRY_ID.test(id)) throw unsafe(CALLER, 'revision id', id, 'not a revision or commit id');
  return id;
}

/** A cached revision: its id and files. */
export interface CachedRevision {
  id: string;
  files: HubFile[];
}

/**
 * The local cache of hub content, safe for concurrent processes:
 *
 * - `blobs/sha256/<2 hex>/<64 hex>`: file contents by sha256, verified when written and when read;
 * - `repos/<owner>/<name>/revisions/<id>.json`: the files of a revision (immutable);
 * - `repos/<owner>/<name>/refs/<ref>`: the revision a branch or tag pointed at when last resolved;
 * - `snapshots/<owner>/<name>/<id>/`: the revision as a folder (hard links to the blobs, or copies).
 *
 * Every write goes to a unique temporary file in the same folder and is renamed into place, so a
 * reader never sees a partial file and two processes writing the same entry both succeed. Every
 * digest, id, ref and file path that names a file is validated first (`hub/validate.ts`), and what
 * is read back from the cache is validated like a hub's answer: a cache written by another client,
 * or tampered with, cannot make it touch files outside its folders.
 */
export class DeltaCache {
  readonly root: string;

  constructor(root: string = cacheDir()) {
    this.root = root;
  }

  blobPath(sha256: string): string {
    checkDigest(sha256, CALLER);
    return join(this.root, 'blobs', 'sha256', sha256.slice(0, 2), sha256);
  }

  private repoDir(repo: RepoId): string {
    return join(this.root, 'repos', repo.owner, repo.name);
  }

  snapshotDir(repo: RepoId, revision: string): string {
    return join(this.root, 'snapshots', repo.owner, repo.name, checkEntryId(revision));
  }

  /**
   * The cached revision `id`, or undefined: also when the entry is unreadable, or names an unsafe
   * path, digest or size (then it is not trusted, and a pull fetches the revision again).
   */
  async readRevision(repo: RepoId, id: string): Promise<CachedRevision | undefined> {
    if (!ENTRY_ID.test(id)) return undefined;
    try {
      const parsed = JSON.parse(
        await readFile(join(this.repoDir(repo), 'revisions', `${id}.json`), 'utf8'),
      ) as Partial<CachedRevision>;
      if (parsed.id !== id) return undefined;
      return { id, files: checkFileList(parsed.files, { repo: repo.id, source: 'the cache' }) };
    } catch {
      return undefined;
    }
  }

  /** Records the files of a revision (left as is when the same entry is already there). */
  async writeRevision(repo: RepoId, revision: CachedRevision): Promise<void> {
    const files = checkFileList(revision.files, { repo: repo.id, source: 'the caller' });
    await writeIfChanged(
      join(this.repoDir(repo), 'revisions', `${checkEntryId(revision.id)}.json`),
      JSON.stringify({ id: revision.id, files }),
    );
  }

  /** The revision id `ref` pointed at when last resolved online. */
  async readRef(repo: RepoId, ref: string): Promise<string | undefined> {
    if (!isRevisionName(ref)) return undefined;
    const id = await readFile(join(this.repoDir(repo), 'refs', ref), 'utf8').catch(() => undefined);
    return id && /^[0-9a-f]{64}$/.test(id.trim()) ? id.trim() : undefined;
  }

  /** Records the revision `ref` points at (left as is when unchanged). */
  async writeRef(repo: RepoId, ref: string, id: string): Promise<void> {
    if (!isRevisionName(ref)) throw unsafe(CALLER, 'ref', ref, 'not a branch or tag name');
    await writeIfChanged(join(this.repoDir(repo), 'refs', ref), checkEntryId(id));
  }

  /** True when the cached blob exists and its content matches `sha256` and `size`. A bad one is deleted. */
  async hasValidBlob(sha256: string, size: number): Promise<boolean> {
    const path = this.blobPath(sha256);
    if (await fileMatches(path, sha256, size)) return true;
    await rm(path, { force: true });
    return false;
  }

  /**
   * Stores a blob from a stream: hashed while written to a temporary file, verified (sha256 and
   * size), then renamed into place. `HUB_INTEGRITY` when the bytes are not the expected ones: a
   * body longer than `size` is stopped before its excess is written, and the temporary file is
   * removed whatever fails.
   */
  async writeBlob(
    sha256: string,
    size: number,
    body: Readable,
    onBytes?: (n: number) => void,
  ): Promise<string> {
    const path = this.blobPath(sha256);
    checkSize(size, CALLER);
    await mkdir(dirname(path), { recursive: true });
    const temp = `${path}.${randomUUID()}.tmp`;
    const hash = createHash('sha256');
    let written = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        if (written + chunk.length > size) {
          callback(
            new HubClientError(
              'HUB_INTEGRITY',
              `Downloaded content of blob ${sha256} is longer than its ${size} bytes; stopped the download. Retry; if it persists the hub's copy is damaged or the hub is not trustworthy.`,
            ),
          );
          return;
        }
        hash.update(chunk);
        written += chunk.length;
        onBytes?.(chunk.length);
        callback(null, chunk);
      },
    });
    try {
      await pipeline(body, meter, createWriteStream(temp, { flags: 'wx' }));
      const digest = hash.digest('hex');
      if (digest !== sha256 || written !== size) {
        throw new HubClientError(
          'HUB_INTEGRITY',
          `Downloaded content of blob ${sha256} does not match (got ${written} bytes with sha256 ${digest}, expected ${size} bytes). Retry; if it persists the hub's copy is damaged.`,
        );
      }
      await rename(temp, path);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    return path;
  }

  /**
   * The snapshot folder of a revision if it exists and every file matches its sha256 and size;
   * undefined otherwise (a damaged one is left for {@link buildSnapshot} to replace).
   */
  async validSnapshot(repo: RepoId, revision: CachedRevision): Promise<string | undefined> {
    const dir = this.snapshotDir(repo, revision.id);
    for (const f of checkFileList(revision.files, { repo: repo.id, source: 'the caller' })) {
      if (!(await fileMatches(join(dir, ...f.path.split('/')), f.sha256, f.size))) return undefined;
    }
    return dir;
  }

  /**
   * Builds the snapshot folder of a revision from blobs the caller has just verified (downloaded
   * with {@link writeBlob} or checked with {@link hasValidBlob}; all must be cached): in a temporary
   * folder, renamed into place. The files are hard links to (or copies of) those blobs, so they are
   * not hashed again; only their sizes are checked. A concurrent builder may win the rename; its
   * folder is verified in full before it is used, and replaced when damaged.
   */
  async buildSnapshot(repo: RepoId, revision: CachedRevision): Promise<string> {
    const dir = this.snapshotDir(repo, revision.id);
    checkFileList(revision.files, { repo: repo.id, source: 'the caller' });
    await mkdir(dirname(dir), { recursive: true });
    const temp = `${dir}.${randomUUID()}.tmp`;
    // Whose folder ends up at `dir`: ours (built from verified blobs) or another builder's.
    let ours = true;
    try {
      for (const f of revision.files) {
        const target = join(temp, ...f.path.split('/'));
        await mkdir(dirname(target), { recursive: true });
        // A hard link shares the blob's bytes; copies where links are not possible.
        await link(this.blobPath(f.sha256), target).catch(() => copyFile(this.blobPath(f.sha256), target));
      }
      try {
        await rename(temp, dir);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
        if (await this.validSnapshot(repo, revision)) return dir;
        // A damaged snapshot: move it aside, then put the new one in its place. A third builder
        // may get there first, so the folder is checked in full below.
        ours = false;
        const aside = `${dir}.${randomUUID()}.old`;
        await rename(dir, aside).catch(() => {});
        await rename(temp, dir).catch(() => {});
        await rm(aside, { recursive: true, force: true });
      }
    } finally {
      await rm(temp, { recursive: true, force: true });
    }
    const valid = ours ? await this.sizesMatch(dir, revision) : await this.validSnapshot(repo, revision);
    if (!valid) {
      throw new HubClientError(
        'HUB_INTEGRITY',
        `The cached snapshot ${dir} keeps failing verification; delete it and retry.`,
      );
    }
    return dir;
  }

  /** Whether every file of `revision` is in `dir` with its size (a cheap check of a fresh snapshot). */
  private async sizesMatch(dir: string, revision: CachedRevision): Promise<boolean> {
    for (const f of revision.files) {
      const info = await stat(join(dir, ...f.path.split('/'))).catch(() => undefined);
      if (!info?.isFile() || info.size !== f.size) return false;
    }
    return true;
  }
}

/** Whether the file at `path` has `size` bytes with sha256 `sha256`. */
export async function fileMatches(path: string, sha256: string, size: number): Promise<boolean> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile() || info.size !== size) return false;
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: FILE_CHUNK_BYTES }))
      hash.update(chunk as Buffer);
  } catch {
    return false;
  }
  return hash.digest('hex') === sha256;
}

/**
 * Writes `content` to `path` atomically, unless the file already holds exactly that: a warm pull
 * finds its revision and ref entries unchanged and leaves them alone.
 */
async function writeIfChanged(path: string, content: string): Promise<void> {
  if ((await readFile(path, 'utf8').catch(() => undefined)) === content) return;
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${randomUUID()}.tmp`;
  try {
    await writeFile(temp, content, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** A web stream body as a Node stream. */
export function nodeStream(body: ReadableStream<Uint8Array>): Readable {
  return Readable.fromWeb(body as Parameters<typeof Readable.fromWeb>[0]);
}
