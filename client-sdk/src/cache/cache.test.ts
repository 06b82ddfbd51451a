import { execFile } from 'node:child_process';
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HubClient } from '../hub/client.js';
import { pushFolder, type TransferProgress } from '../hub/push.js';
import { parseRepoId } from '../hub/repo-id.js';
import { startTestHub, type TestHub } from '@deltahub/testing/hub';
import { saveTinyDelta, tempFolder } from '../test-support/tiny.js';
import { DeltaCache } from './cache.js';
import { snapshotFromHub } from './resolve.js';

const run = promisify(execFile);

let hub: TestHub;
let token: string;
let root: { dir: string; cleanup: () => Promise<void> };

beforeAll(async () => {
  hub = await startTestHub();
  token = await hub.user('dave');
  root = await tempFolder();
  const dir = join(root.dir, 'delta');
  await saveTinyDelta(dir, 'bitfit');
  await pushFolder(new HubClient({ hubUrl: hub.url, token }), parseRepoId('dave/bitfit'), dir);
}, 60_000);

afterAll(async () => {
  await hub?.stop();
  await root?.cleanup();
});

describe('cache', () => {
  it('concurrent pulls of the same delta (in-process and across processes) never corrupt it', async () => {
    const cacheDir = join(root.dir, 'shared-cache');
    const script = `
      import { snapshotFromHub } from ${JSON.stringify(new URL('./resolve.ts', import.meta.url).href)};
      const s = await snapshotFromHub('dave/bitfit', { hubUrl: process.env.URL, cacheDir: process.env.CACHE });
      process.stdout.write(s.dir);`;
    const child = () =>
      run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        env: { ...process.env, URL: hub.url, CACHE: cacheDir },
        timeout: 60_000,
      });
    const results = await Promise.all([
      child(),
      child(),
      ...Array.from({ length: 4 }, () =>
        snapshotFromHub('dave/bitfit', { hubUrl: hub.url, token, cacheDir }),
      ),
    ]);
    const dirs = new Set(results.map((r) => ('stdout' in r ? r.stdout : r.dir)));
    expect(dirs.size).toBe(1);
    const snapshot = await snapshotFromHub('dave/bitfit', { hubUrl: hub.url, cacheDir });
    expect(snapshot.downloadedBytes).toBe(0);
    const cache = new DeltaCache(cacheDir);
    expect(await cache.validSnapshot(snapshot.repo, { id: snapshot.revision, files: snapshot.files })).toBe(
      snapshot.dir,
    );
    // No temporary files left behind.
    const leftovers = async (dir: string): Promise<string[]> =>
      (await readdir(dir, { recursive: true })).filter((name) => /\.tmp$|\.old$/.test(name));
    expect(await leftovers(cacheDir)).toEqual([]);
  }, 90_000);

  it('a cold pull downloads every file (at the same time) and counts each byte once', async () => {
    const cacheDir = join(root.dir, 'progress-cache');
    const events: TransferProgress[] = [];
    const snapshot = await snapshotFromHub('dave/bitfit', {
      hubUrl: hub.url,
      cacheDir,
      onProgress: (p) => events.push(p),
    });
    const total = snapshot.files.reduce((n, f) => n + f.size, 0);
    expect(snapshot.downloadedBytes).toBe(total);
    expect(events.at(-1)).toEqual({ phase: 'done', bytes: total, totalBytes: total });
    expect(new Set(events.filter((e) => e.phase === 'download').map((e) => e.file))).toEqual(
      new Set(snapshot.files.map((f) => f.path)),
    );
    expect(events.every((e) => e.bytes <= total)).toBe(true);
  });

  it('a warm pull of a branch leaves the unchanged revision and ref entries alone', async () => {
    const cacheDir = join(root.dir, 'warm-cache');
    const first = await snapshotFromHub('dave/bitfit', { hubUrl: hub.url, cacheDir });
    const entries = [
      join(cacheDir, 'repos', 'dave', 'bitfit', 'refs', 'main'),
      join(cacheDir, 'repos', 'dave', 'bitfit', 'revisions', `${first.revision}.json`),
    ];
    // Every write renames a new file into place: an unchanged inode means no rewrite.
    const inodes = async (): Promise<number[]> => Promise.all(entries.map(async (p) => (await stat(p)).ino));
    const before = await inodes();
    const warm = await snapshotFromHub('dave/bitfit', { hubUrl: hub.url, cacheDir });
    expect(warm).toMatchObject({ revision: first.revision, dir: first.dir, downloadedBytes: 0 });
    expect(await inodes()).toEqual(before);
  });

  it('a deleted snapshot file is rebuilt from the blobs without downloading', async () => {
    const cacheDir = join(root.dir, 'rebuild-cache');
    const first = await snapshotFromHub('dave/bitfit', { hubUrl: hub.url, cacheDir });
    await rm(join(first.dir, 'README.md'));
    const again = await snapshotFromHub('dave/bitfit', { hubUrl: hub.url, cacheDir });
    expect(again.downloadedBytes).toBe(0);
    expect((await readdir(again.dir)).sort()).toEqual([
      'README.md',
      'delta.safetensors',
      'delta_config.json',
    ]);
  });
});
