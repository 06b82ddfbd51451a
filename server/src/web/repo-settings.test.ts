import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '@deltahub/testing';
import { addOrg, setOrgMember } from '../auth/accounts.js';
import { startTestHub, type TestHub } from '../test-support/hub.js';
import { seedDelta, WebClient } from './test-support/web.js';

describe('repo settings and history pages over HTTP', () => {
  let hub: TestHub;
  let alice: ApiClient;
  const tokens: Record<string, string> = {};

  /** A web client logged in with `token`. */
  async function session(token: string): Promise<WebClient> {
    const web = new WebClient(hub.url);
    expect((await web.login(token)).status).toBe(303);
    return web;
  }

  beforeAll(async () => {
    hub = await startTestHub({ db: 'sqlite', storage: 'fs' });
    tokens['alice'] = await hub.user('alice');
    tokens['aliceRead'] = await hub.user('alice', { scope: 'read' });
    tokens['carol'] = await hub.user('carol');
    alice = new ApiClient(hub.url, tokens['alice']);
    await addOrg(hub.context.db, 'lab', 'alice');
    await setOrgMember(hub.context.db, 'lab', 'carol', 'write');
    await seedDelta(alice, 'alice/target');
    await alice.json('POST', '/api/repos', { name: 'org-repo', organization: 'lab' });
  });
  afterAll(async () => hub?.stop());

  it('refuses settings posts without the CSRF token or from another origin', async () => {
    const web = await session(tokens['alice']!);
    const csrf = await web.csrf();
    const noToken = await web.post('/alice/target/settings/visibility', { private: 'true' });
    expect([noToken.status, noToken.headers.get('x-error-code')]).toEqual([403, 'csrf_failed']);
    const otherOrigin = await web.post(
      '/alice/target/settings/delete',
      { _csrf: csrf, confirm: 'alice/target' },
      { origin: 'https://evil.example' },
    );
    expect(otherOrigin.status).toBe(403);
    expect((await alice.json('GET', '/api/repos/alice/target')).body.private).toBe(false);
  });

  it('refuses a read-only session and an org member without the admin role', async () => {
    const reader = await session(tokens['aliceRead']!);
    const refused = await reader.post('/alice/target/settings/visibility', {
      _csrf: await reader.csrf(),
      private: 'true',
    });
    expect(refused.status).toBe(403);
    expect(refused.html).toContain('this token is read-only');
    const carol = await session(tokens['carol']!);
    expect((await carol.get('/lab/org-repo/settings')).status).toBe(403);
    const post = await carol.post('/lab/org-repo/settings/delete', {
      _csrf: await carol.csrf(),
      confirm: 'lab/org-repo',
    });
    expect(post.status).toBe(403);
    expect((await alice.json('GET', '/api/repos/lab/org-repo')).status).toBe(200);
    expect((await alice.json('GET', '/api/repos/alice/target')).body.private).toBe(false);
  });

  it('re-renders a refused move with its message and leaves the repo as it was', async () => {
    const web = await session(tokens['alice']!);
    const taken = await web.post('/alice/target/settings/move', {
      _csrf: await web.csrf(),
      to: 'lab/org-repo',
    });
    expect(taken.status).toBe(409);
    expect(taken.html).toContain('repository lab/org-repo already exists');
    const bad = await web.post('/alice/target/settings/move', { _csrf: await web.csrf(), to: 'no-slash' });
    expect(bad.status).toBe(400);
    expect((await alice.json('GET', '/api/repos/alice/target')).status).toBe(200);
  });

  it('answers a history page of a missing ref or a bad cursor with an error page', async () => {
    const web = new WebClient(hub.url);
    expect((await web.get('/alice/target/commits/nope')).status).toBe(404);
    expect((await web.get('/alice/target/commits/main?cursor=zz')).status).toBe(400);
    const ok = await web.get('/alice/target/commits/main');
    expect(ok.status).toBe(200);
    expect(ok.html).toContain('first version of alice/target');
  });
});
