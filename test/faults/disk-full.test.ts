import type { RunningHub } from '@deltahub/server';
import { randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiClient, isStored, makeDelta, sha256 } from '@deltahub/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexState } from '../support/index-state.js';
import { startTestHub, type TestHub } from '@deltahub/testing/hub';
import { mountTmpfs, tinyTmpfsAvailable, type Tmpfs } from '../support/tmpfs.js';

// The filesystem blob store on a 1 MiB tmpfs (the index stays on the normal disk).
describe.runIf(await tinyTmpfsAvailable())('disk full on the filesystem store', () => {
  let disk: Tmpfs;
  let hub: TestHub<RunningHub>;
  let alice: ApiClient;

  beforeAll(async () => {
    disk = await mountTmpfs('1m');
    hub = await startTestHub<RunningHub>({ env: { DELTAHUB_FS_ROOT: disk.path } });
    alice = new ApiClient(hub.url, await hub.user('alice'));
    expect((await alice.json('POST', '/api/repos', { name: 'delta' })).status).toBe(201);
  });
  afterAll(async () => {
    await hub?.stop();
    await disk?.unmount();
  });

  it('answers 507 insufficient_storage, keeps no partial file and records nothing', async () => {
    const before = await indexState(hub);
    const bytes = randomBytes(2 * 1024 * 1024);
    const res = await alice.upload('alice/delta', bytes);
    expect(res.status).toBe(507);
    expect(res.body.error).toMatchObject({
      code: 'insufficient_storage',
      message: expect.stringMatching(/space/),
    });
    expect(await readdir(join(disk.path, 'uploads'))).toEqual([]);
    expect(await isStored(hub, sha256(bytes))).toBe(false);
    expect(await indexState(hub)).toEqual(before);
  });

  it('still takes a push that fits once the failed upload is gone', async () => {
    const pushed = await alice.push('alice/delta', makeDelta(1), { parent: null });
    expect(pushed.status, JSON.stringify(pushed.body)).toBe(201);
  });
});
