import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, makeDelta, sha256, hubVariants } from '@deltahub/testing';
import { startTestHub, type TestHub } from '../test-support/hub.js';

describe.each(await hubVariants())('push protocol on $db + $storage', (variant) => {
  let hub: TestHub;
  let alice: ApiClient;

  beforeAll(async () => {
    hub = await startTestHub(variant);
    alice = new ApiClient(hub.url, await hub.user('alice'));
    expect((await alice.json('POST', '/api/repos', { name: 'lora-sst2' })).status).toBe(201);
  });
  afterAll(async () => hub?.stop());

  it('pushes a delta, then serves it by branch and by revision', async () => {
    const files = makeDelta(1);
    const first = await alice.push('alice/lora-sst2', files, { parent: null, message: 'first' });
    expect(first.status).toBe(201);
    expect(first.body.revision).toMatch(/^[0-9a-f]{64}$/);
    expect(first.uploadedBytes).toBeGreaterThan(0);

    const info = await alice.json('GET', '/api/repos/alice/lora-sst2');
    expect(info.status).toBe(200);
    expect(info.body.head.id).toBe(first.body.revision);
    expect(info.body.head.deltaType).toBe('lora');
    expect(info.body.head.tags).toEqual(['sst2', 'demo']);
    expect(info.body.head.files.map((f: { path: string }) => f.path)).toEqual([
      'README.md',
      'delta.safetensors',
      'delta_config.json',
    ]);

    const byRef = await fetch(`${hub.url}/alice/lora-sst2/resolve/main/delta.safetensors`);
    expect(byRef.status).toBe(200);
    expect(new Uint8Array(await byRef.arrayBuffer())).toEqual(files['delta.safetensors']);
    expect(byRef.headers.get('etag')).toBe(`"${sha256(files['delta.safetensors']!)}"`);
    expect(byRef.headers.get('cache-control')).toContain('no-cache');
    expect(byRef.headers.get('x-repo-commit')).toBe(first.body.revision);

    const byRev = await fetch(`${hub.url}/alice/lora-sst2/resolve/${first.body.revision}/delta.safetensors`);
    expect(byRev.headers.get('cache-control')).toContain('immutable');
    await byRev.arrayBuffer();
  });

  it('re-pushing unchanged content uploads no blob bytes', async () => {
    const info = await alice.json('GET', '/api/repos/alice/lora-sst2');
    const again = await alice.push('alice/lora-sst2', makeDelta(1), {
      parent: info.body.head.id,
      message: 'same bytes',
    });
    expect(again.status).toBe(201);
    expect(again.uploadedBytes).toBe(0);
  });

  it('refuses a stale parent with 409', async () => {
    const info = await alice.json('GET', '/api/repos/alice/lora-sst2');
    const stale = await alice.push('alice/lora-sst2', makeDelta(2), { parent: info.body.head.parent });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_parent');
  });
});
