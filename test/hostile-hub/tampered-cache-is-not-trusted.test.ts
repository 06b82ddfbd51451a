import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { AutoModel, snapshotFromHub, snapshotPretrained, type HubClientError } from 'deltahub';
import { COMMIT_ID, REVISION_ID } from './hostile-hub.js';
import { BACKBONE_REPO, DELTA_REPO, TOKEN } from './pullers.js';
import { useHostileHub } from './suite.js';
import { leftovers, treeDigest, type Victim } from './victim.js';

// A cache written by another client, or tampered with, is validated like a hub's answer: a revision
// entry naming a path out of the cache is not trusted (a miss offline, fetched again online) and
// nothing outside the cache is touched.
const suite = useHostileHub();
let v: Victim;

beforeAll(async () => {
  v = await suite.victim();
});

/** Adds a file whose path climbs to the sentinel to a cached revision entry (its digest is cached). */
async function tamper(entry: string): Promise<void> {
  const revision = JSON.parse(await readFile(entry, 'utf8')) as { files: { path: string }[] };
  const [first] = revision.files;
  revision.files.push({ ...first, path: '../../../../../sentinel/pwned' });
  await writeFile(entry, JSON.stringify(revision));
}

describe('a tampered cache entry', () => {
  it('of a delta revision is a miss offline and fetched again online', async () => {
    const options = { hubUrl: suite.hub.url, token: TOKEN, cacheDir: v.cache };
    const { dir } = await snapshotFromHub(DELTA_REPO, options);
    await tamper(join(v.cache, 'repos', 'mallory', 'delta', 'revisions', `${REVISION_ID}.json`));
    await rm(dir, { recursive: true });
    const before = await treeDigest(v.sentinel);

    const offline = await snapshotFromHub(DELTA_REPO, { ...options, offline: true }).catch((e: unknown) => e);
    expect((offline as HubClientError).code).toBe('HUB_OFFLINE_MISS');
    expect(await treeDigest(v.sentinel)).toBe(before);

    const online = await snapshotFromHub(`${DELTA_REPO}@${REVISION_ID}`, options);
    expect(online.files.map((f) => f.path)).not.toContain('../../../../../sentinel/pwned');
    expect(await treeDigest(v.sentinel)).toBe(before);
    expect(await leftovers(v.cache)).toEqual([]);
  });

  it('of a backbone snapshot is a miss offline', async () => {
    const options = { hubUrl: suite.hub.url, token: TOKEN, cacheDir: v.cache };
    const { dir } = await snapshotPretrained(BACKBONE_REPO, options);
    await tamper(join(v.cache, 'repos', 'mallory', 'backbone', 'revisions', `${COMMIT_ID}-pretrained.json`));
    await rm(dir, { recursive: true });
    const before = await treeDigest(v.sentinel);

    vi.stubEnv('DELTAHUB_OFFLINE', '1');
    try {
      const error = await AutoModel.fromPretrained(`${BACKBONE_REPO}@${COMMIT_ID}`, options).catch(
        (e: unknown) => e,
      );
      expect((error as HubClientError).code).toBe('HUB_OFFLINE_MISS');
    } finally {
      vi.stubEnv('DELTAHUB_OFFLINE', '');
    }
    expect(await treeDigest(v.sentinel)).toBe(before);
    expect(await leftovers(v.cache)).toEqual([]);
  });
});
