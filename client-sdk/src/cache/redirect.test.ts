import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HubClient } from '../hub/client.js';
import { pushFolder } from '../hub/push.js';
import { parseRepoId } from '../hub/repo-id.js';
import { startTestHub, type TestHub } from '@deltahub/testing/hub';
import { saveTinyDelta, tempFolder } from '../test-support/tiny.js';
import { snapshotFromHub } from './resolve.js';

// A hub on S3 that redirects downloads of large files to presigned URLs: pulls follow the
// redirect to the store, with the same integrity checks, for public and private deltas.
let hub: TestHub;
let token: string;
let root: { dir: string; cleanup: () => Promise<void> };
// Over the hub's 1 MiB redirect threshold.
const large = randomBytes(3 * 1024 * 1024);

beforeAll(async () => {
  hub = await startTestHub({
    variant: { db: 'sqlite', storage: 's3' },
    env: { DELTAHUB_S3_REDIRECT_DOWNLOADS: 'true' },
  });
  token = await hub.user('erin');
  root = await tempFolder();
  const dir = join(root.dir, 'delta');
  await saveTinyDelta(dir, 'lora');
  await writeFile(join(dir, 'training_state.bin'), large);
  const client = new HubClient({ hubUrl: hub.url, token });
  await pushFolder(client, parseRepoId('erin/open'), dir);
  await pushFolder(client, parseRepoId('erin/secret'), dir, { private: true });
}, 60_000);

afterAll(async () => {
  await hub?.stop();
  await root?.cleanup();
});

describe('pulling from a hub that redirects large files to S3', () => {
  it('the hub redirects the large file and serves the small ones itself', async () => {
    const at = (path: string): Promise<Response> =>
      fetch(`${hub.url}/erin/open/resolve/main/${path}`, { redirect: 'manual' });
    expect((await at('training_state.bin')).status).toBe(302);
    expect((await at('delta_config.json')).status).toBe(200);
  });

  it.each(['erin/open', 'erin/secret'])('pulls %s whole and verified through the redirect', async (repo) => {
    const snapshot = await snapshotFromHub(repo, {
      hubUrl: hub.url,
      token,
      cacheDir: join(root.dir, `cache-${repo.replace('/', '-')}`),
    });
    expect(snapshot.downloadedBytes).toBe(snapshot.files.reduce((n, f) => n + f.size, 0));
    // Buffer.equals: a deep toEqual over 3 MiB takes seconds.
    expect((await readFile(join(snapshot.dir, 'training_state.bin'))).equals(large)).toBe(true);
    const config = JSON.parse(await readFile(join(snapshot.dir, 'delta_config.json'), 'utf8'));
    expect(config.deltaType).toBe('lora');
  });
});
