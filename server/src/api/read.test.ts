import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, ApiClient, makeDelta, sha256, type Json, hubVariants } from '@deltahub/testing';
import { startTestHub, type TestHub } from '../test-support/hub.js';

const FP_A = 'a'.repeat(64);
const FP_C = 'c'.repeat(64);

describe.each(await hubVariants())('read and search API on $db + $storage', (variant) => {
  let hub: TestHub;
  let alice: ApiClient;
  let anon: ApiClient;
  let head: string;
  const files = makeDelta(7);

  beforeAll(async () => {
    hub = await startTestHub(variant);
    alice = new ApiClient(hub.url, await hub.user('alice'));
    const bob = new ApiClient(hub.url, await hub.user('bob'));
    anon = new ApiClient(hub.url);
    await alice.json('POST', '/api/repos', { name: 'bert-lora' });
    head = (await alice.push('alice/bert-lora', files, { parent: null })).body.revision;
    // A small catalogue for search: 12 repos, two backbones, several delta types.
    for (let i = 0; i < 12; i++) {
      const client = i % 2 === 0 ? alice : bob;
      const owner = i % 2 === 0 ? 'alice' : 'bob';
      await client.json('POST', '/api/repos', { name: `d${i}` });
      const overrides = {
        deltaType: ['lora', 'adapter', 'bitfit'][i % 3],
        task: i < 6 ? 'summarization' : 'text-classification',
        backbone: {
          architecture: i < 4 ? 'bart' : 'bert',
          modelClass: 'M',
          nameOrPath: i < 4 ? 'facebook/bart-base' : 'bert-tiny',
          structureFingerprint: i < 4 ? FP_C : FP_A,
          weightsFingerprint: 'b'.repeat(64),
          totalParameters: 10,
        },
      };
      const res = await client.push(`${owner}/d${i}`, makeDelta(1000 + i, overrides), { parent: null });
      expect(res.status).toBe(201);
    }
  });
  afterAll(async () => hub?.stop());

  it('answers repo info with head revision, card, backbone and files', async () => {
    const info = await anon.json('GET', '/api/repos/alice/bert-lora');
    expect(info.status).toBe(200);
    expect(info.body).toMatchObject({
      id: 'alice/bert-lora',
      private: false,
      defaultBranch: 'main',
      refs: [{ name: 'main', kind: 'branch', revision: head }],
      counts: { revisions: 1, refs: 1 },
      head: {
        id: head,
        backbone: { architecture: 'bert', nameOrPath: 'bert-tiny', structureFingerprint: FP_A },
        card: { frontMatter: { base_model: 'bert-tiny', license: 'mit' } },
        license: 'mit',
      },
    });
    const refs = await anon.json('GET', '/api/repos/alice/bert-lora/refs');
    expect(refs.body[0].revision).toBe(head);
    const revs = await anon.json('GET', '/api/repos/alice/bert-lora/revisions');
    expect(revs.body.map((r: Json) => r.id)).toEqual([head]);
    const rev = await anon.json('GET', `/api/repos/alice/bert-lora/revisions/${head}`);
    expect(rev.body.files).toHaveLength(3);
    expect((await anon.json('GET', '/api/repos/alice/bert-lora/revisions/nope')).body.error.code).toBe(
      'revision_not_found',
    );
  });

  it('serves Range requests, ETag and 304, HEAD, and 404 codes', async () => {
    const bytes = files['delta.safetensors']!;
    const url = `${hub.url}/alice/bert-lora/resolve/main/delta.safetensors`;
    const part = await fetch(url, { headers: { range: 'bytes=0-7' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 0-7/${bytes.length}`);
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(bytes.subarray(0, 8));
    const suffix = await fetch(url, { headers: { range: 'bytes=-4' } });
    expect(new Uint8Array(await suffix.arrayBuffer())).toEqual(bytes.subarray(bytes.length - 4));
    const bad = await fetch(url, { headers: { range: `bytes=${bytes.length}-` } });
    expect([bad.status, (await bodyOf(bad)).error.code]).toEqual([416, 'range_not_satisfiable']);
    const cached = await fetch(url, { headers: { 'if-none-match': `"${sha256(bytes)}"` } });
    expect(cached.status).toBe(304);
    const head = await fetch(url, { method: 'HEAD' });
    expect(head.headers.get('content-length')).toBe(String(bytes.length));
    const missing = await fetch(`${hub.url}/alice/bert-lora/resolve/main/nope.bin`);
    expect(missing.status).toBe(404);
    // The header is what Hugging Face clients branch on; the body keeps deltahub's code.
    expect(missing.headers.get('x-error-code')).toBe('EntryNotFound');
    expect((await bodyOf(missing)).error.code).toBe('entry_not_found');
  });

  it('answers resolve errors in lookup order (repo, revision, path) and serves by revision id', async () => {
    const failure = async (path: string): Promise<[number, string]> => {
      const res = await fetch(`${hub.url}${path}`);
      return [res.status, (await bodyOf(res)).error.code as string];
    };
    expect(await failure('/alice/nope/resolve/bad%20ref/a%5Cb')).toEqual([404, 'repo_not_found']);
    expect(await failure('/alice/bert-lora/resolve/bad%20ref/a%5Cb')).toEqual([400, 'invalid_ref']);
    expect(await failure('/alice/bert-lora/resolve/nobranch/a%5Cb')).toEqual([404, 'revision_not_found']);
    expect(await failure(`/alice/bert-lora/resolve/${'0'.repeat(64)}/x`)).toEqual([
      404,
      'revision_not_found',
    ]);
    expect(await failure('/alice/bert-lora/resolve/main/a%5Cb')).toEqual([400, 'invalid_path']);
    expect(await failure(`/alice/bert-lora/resolve/${head}/nope.bin`)).toEqual([404, 'entry_not_found']);
    const byId = await fetch(`${hub.url}/alice/bert-lora/resolve/${head}/delta.safetensors`);
    expect(byId.status).toBe(200);
    expect(byId.headers.get('x-repo-commit')).toBe(head);
    expect(byId.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(new Uint8Array(await byId.arrayBuffer())).toEqual(files['delta.safetensors']);
  });

  it('counts one download per fetch of delta_config.json, not per other file or HEAD', async () => {
    const before = (await anon.json('GET', '/api/repos/alice/bert-lora')).body.downloads as number;
    await (await fetch(`${hub.url}/alice/bert-lora/resolve/main/delta_config.json`)).arrayBuffer();
    await (await fetch(`${hub.url}/alice/bert-lora/resolve/main/delta_config.json`)).arrayBuffer();
    await (await fetch(`${hub.url}/alice/bert-lora/resolve/main/delta.safetensors`)).arrayBuffer();
    await fetch(`${hub.url}/alice/bert-lora/resolve/main/delta_config.json`, { method: 'HEAD' });
    expect((await anon.json('GET', '/api/repos/alice/bert-lora')).body.downloads).toBe(before + 2);
  });

  it('supports tags pointing at revisions', async () => {
    const tag = await alice.json('POST', '/api/repos/alice/bert-lora/tags', { name: 'v1', revision: head });
    expect(tag.status).toBe(201);
    expect(
      (await alice.json('POST', '/api/repos/alice/bert-lora/tags', { name: 'v1', revision: head })).status,
    ).toBe(409);
    const res = await fetch(`${hub.url}/alice/bert-lora/resolve/v1/delta_config.json`);
    expect(res.headers.get('x-repo-commit')).toBe(head);
    await res.arrayBuffer();
  });

  it('searches by text and filters: backbone fingerprint finds the deltas that fit a model', async () => {
    const ids = async (query: string): Promise<string[]> =>
      ((await anon.json('GET', `/api/search?${query}&limit=100`)).body.items as Json[])
        .map((i) => i.id)
        .sort();
    expect(await ids(`fingerprint=${FP_C}`)).toEqual(['alice/d0', 'alice/d2', 'bob/d1', 'bob/d3']);
    expect(await ids('architecture=bart&deltaType=lora')).toEqual(['alice/d0', 'bob/d3']);
    expect(await ids('backbone=facebook/bart-base&author=bob')).toEqual(['bob/d1', 'bob/d3']);
    expect(await ids('task=summarization&deltaType=bitfit')).toEqual(['alice/d2', 'bob/d5']);
    expect(await ids('q=BERT-LORA')).toEqual(['alice/bert-lora']);
    expect(await ids('tag=sst2')).toHaveLength(13);
    expect((await anon.json('GET', '/api/search?sort=nope')).status).toBe(400);
    expect((await anon.json('GET', '/api/search?cursor=garbage')).body.error.code).toBe('invalid_cursor');
  });

  it.each(['downloads', 'updated', 'created'])('pages with a stable cursor sorted by %s', async (sort) => {
    const all = (await anon.json('GET', `/api/search?sort=${sort}&limit=100`)).body.items.map(
      (i: Json) => i.id,
    );
    expect(all).toHaveLength(13);
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { status: number; body: Json; headers: Headers } = await anon.json(
        'GET',
        `/api/search?sort=${sort}&limit=5${cursor ? `&cursor=${cursor}` : ''}`,
      );
      paged.push(...res.body.items.map((i: Json) => i.id));
      cursor = res.body.nextCursor;
      if (cursor) expect(res.headers.get('link')).toContain('rel="next"');
    } while (cursor);
    expect(paged).toEqual(all);
  });
});
