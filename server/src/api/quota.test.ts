import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectGarbage } from '../gc/gc.js';
import { createLogger } from '../log.js';
import { setQuota, storageUse } from '../quota/quota.js';
import { ApiClient, makeDelta, sha256, type Json, isStored, hubVariants } from '@deltahub/testing';
import { startTestHub, type TestHub } from '../test-support/hub.js';

const log = createLogger('silent');
const MAX_UPLOADS = 2;

/** An upload whose body stays open until `finish` sends the rest. */
interface OpenUpload {
  response: Promise<Response>;
  finish(): Promise<Response>;
  abort(): void;
}

describe.each(await hubVariants())('quotas, upload limits and GC max age on $db + $storage', (variant) => {
  let hub: TestHub;

  /** A fresh user with its own repo `<name>/q` and, when given, a quota. */
  async function tenant(
    name: string,
    quotaBytes?: number,
  ): Promise<{ client: ApiClient; token: string; id: string }> {
    const token = await hub.user(name);
    const client = new ApiClient(hub.url, token);
    expect((await client.json('POST', '/api/repos', { name: 'q' })).status).toBe(201);
    if (quotaBytes !== undefined) await setQuota(hub.context.db, hub.context.config, name, quotaBytes);
    const { id } = await hub.context.db.account.findUniqueOrThrow({ where: { name } });
    return { client, token, id };
  }

  /** PUTs `bytes` as `digest` with `?size=` and a body streamed in two parts, the second on `finish`. */
  function openUpload(token: string, repo: string, bytes: Uint8Array, digest = sha256(bytes)): OpenUpload {
    let send!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        send = controller;
        controller.enqueue(bytes.subarray(0, 1));
      },
    });
    const abort = new AbortController();
    const response = fetch(`${hub.url}/api/repos/${repo}/blobs/${digest}?size=${bytes.length}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}` },
      body,
      duplex: 'half',
      signal: abort.signal,
    } as RequestInit);
    return {
      response,
      finish() {
        send.enqueue(bytes.subarray(1));
        send.close();
        return response;
      },
      abort: () => abort.abort(),
    };
  }

  const errorOf = async (res: Response): Promise<Json> => ((await res.json()) as Json).error;

  beforeAll(async () => {
    hub = await startTestHub(variant, {
      DELTAHUB_MAX_CONCURRENT_UPLOADS: String(MAX_UPLOADS),
      DELTAHUB_DEFAULT_QUOTA_BYTES: '0',
      DELTAHUB_AUTH_RATE_LIMIT: '10000',
      DELTAHUB_WRITE_RATE_LIMIT: '10000',
    });
  });
  afterAll(async () => hub?.stop());

  it('refuses at preupload a push that cannot fit, saying the quota and the usage', async () => {
    const { client } = await tenant('pre', 1000);
    expect((await client.upload('pre/q', randomBytes(300))).status).toBe(201);
    const res = await client.json('POST', '/api/repos/pre/q/preupload', {
      files: [{ path: 'big.bin', sha256: sha256(randomBytes(8)), size: 701 }],
    });
    expect([res.status, res.body.error.code]).toEqual([413, 'quota_exceeded']);
    expect(res.body.error.message).toMatch(/uses 300 of its 1000 bytes, and this needs 701 more/);
  });

  it('refuses a declared-size upload over the quota before reading its body', async () => {
    const { token, id } = await tenant('declared', 100);
    const upload = openUpload(token, 'declared/q', randomBytes(101));
    // The body is still open: only an answer given before streaming can arrive now.
    const res = await upload.response;
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe('quota_exceeded');
    upload.abort();
    expect(await hub.context.db.upload.count()).toBe(0);
    expect(await hub.context.db.blobGrant.count({ where: { accountId: id } })).toBe(0);
  });

  it('refuses an upload without a size once verified over the quota, and keeps none of it', async () => {
    const { token, id } = await tenant('chunked', 100);
    const bytes = randomBytes(150);
    const digest = sha256(bytes);
    const res = await fetch(`${hub.url}/api/repos/chunked/q/blobs/${digest}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}` },
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(bytes);
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect((await errorOf(res)).message).toMatch(/uses 0 of its 100 bytes, and this needs 150 more/);
    expect(await hub.context.db.blob.findUnique({ where: { sha256: digest } })).toBeNull();
    expect(await isStored(hub, digest)).toBe(false);
    expect(await hub.context.db.blobGrant.count({ where: { accountId: id } })).toBe(0);
    expect(await hub.context.db.upload.count()).toBe(0);
  });

  it('counts verified bytes once per namespace, and refuses in the LFS batch per object', async () => {
    const { client, token, id } = await tenant('lfs', 1000);
    const bytes = randomBytes(400);
    expect((await client.upload('lfs/q', bytes)).status).toBe(201);
    expect((await client.upload('lfs/q', bytes)).status).toBe(200); // already held: not counted twice
    expect(await storageUse(hub.context.db, hub.context.config, id)).toEqual({
      usedBytes: 400,
      quotaBytes: 1000,
    });
    const res = await fetch(`${hub.url}/lfs/q.git/info/lfs/objects/batch`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/vnd.git-lfs+json' },
      body: JSON.stringify({
        operation: 'upload',
        objects: [
          { oid: sha256(randomBytes(8)), size: 500 },
          { oid: sha256(randomBytes(8)), size: 200 },
        ],
      }),
    });
    const objects = ((await res.json()) as Json).objects as Json[];
    expect(objects[0].actions.upload.href).toBeDefined();
    expect(objects[1].actions).toBeUndefined();
    expect(objects[1].error.code).toBe(413);
    expect(objects[1].error.message).toMatch(/uses 400 of its 1000 bytes, and this needs 700 more/);
  });

  it('refuses inline files of an NDJSON commit over the quota', async () => {
    const { token } = await tenant('inline', 10);
    const res = await fetch(`${hub.url}/api/models/inline/q/commit/main`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-ndjson' },
      body: [
        { key: 'header', value: { summary: 's' } },
        { key: 'file', value: { path: 'a.txt', content: 'x'.repeat(11) } },
      ]
        .map((l) => JSON.stringify(l))
        .join('\n'),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as Json).code).toBe('quota_exceeded');
  });

  it(`allows ${MAX_UPLOADS} concurrent uploads per user, then answers 429 with Retry-After`, async () => {
    const { token } = await tenant('busy');
    const open = [0, 1].map(() => openUpload(token, 'busy/q', randomBytes(64)));
    // Both uploads are streaming once their Upload rows exist.
    for (let i = 0; i < 200 && (await hub.context.db.upload.count()) < MAX_UPLOADS; i++)
      await new Promise((resolve) => setTimeout(resolve, 10));
    const third = await new ApiClient(hub.url, token).upload('busy/q', randomBytes(64));
    expect([third.status, third.body.error.code]).toEqual([429, 'too_many_uploads']);
    const again = await fetch(`${hub.url}/api/repos/busy/q/blobs/${'0'.repeat(64)}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}` },
      body: 'x',
    });
    expect(again.headers.get('retry-after')).toBe('1');
    // Another user is not affected.
    const other = await tenant('calm');
    expect((await other.client.upload('calm/q', randomBytes(64))).status).toBe(201);
    for (const upload of open) expect((await upload.finish()).status).toBe(201);
    expect((await new ApiClient(hub.url, token).upload('busy/q', randomBytes(64))).status).toBe(201);
  });

  it('collects unreferenced blobs past the maximum age even when announced since, and their grants', async () => {
    const { client, id } = await tenant('old');
    const abandoned = randomBytes(128);
    const digest = sha256(abandoned);
    expect((await client.upload('old/q', abandoned)).status).toBe(201);
    const delta = makeDelta(9);
    expect((await client.push('old/q', delta, { parent: null })).status).toBe(201);
    const kept = sha256(delta['delta.safetensors']!);
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
    await hub.context.db.blob.updateMany({
      where: { sha256: { in: [digest, kept] } },
      data: { createdAt: twoDaysAgo },
    });
    await hub.context.db.blobGrant.updateMany({ where: { accountId: id }, data: { createdAt: twoDaysAgo } });
    // Announcing touches the blob: before max age existed, this kept it alive forever.
    const pre = await client.json('POST', '/api/repos/old/q/preupload', {
      files: [{ path: 'x.bin', sha256: digest, size: abandoned.length }],
    });
    expect(pre.body.missing).toEqual([]);

    const report = await collectGarbage(hub.context.db, hub.context.store, 3_600_000, log, 86_400_000);
    expect(report.deletedBlobs).toBeGreaterThanOrEqual(1);
    expect(await hub.context.db.blob.findUnique({ where: { sha256: digest } })).toBeNull();
    expect(await isStored(hub, digest)).toBe(false);
    expect(
      await hub.context.db.blobGrant.findUnique({
        where: { accountId_sha256: { accountId: id, sha256: digest } },
      }),
    ).toBeNull();
    // What a revision references stays, with its grant.
    expect(await hub.context.db.blob.findUnique({ where: { sha256: kept } })).not.toBeNull();
    expect(
      await hub.context.db.blobGrant.findUnique({
        where: { accountId_sha256: { accountId: id, sha256: kept } },
      }),
    ).not.toBeNull();
    const use = await storageUse(hub.context.db, hub.context.config, id);
    expect(use.usedBytes).toBe(Object.values(delta).reduce((sum, b) => sum + b.length, 0));
  });
});
