import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, makeDelta, sha256, storedDigests } from '@deltahub/testing';
import { collectGarbage } from '../gc/gc.js';
import { startTestHub, type TestHub } from '../test-support/hub.js';

describe('commitRevision when GC collects a blob during the push', () => {
  let hub: TestHub;
  let alice: ApiClient;

  beforeAll(async () => {
    hub = await startTestHub({ db: 'sqlite', storage: 'fs' });
    alice = new ApiClient(hub.url, await hub.user('alice'));
    expect((await alice.json('POST', '/api/repos', { name: 'r' })).status).toBe(201);
  });
  afterAll(async () => hub?.stop());

  it('fails the commit with missing_blob, writing nothing; the push succeeds once uploaded again', async () => {
    const files = makeDelta(1);
    const list = Object.entries(files).map(([path, bytes]) => ({
      path,
      sha256: sha256(bytes),
      size: bytes.length,
    }));
    for (const bytes of Object.values(files)) expect((await alice.upload('alice/r', bytes)).status).toBe(201);

    // GC runs (grace 0: the blobs are not referenced yet) after the commit has found and read its
    // blobs and before its transaction touches them: the window the in-transaction re-check is for.
    const { db, store, log } = hub.context;
    const transaction = db.$transaction.bind(db);
    let gcStarted = false; // GC's own transactions go straight through
    let collected: Awaited<ReturnType<typeof collectGarbage>> | undefined;
    db.$transaction = (async (...args: Parameters<typeof transaction>) => {
      if (!gcStarted) {
        gcStarted = true;
        collected = await collectGarbage(db, store, 0, log);
      }
      return transaction(...args);
    }) as typeof db.$transaction;
    let res;
    try {
      res = await alice.json('POST', '/api/repos/alice/r/commits/main', { files: list, parent: null });
    } finally {
      db.$transaction = transaction;
    }

    expect(collected?.deletedBlobs).toBe(list.length);
    expect([res.status, res.body.error.code]).toEqual([400, 'missing_blob']);
    expect(res.body.error.message).toMatch(/garbage-collected during the push/);
    expect(await db.revision.count()).toBe(0);
    expect(await db.ref.count()).toBe(0);
    expect(await db.blob.count()).toBe(0);
    expect(await storedDigests(store)).toEqual([]);

    const again = await alice.push('alice/r', files, { parent: null });
    expect(again.status).toBe(201);
    expect(again.uploadedBytes).toBe(list.reduce((sum, f) => sum + f.size, 0));
  });
});
