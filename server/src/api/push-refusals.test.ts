import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, makeDelta, sha256 } from '@deltahub/testing';
import { startTestHub, type TestHub } from '../test-support/hub.js';

const bytes = new TextEncoder().encode('{"a":1}');
const digest = sha256(bytes);
/** Digests a route must refuse: upper case, too short, too long, not hex, a path. */
const BAD_DIGESTS = [
  digest.toUpperCase(),
  digest.slice(1),
  `${digest}0`,
  `${digest.slice(1)}g`,
  `..%2F${digest.slice(5)}`,
];

/** What the native push routes refuse before touching the index or the store. */
describe('native push: refusals', () => {
  let hub: TestHub;
  let alice: ApiClient;
  let head: string;

  const refs = async () => (await alice.json('GET', '/api/repos/alice/r/refs')).body;

  beforeAll(async () => {
    hub = await startTestHub({ db: 'sqlite', storage: 'fs' });
    alice = new ApiClient(hub.url, await hub.user('alice'));
    expect((await alice.json('POST', '/api/repos', { name: 'r' })).status).toBe(201);
    const first = await alice.push('alice/r', makeDelta(1), { parent: null });
    expect(first.status).toBe(201);
    head = first.body.revision;
  });
  afterAll(async () => hub?.stop());

  it('refuses a blob address that is not a lowercase hex sha256 (invalid_digest), storing nothing', async () => {
    for (const bad of BAD_DIGESTS) {
      const res = await alice.upload('alice/r', bytes, bad);
      expect([res.status, res.body.error.code]).toEqual([400, 'invalid_digest']);
    }
    expect(await hub.context.db.blob.count({ where: { sha256: digest } })).toBe(0);
  });

  it('refuses a file list with a bad digest (invalid_digest) at preupload and at commit', async () => {
    for (const bad of BAD_DIGESTS) {
      const files = [
        { path: 'a.json', sha256: digest, size: bytes.length },
        { path: 'b.json', sha256: bad, size: bytes.length },
      ];
      const pre = await alice.json('POST', '/api/repos/alice/r/preupload', { files });
      expect([pre.status, pre.body.error.code]).toEqual([400, 'invalid_digest']);
      expect(pre.body.error.message).toMatch(/^files\[1\]\.sha256/);
      const commit = await alice.json('POST', '/api/repos/alice/r/commits/main', { files, parent: head });
      expect([commit.status, commit.body.error.code]).toEqual([400, 'invalid_digest']);
    }
  });

  it('refuses a file list naming a path twice (duplicate_path) at preupload and at commit', async () => {
    const files = [
      { path: 'x.json', sha256: digest, size: bytes.length },
      { path: 'y.json', sha256: digest, size: bytes.length },
      { path: 'x.json', sha256: sha256(Buffer.from('other')), size: 5 },
    ];
    const pre = await alice.json('POST', '/api/repos/alice/r/preupload', { files });
    expect([pre.status, pre.body.error.code, pre.body.error.message]).toEqual([
      400,
      'duplicate_path',
      '"x.json" appears twice',
    ]);
    const commit = await alice.json('POST', '/api/repos/alice/r/commits/main', { files, parent: head });
    expect([commit.status, commit.body.error.code]).toEqual([400, 'duplicate_path']);
    expect(await refs()).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'main', revision: head })]),
    );
  });

  it('refuses an empty commit: a revision holds at least its delta_config.json', async () => {
    const res = await alice.json('POST', '/api/repos/alice/r/commits/main', { files: [], parent: head });
    expect([res.status, res.body.error.code]).toEqual([400, 'missing_delta_config']);
    expect((await alice.json('GET', '/api/repos/alice/r')).body.head.id).toBe(head);
  });

  it('refuses a parent that is neither a revision id nor null', async () => {
    const files = [{ path: 'a.json', sha256: digest, size: bytes.length }];
    for (const parent of [undefined, 42, 'main']) {
      const res = await alice.json('POST', '/api/repos/alice/r/commits/main', { files, parent });
      expect([res.status, res.body.error.code]).toEqual([400, 'invalid_request']);
    }
  });
});
