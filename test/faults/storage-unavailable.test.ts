import { randomBytes } from 'node:crypto';
import { blobRefOf, makeDelta, sha256, startS3, type ApiClient, type TestS3 } from '@deltahub/testing';
import { collectGarbage, type RunningHub } from '@deltahub/server';
import { serializeSafetensors } from '@deltahub/core/safetensors';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { indexState, type IndexState } from '../support/index-state.js';
import { startHubBehindRelay, type HubBehindRelay } from '../support/hub-behind-relay.js';
import { s3Env, type TestHub } from '@deltahub/testing/hub';
import type { TcpProxy } from '../support/tcp-proxy.js';

// The hub reaches s3rver through a relay the test cuts: S3 is unreachable, the hub's config unchanged.
describe('S3 unreachable during a push', () => {
  let s3: TestS3;
  let relay: HubBehindRelay;
  let proxy: TcpProxy;
  let hub: TestHub<RunningHub>;
  let alice: ApiClient;
  let head: string;

  beforeAll(async () => {
    s3 = await startS3();
    relay = await startHubBehindRelay(Number(new URL(s3.config.endpoint!).port), (port) =>
      s3Env(s3.config, port),
    );
    ({ proxy, hub, alice, head } = relay);
  });
  // A failed assertion must not leave S3 cut for the next test.
  afterEach(() => proxy.restore());

  /**
   * After an upload S3 failed: the index is as `before` but for the upload's record, kept because
   * the hub cannot tell whether the store got (or will still write) some of the bytes; GC then
   * removes whatever did land (nothing else is unreferenced here, so a zero grace period is safe).
   */
  async function expectOnlyRecordForGc(before: IndexState): Promise<void> {
    const { storedBlobs: _, ...rows } = await indexState(hub);
    expect(rows).toEqual({ ...before, storedBlobs: undefined, uploads: before.uploads + 1 });
    await collectGarbage(hub.context.db, hub.context.store, 0, hub.context.log);
    expect(await indexState(hub)).toEqual(before);
  }
  afterAll(async () => {
    await relay?.stop();
    await s3?.close();
  });

  it('answers an upload with 503 storage_unavailable, indexes nothing, and a retry succeeds', async () => {
    const files = makeDelta(2);
    const before = await indexState(hub);
    proxy.cut();
    const bytes = files['delta.safetensors']!;
    const refused = await alice.upload('alice/delta', bytes);
    expect(refused.status).toBe(503);
    expect(refused.body.error.code).toBe('storage_unavailable');
    expect(await hub.context.db.blob.findUnique({ where: { sha256: sha256(bytes) } })).toBeNull();
    proxy.restore();
    await expectOnlyRecordForGc(before);

    const retried = await alice.push('alice/delta', files, { parent: head });
    expect(retried.status, JSON.stringify(retried.body)).toBe(201);
    head = retried.body.revision as string;
  });

  it('answers a commit whose blobs it cannot read with 503, moves no branch, and a retry succeeds', async () => {
    // The hub validates from memory what lies within the first 256 KiB of a blob it has just
    // verified (storage/head-cache.ts); a safetensors header past that has to come from S3.
    const files = {
      ...makeDelta(3),
      'delta.safetensors': serializeSafetensors(
        { w: { dtype: 'F32', shape: [1], data: new Float32Array([3]) } },
        { padding: 'x'.repeat(300 * 1024) },
      ),
    };
    const list = Object.entries(files).map(([path, b]) => ({ path, sha256: sha256(b), size: b.length }));
    for (const b of Object.values(files))
      expect([200, 201]).toContain((await alice.upload('alice/delta', b)).status);
    const before = await indexState(hub);
    proxy.cut();
    const commit = { files: list, message: 'while S3 is away', parent: head };
    const refused = await alice.json('POST', '/api/repos/alice/delta/commits/main', commit);
    expect(refused.status).toBe(503);
    expect(refused.body.error.code).toBe('storage_unavailable');
    proxy.restore();
    expect(await indexState(hub)).toEqual(before);

    const retried = await alice.json('POST', '/api/repos/alice/delta/commits/main', commit);
    expect(retried.status, JSON.stringify(retried.body)).toBe(201);
    head = retried.body.revision as string;
  });

  it('cut mid-stream: the upload fails, nothing is indexed, and a retry stores the blob', async () => {
    const bytes = randomBytes(6 * 1024 * 1024);
    const digest = sha256(bytes);
    const before = await indexState(hub);
    let sent = 0;
    let cut = false;
    const chunk = 256 * 1024;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (sent >= bytes.length) return controller.close();
        // Cut S3 once, when a third of the body is through the hub.
        if (sent >= bytes.length / 3 && !cut) {
          cut = true;
          proxy.cut();
        }
        controller.enqueue(bytes.subarray(sent, sent + chunk));
        sent += chunk;
        await new Promise((resolve) => setTimeout(resolve, 5));
      },
    });
    const res = await fetch(`${hub.url}/api/repos/alice/delta/blobs/${digest}?size=${bytes.length}`, {
      method: 'PUT',
      headers: alice.headers(),
      body,
      duplex: 'half',
    } as RequestInit).catch((err: unknown) => err);
    // The 503 arrives, or the hub closed the socket while the client was still sending.
    if (res instanceof Response) {
      expect(res.status).toBe(503);
      expect(res.headers.get('x-error-code')).toBe('storage_unavailable');
    }
    proxy.restore();
    expect(await hub.context.db.blob.findUnique({ where: { sha256: digest } })).toBeNull();
    await expectOnlyRecordForGc(before);

    const retried = await alice.upload('alice/delta', bytes);
    expect(retried.status, JSON.stringify(retried.body)).toBe(201);
    expect(await hub.context.store.stat(await blobRefOf(hub, digest))).toEqual({ size: bytes.length });
  });
});
