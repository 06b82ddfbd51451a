/**
 * The user's side of a hostile-hub test: a folder with the cache, a pull target, and a sentinel
 * folder beside both holding files an attacker would like to overwrite or delete (`.bashrc`, a
 * file and a folder the traversal payloads aim at). Its digest (names, kinds and bytes of every
 * entry) must be the same after an attack as before.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

/** Folders of one victim. */
export interface Victim {
  root: string;
  /** DELTAHUB_CACHE. */
  cache: string;
  /** Where `deltahub pull <repo> <dir>` copies to (not created beforehand). */
  pulled: string;
  /** Beside the cache and the pull target. */
  sentinel: string;
  /** Files in the sentinel the payloads aim at. */
  targets: { bashrc: string; file: string; folder: string };
  cleanup(): Promise<void>;
}

/** A fresh victim: an empty cache, no pull target yet, and a filled sentinel folder. */
export async function makeVictim(): Promise<Victim> {
  const root = await mkdtemp(join(tmpdir(), 'deltahub-hostile-'));
  const sentinel = join(root, 'sentinel');
  const targets = {
    bashrc: join(sentinel, '.bashrc'),
    file: join(sentinel, 'pwned'),
    folder: join(sentinel, 'victim'),
  };
  await mkdir(targets.folder, { recursive: true });
  await writeFile(targets.bashrc, 'export PATH=/usr/bin\n');
  await writeFile(targets.file, 'precious\n');
  await writeFile(join(targets.folder, 'notes.txt'), 'keep me\n');
  const cache = join(root, 'cache');
  await mkdir(cache);
  return {
    root,
    cache,
    pulled: join(root, 'pulled'),
    sentinel,
    targets,
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}

/** sha256 over the sorted entries of a folder: relative path, kind, and a file's bytes. */
export async function treeDigest(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const rows = entries.map((e) => ({ path: relative(dir, join(e.parentPath, e.name)), entry: e }));
  rows.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const { path, entry } of rows) {
    hash.update(`${path}\0${entry.isFile() ? 'f' : entry.isDirectory() ? 'd' : 'o'}\0`);
    if (entry.isFile()) hash.update(await readFile(join(dir, path)));
  }
  return hash.digest('hex');
}

/** Every path under `dir` (relative), or none when it does not exist. */
export async function listTree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.map((e) => relative(dir, join(e.parentPath, e.name))).sort();
}

/** Temporary or set-aside entries (`*.tmp`, `*.old`) a failed pull must not leave in the cache. */
export async function leftovers(cache: string): Promise<string[]> {
  return (await listTree(cache)).filter((p) => /\.(tmp|old)$/.test(p));
}

/** Cached blobs (`blobs/sha256/<2>/<64>`). */
export async function cachedBlobs(cache: string): Promise<string[]> {
  return (await listTree(join(cache, 'blobs'))).filter((p) => /[0-9a-f]{64}$/.test(p));
}

/** Cached snapshot folders (`snapshots/<owner>/<name>/<id>`). */
export async function cachedSnapshots(cache: string): Promise<string[]> {
  return (await listTree(join(cache, 'snapshots'))).filter((p) => p.split('/').length === 3);
}
