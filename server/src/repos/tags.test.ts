import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, makeDelta } from '@deltahub/testing';
import { startTestHub, type TestHub } from '../test-support/hub.js';

describe('tag creation (POST /api/repos/{repo}/tags): refusals', () => {
  let hub: TestHub;
  let alice: ApiClient;
  let bob: ApiClient;
  let revision: string;

  const tag = (body: Record<string, unknown>, client = alice) =>
    client.json('POST', '/api/repos/alice/r/tags', body);
  const outcome = (res: { status: number; body: { error?: { code?: string } } }) => [
    res.status,
    res.body.error?.code,
  ];

  beforeAll(async () => {
    hub = await startTestHub({ db: 'sqlite', storage: 'fs' });
    alice = new ApiClient(hub.url, await hub.user('alice'));
    bob = new ApiClient(hub.url, await hub.user('bob'));
    expect((await alice.json('POST', '/api/repos', { name: 'r' })).status).toBe(201);
    revision = (await alice.push('alice/r', makeDelta(1), { parent: null })).body.revision;
    expect((await tag({ name: 'v1', revision })).status).toBe(201);
  });
  afterAll(async () => hub?.stop());

  it('refuses a name a tag or a branch already has (409 ref_exists), keeping the ref', async () => {
    const second = (await alice.push('alice/r', makeDelta(2), { parent: revision })).body.revision;
    expect(outcome(await tag({ name: 'v1', revision: second }))).toEqual([409, 'ref_exists']);
    expect(outcome(await tag({ name: 'main', revision }))).toEqual([409, 'ref_exists']);
    expect((await alice.json('GET', '/api/repos/alice/r/revisions/v1')).body.id).toBe(revision);
    expect((await alice.json('GET', '/api/repos/alice/r/revisions/main')).body.id).toBe(second);
  });

  it('refuses bad names, unknown revisions and branches, and other writers', async () => {
    expect(outcome(await tag({ name: 'a b', revision }))).toEqual([400, 'invalid_ref']);
    expect(outcome(await tag({ name: 'v2', revision: 'f'.repeat(64) }))).toEqual([404, 'revision_not_found']);
    expect(outcome(await tag({ name: 'v2', revision: 'no-such-branch' }))).toEqual([
      404,
      'revision_not_found',
    ]);
    expect(outcome(await tag({ name: 'v2', revision }, bob))).toEqual([403, 'forbidden']);
    expect(outcome(await tag({ name: 'v2', revision }, new ApiClient(hub.url)))).toEqual([
      401,
      'unauthorized',
    ]);
    expect((await alice.json('GET', '/api/repos/alice/r/revisions/v2')).status).toBe(404);
  });
});
