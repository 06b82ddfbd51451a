import { randomBytes, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectGarbage } from '../gc/gc.js';
import { createLogger } from '../log.js';
import { digestInKey } from '../storage/blob-store.js';
import {
  ApiClient,
  makeDelta,
  sha256,
  blobRefOf,
  isStored,
  storedDigests,
  hubVariants,
} from '@deltahub/testing';
import { startTestHub, type TestHub } from '../test-support/hub.js';

describe.each(await hubVariants())('concurrency and GC on $db + $storage', (variant) => {
  let hub: TestHub;
  let alice: ApiClient;
  const log = createLogger('silent');

  beforeAll(async () => {
    // One user pushes 20 deltas at once here: above the default per-user upload limit.
    hub = await startTestHub(variant, { DELTAHUB_MAX_CONCURRENT_UPLOADS: '100' });
    alice = new ApiClient(hub.url, await hub.user('alice'));
    await alice.json('POST', '/api/repos', { name: 'busy' });
  });
  afterAll(async () => hub?.stop());

  it('20 concurrent pushes to one branch from one parent: exactly one wins, the rest get 409', async () => {
    const first = await alice.push('alice/busy', makeDelta(100), { parent: null });
    expect(first.status).toBe(201);
    const parent = first.body.revision as string;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        alice.push('alice/busy', makeDelta(i + 1), { parent, message: `push ${i}` }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const winner = results.find((r) => r.status === 201)!.body.revision as string;
    const info = await alice.json('GET', '/api/repos/alice/busy');
    expect(info.body.head.id).toBe(winner);
    expect(info.body.head.parent).toBe(parent);
    expect(info.body.counts.revisions).toBe(2);
    // Nothing lost: the winner's files are all downloadable.
    for (const f of info.body.head.files as { path: string; sha256: string }[]) {
      const res = await fetch(`${hub.url}/alice/busy/resolve/${winner}/${f.path}`);
      expect(sha256(new Uint8Array(await res.arrayBuffer()))).toBe(f.sha256);
    }
  });

  it('stores identical blobs pushed in parallel once', async () => {
    const bytes = randomBytes(200_000);
    const digest = sha256(bytes);
    const results = await Promise.all(Array.from({ length: 10 }, () => alice.upload('alice/busy', bytes)));
    for (const r of results) expect([200, 201]).toContain(r.status);
    expect(await hub.context.db.blob.count({ where: { sha256: digest } })).toBe(1);
    expect((await storedDigests(hub.context.store)).filter((d) => d === digest)).toHaveLength(1);
  });

  it('an upload cut short keeps nothing: at once where the store can tell, else once GC has run', async () => {
    const bytes = randomBytes(50_000);
    const digest = sha256(bytes);
    // Sent chunked, so the hub streams it (with a Content-Length, it refuses the mismatch at once).
    const res = await fetch(`${hub.url}/api/repos/alice/busy/blobs/${digest}?size=${bytes.length + 1}`, {
      method: 'PUT',
      headers: alice.headers(),
      body: Readable.toWeb(Readable.from([bytes])),
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(400);
    expect(await hub.context.db.blob.findUnique({ where: { sha256: digest } })).toBeNull();
    // An S3 PUT cut mid-body may still be written after the store's delete (s3rver does): the
    // upload's record stays for GC. The filesystem store removes its file for certain.
    const pending = await hub.context.db.upload.count({ where: { sha256: digest } });
    expect(pending).toBe(variant.storage === 's3' ? 1 : 0);
    await collectGarbage(hub.context.db, hub.context.store, 0, log);
    expect(await hub.context.db.upload.count({ where: { sha256: digest } })).toBe(0);
    expect(await isStored(hub, digest)).toBe(false);
  });

  it('a blob uploaded again while GC removes it stays stored where the index says', async () => {
    const bytes = randomBytes(20_000);
    const digest = sha256(bytes);
    expect((await alice.upload('alice/busy', bytes)).status).toBe(201);
    // GC has deleted the unreferenced blob's row and is about to delete its object: the worst
    // moment for the same bytes to arrive again, as a new upload (there is no row to reuse).
    const { store } = hub.context;
    let reuploaded = 0;
    const racing = new Proxy(store, {
      get: (target, prop, receiver) =>
        prop === 'deleteObject'
          ? async (key: string) => {
              if (digestInKey(key) === digest && reuploaded++ === 0)
                expect((await alice.upload('alice/busy', bytes)).status).toBe(201);
              await target.deleteObject(key);
            }
          : Reflect.get(target, prop, receiver),
    });
    const report = await collectGarbage(hub.context.db, racing, 0, log);
    expect(reuploaded).toBe(1);
    expect(report.deletedBlobs).toBeGreaterThanOrEqual(1);
    const ref = await blobRefOf(hub, digest);
    expect(ref.objectKey).not.toBeNull();
    expect((await buffer(await store.get(ref))).equals(bytes)).toBe(true);
  });

  it('GC removes orphans of a crash between upload and commit, and keeps referenced blobs', async () => {
    // Crash after the upload, before the commit: a verified blob nobody references.
    const orphan = randomBytes(5000);
    expect((await alice.upload('alice/busy', orphan)).status).toBe(201);
    // Crash mid-upload, after the store verified the bytes but before the Blob row: only the
    // Upload row tells.
    const half = randomBytes(3000);
    const halfDigest = sha256(half);
    const id = randomUUID();
    const tempKey = hub.context.store.uploadKey(id, halfDigest);
    await hub.context.db.upload.create({ data: { id, sha256: halfDigest, tempKey } });
    await hub.context.store.put(tempKey, Readable.from([half]), {
      sha256: halfDigest,
      size: half.length,
      maxBytes: 1e9,
    });
    expect(await isStored(hub, halfDigest)).toBe(true);

    // Within the grace period nothing goes.
    const early = await collectGarbage(hub.context.db, hub.context.store, 3_600_000, log);
    expect(early).toEqual({ abandonedUploads: 0, deletedBlobs: 0, deletedBytes: 0, deletedGrants: 0 });
    expect(await isStored(hub, sha256(orphan))).toBe(true);

    const report = await collectGarbage(hub.context.db, hub.context.store, 0, log);
    expect(report.deletedBlobs).toBeGreaterThanOrEqual(1);
    expect(report.abandonedUploads).toBe(1);
    expect(await isStored(hub, sha256(orphan))).toBe(false);
    expect(await isStored(hub, halfDigest)).toBe(false);
    expect(await hub.context.db.blob.findUnique({ where: { sha256: sha256(orphan) } })).toBeNull();

    // The index never points at a missing blob.
    const referenced = await hub.context.db.revisionFile.findMany({
      select: { sha256: true },
      distinct: ['sha256'],
    });
    for (const { sha256: d } of referenced)
      expect(await hub.context.store.stat(await blobRefOf(hub, d)), d).not.toBeNull();
  });
});
