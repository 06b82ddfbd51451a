import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, makeDelta } from '@deltahub/testing';
import { startTestHub, type TestHub } from '../test-support/hub.js';

describe('GET /api/models/{repo}: the model info Hugging Face clients read', () => {
  let hub: TestHub;
  let alice: ApiClient;
  let first: string;
  let second: string;

  beforeAll(async () => {
    hub = await startTestHub({ db: 'sqlite', storage: 'fs' });
    alice = new ApiClient(hub.url, await hub.user('alice'));
    expect((await alice.json('POST', '/api/repos', { name: 'r' })).status).toBe(201);
    expect((await alice.json('POST', '/api/repos', { name: 'empty' })).status).toBe(201);
    first = (await alice.push('alice/r', makeDelta(1), { parent: null })).body.revision;
    const card = '---\nlicense: apache-2.0\ntags: [later]\n---\n# v2\n';
    second = (await alice.push('alice/r', makeDelta(2, {}, card), { parent: first })).body.revision;
  });
  afterAll(async () => hub?.stop());

  it('describes the head: sha, dates, downloads, tags with the license, task, library and files', async () => {
    const fetched = await fetch(`${hub.url}/alice/r/resolve/main/delta_config.json`);
    await fetched.arrayBuffer();
    const native = (await alice.json('GET', '/api/repos/alice/r')).body; // also flushes the download count
    const info = await alice.json('GET', '/api/models/alice/r');
    expect(info.body).toMatchObject({
      _id: expect.any(String),
      id: 'alice/r',
      modelId: 'alice/r',
      author: 'alice',
      sha: second,
      private: false,
      downloads: 1,
      likes: 0,
      createdAt: native.createdAt,
      lastModified: native.head.createdAt,
      pipeline_tag: 'text-classification',
      library_name: 'deltahub',
      siblings: [
        { rfilename: 'README.md' },
        { rfilename: 'delta.safetensors' },
        { rfilename: 'delta_config.json' },
      ],
    });
    expect(info.body.tags).toEqual([...native.head.tags, 'license:apache-2.0']);
    expect(info.body.tags).toContain('later');
  });

  it('describes an older revision by id, with its own tags and date', async () => {
    const info = await alice.json('GET', `/api/models/alice/r/revision/${first}`);
    const view = (await alice.json('GET', `/api/repos/alice/r/revisions/${first}`)).body;
    expect(info.body).toMatchObject({ sha: first, lastModified: view.createdAt });
    expect(info.body.tags).toEqual(['sst2', 'demo', 'license:mit']);
  });

  it('describes a repo without commits: no sha, no files, dated by the repo', async () => {
    const info = await alice.json('GET', '/api/models/alice/empty');
    const native = (await alice.json('GET', '/api/repos/alice/empty')).body;
    expect(info.body).not.toHaveProperty('sha');
    expect(info.body).toMatchObject({ siblings: [], tags: [], lastModified: native.updatedAt, downloads: 0 });
    expect(info.body).not.toHaveProperty('pipeline_tag');
  });
});
