import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, makeDelta } from '@deltahub/testing';
import { startTestHub, type TestHub } from '../test-support/hub.js';
import { WebClient } from './test-support/web.js';

const FINGERPRINT_A = 'c'.repeat(64);
const FINGERPRINT_B = 'd'.repeat(64);
/** A delta config on a backbone of the given structure fingerprint. */
const onBackbone = (structureFingerprint: string) => ({
  backbone: {
    architecture: 'bert',
    modelClass: 'BertForSequenceClassification',
    nameOrPath: 'bert-tiny',
    structureFingerprint,
    weightsFingerprint: 'b'.repeat(64),
    totalParameters: 4_000_000,
  },
});

/** The repo ids listed in the page's "Other deltas for this backbone" panel. */
function othersOf(html: string): string[] {
  const start = html.indexOf('id="others-title"');
  expect(start).toBeGreaterThan(-1);
  const panel = html.slice(start, html.indexOf('</section>', start));
  return [...panel.matchAll(/href="\/([^/"?]+\/[^/"?]+)"/g)].map((m) => m[1]!).sort();
}

describe('the delta page: other deltas for this backbone, and ?rev=', () => {
  let hub: TestHub;
  let alice: ApiClient;
  let bobToken: string;
  let first: string;
  let second: string;

  const seed = async (
    client: ApiClient,
    repo: string,
    fingerprint: string,
    isPrivate: boolean,
    n: number,
  ) => {
    const name = repo.split('/')[1];
    expect((await client.json('POST', '/api/repos', { name, private: isPrivate })).status).toBe(201);
    const pushed = await client.push(repo, makeDelta(n, onBackbone(fingerprint)), { parent: null });
    expect(pushed.status).toBe(201);
    return pushed.body.revision as string;
  };

  beforeAll(async () => {
    hub = await startTestHub({ db: 'sqlite', storage: 'fs' });
    alice = new ApiClient(hub.url, await hub.user('alice'));
    bobToken = await hub.user('bob');
    const bob = new ApiClient(hub.url, bobToken);
    const carol = new ApiClient(hub.url, await hub.user('carol'));
    first = await seed(alice, 'alice/page', FINGERPRINT_A, false, 1);
    const pushed = await alice.push('alice/page', makeDelta(2, onBackbone(FINGERPRINT_B)), { parent: first });
    expect(pushed.status).toBe(201);
    second = pushed.body.revision;
    expect(
      (await alice.json('POST', '/api/repos/alice/page/tags', { name: 'v1', revision: first })).status,
    ).toBe(201);
    await seed(carol, 'carol/public-a', FINGERPRINT_A, false, 3);
    await seed(bob, 'bob/secret-a', FINGERPRINT_A, true, 4);
    await seed(bob, 'bob/public-b', FINGERPRINT_B, false, 5);
    await seed(bob, 'bob/secret-b', FINGERPRINT_B, true, 6);
  });
  afterAll(async () => hub?.stop());

  it("lists the head's backbone siblings, never others' private deltas, never itself", async () => {
    const anonymous = await new WebClient(hub.url).get('/alice/page');
    expect(anonymous.status).toBe(200);
    expect(othersOf(anonymous.html)).toEqual(['bob/public-b']);
    const asAlice = new WebClient(hub.url);
    expect((await asAlice.login(await hub.user('alice'))).status).toBe(303);
    expect(othersOf((await asAlice.get('/alice/page')).html)).toEqual(['bob/public-b']);
  });

  it("shows the visitor's own private deltas to that visitor only", async () => {
    const asBob = new WebClient(hub.url);
    expect((await asBob.login(bobToken)).status).toBe(303);
    expect(othersOf((await asBob.get('/alice/page')).html)).toEqual(['bob/public-b', 'bob/secret-b']);
    expect(othersOf((await asBob.get(`/alice/page?rev=${first}`)).html)).toEqual([
      'bob/secret-a',
      'carol/public-a',
    ]);
  });

  it('?rev= shows that revision (by id or ref), with the siblings of its own backbone', async () => {
    const web = new WebClient(hub.url);
    for (const rev of [first, 'v1']) {
      const page = await web.get(`/alice/page?rev=${rev}`);
      expect(page.status).toBe(200);
      expect(page.html).toContain('seed 1');
      expect(page.html).not.toContain('seed 2');
      expect(page.html).toContain(`/alice/page/resolve/${first}/delta_config.json`);
      expect(othersOf(page.html)).toEqual(['carol/public-a']);
    }
    const head = await web.get('/alice/page?rev=main');
    expect(head.html).toContain('seed 2');
    expect(head.html).toContain(`/alice/page/resolve/${second}/delta_config.json`);
  });

  it('?rev= of an unknown revision or a malformed ref is an error page, not the head', async () => {
    const web = new WebClient(hub.url);
    const unknown = await web.get(`/alice/page?rev=${'f'.repeat(64)}`);
    expect([unknown.status, unknown.headers.get('x-error-code')]).toEqual([404, 'revision_not_found']);
    expect(unknown.html).not.toContain('seed 2');
    const malformed = await web.get('/alice/page?rev=a%20b');
    expect([malformed.status, malformed.headers.get('x-error-code')]).toEqual([400, 'invalid_ref']);
  });
});
