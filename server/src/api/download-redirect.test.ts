import { serializeSafetensors } from '@deltahub/core/safetensors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3BlobStore } from '../storage/s3-blob-store.js';
import { ApiClient, makeDelta, sha256, blobRefOf } from '@deltahub/testing';
import { startTestHub, type TestHub } from '../test-support/hub.js';

/** A delta whose weights file is over the 1 MiB redirect threshold. */
function largeDelta(seed: number): Record<string, Uint8Array> {
  const data = new Float32Array(300_000).map((_, i) => Math.sin(i * seed));
  return {
    ...makeDelta(seed),
    'delta.safetensors': serializeSafetensors({ w: { dtype: 'F32', shape: [data.length], data } }),
  };
}

describe('downloads redirected to presigned S3 URLs (DELTAHUB_S3_REDIRECT_DOWNLOADS)', () => {
  let hub: TestHub;
  let alice: ApiClient;
  let bob: ApiClient;
  const files = largeDelta(3);
  const big = files['delta.safetensors']!;
  const resolveUrl = (repo: string, path: string): string => `${hub.url}/${repo}/resolve/main/${path}`;

  beforeAll(async () => {
    hub = await startTestHub({ db: 'sqlite', storage: 's3' }, { DELTAHUB_S3_REDIRECT_DOWNLOADS: 'true' });
    alice = new ApiClient(hub.url, await hub.user('alice'));
    bob = new ApiClient(hub.url, await hub.user('bob'));
    for (const [name, isPrivate] of [
      ['open', false],
      ['secret', true],
    ] as const) {
      await alice.json('POST', '/api/repos', { name, private: isPrivate });
      expect((await alice.push(`alice/${name}`, files, { parent: null })).status).toBe(201);
    }
  });
  afterAll(async () => hub?.stop());

  it('answers a GET of a large file with a signed, uncached redirect that carries the hub headers', async () => {
    const res = await fetch(resolveUrl('alice/open', 'delta.safetensors'), { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('etag')).toBe(`"${sha256(big)}"`);
    expect(res.headers.get('x-repo-commit')).toMatch(/^[0-9a-f]{64}$/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const location = new URL(res.headers.get('location')!);
    expect(location.origin).not.toBe(new URL(hub.url).origin);
    expect(location.pathname).toMatch(new RegExp(`/blobs/sha256/[0-9a-f]{2}/${sha256(big)}/[A-Za-z0-9-]+$`));
    expect(location.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
    expect(location.searchParams.get('X-Amz-Expires')).toBe('300');
  });

  it('gives the same bytes and ranges as the hub itself would, following the redirect', async () => {
    const whole = await fetch(resolveUrl('alice/open', 'delta.safetensors'));
    expect(whole.status).toBe(200);
    expect(whole.redirected).toBe(true);
    expect(sha256(new Uint8Array(await whole.arrayBuffer()))).toBe(sha256(big));
    const part = await fetch(resolveUrl('alice/open', 'delta.safetensors'), {
      headers: { range: 'bytes=100-199' },
    });
    expect(part.status).toBe(206);
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(big.subarray(100, 200));
  });

  it('serves small files, HEAD and 304 from the hub without a redirect', async () => {
    const config = await fetch(resolveUrl('alice/open', 'delta_config.json'), { redirect: 'manual' });
    expect(config.status).toBe(200);
    expect(new Uint8Array(await config.arrayBuffer())).toEqual(files['delta_config.json']);
    const head = await fetch(resolveUrl('alice/open', 'delta.safetensors'), {
      method: 'HEAD',
      redirect: 'manual',
    });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(big.length));
    const unchanged = await fetch(resolveUrl('alice/open', 'delta.safetensors'), {
      redirect: 'manual',
      headers: { 'if-none-match': `"${sha256(big)}"` },
    });
    expect(unchanged.status).toBe(304);
  });

  it('checks access before redirecting: a private file is 404 to others, and its URL works for the owner', async () => {
    const url = resolveUrl('alice/secret', 'delta.safetensors');
    const anonymous = await fetch(url, { redirect: 'manual' });
    expect(anonymous.status).toBe(404);
    expect(anonymous.headers.get('location')).toBeNull();
    const stranger = await fetch(url, { redirect: 'manual', headers: bob.headers() });
    expect(stranger.status).toBe(404);
    // Followed with the owner's token: fetch drops Authorization on the cross-origin hop, which
    // S3 would refuse next to the URL's own signature.
    const owner = await fetch(url, { headers: alice.headers() });
    expect(owner.status).toBe(200);
    expect(owner.redirected).toBe(true);
    expect(sha256(new Uint8Array(await owner.arrayBuffer()))).toBe(sha256(big));
  });

  it('signs URLs for DELTAHUB_S3_PUBLIC_ENDPOINT when clients reach S3 at another address than the hub', async () => {
    const { config } = hub.context;
    if (config.storage.kind !== 's3') throw new Error('this suite runs on S3');
    const signing = new S3BlobStore({ ...config.storage.s3, publicEndpoint: 'https://blobs.example.org' });
    const proxying = new S3BlobStore({ ...config.storage.s3, redirectDownloads: false });
    try {
      const blob = await blobRefOf(hub, sha256(big));
      const url = new URL((await signing.downloadUrl(blob))!);
      expect(url.origin).toBe('https://blobs.example.org');
      expect(url.pathname).toBe(`/deltahub-test/hub/${blob.objectKey}`);
      expect(url.searchParams.get('X-Amz-Credential')).toMatch(/^S3RVER\//);
      expect(await proxying.downloadUrl(blob)).toBeUndefined();
    } finally {
      await Promise.all([signing.close(), proxying.close()]);
    }
  });
});
