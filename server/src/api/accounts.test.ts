import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addOrg, setOrgMember } from '../auth/accounts.js';
import { ApiClient, makeDelta } from '@deltahub/testing';
import { startTestHub, type TestHub } from '../test-support/hub.js';

describe('organisations and token API (SQLite + fs)', () => {
  let hub: TestHub;
  let owner: ApiClient;
  let writer: ApiClient;
  let reader: ApiClient;
  let outsider: ApiClient;

  beforeAll(async () => {
    hub = await startTestHub({ db: 'sqlite', storage: 'fs' }, { DELTAHUB_ALLOW_SIGNUP: 'true' });
    owner = new ApiClient(hub.url, await hub.user('olga'));
    writer = new ApiClient(hub.url, await hub.user('will'));
    reader = new ApiClient(hub.url, await hub.user('rita'));
    outsider = new ApiClient(hub.url, await hub.user('otto'));
    await addOrg(hub.context.db, 'lab', 'olga');
    await setOrgMember(hub.context.db, 'lab', 'will', 'write');
    await setOrgMember(hub.context.db, 'lab', 'rita', 'read');
  });
  afterAll(async () => hub?.stop());

  it('lets owners and write members push into the organisation, not read members or outsiders', async () => {
    expect(
      (await owner.json('POST', '/api/repos', { name: 'shared', organization: 'lab', private: true })).status,
    ).toBe(201);
    const first = await writer.push('lab/shared', makeDelta(1), { parent: null });
    expect(first.status).toBe(201);
    expect((await reader.push('lab/shared', makeDelta(2), { parent: first.body.revision })).status).toBe(403);
    expect((await reader.json('POST', '/api/repos', { name: 'mine', organization: 'lab' })).status).toBe(403);
    // Outsiders do not even learn that the private repo exists.
    expect((await outsider.push('lab/shared', makeDelta(3), { parent: first.body.revision })).status).toBe(
      404,
    );
  });

  it('shows private organisation repos to every member and to nobody else', async () => {
    expect((await reader.json('GET', '/api/repos/lab/shared')).status).toBe(200);
    expect((await outsider.json('GET', '/api/repos/lab/shared')).status).toBe(404);
    expect((await reader.json('GET', '/api/search?author=lab')).body.items).toHaveLength(1);
    expect((await outsider.json('GET', '/api/search?author=lab')).body.items).toHaveLength(0);
    const whoami = await reader.json('GET', '/api/whoami');
    expect(whoami.body).toMatchObject({
      name: 'rita',
      scope: 'write',
      orgs: [{ name: 'lab', role: 'read' }],
    });
  });

  it('creates tokens shown once and revokes them over the API', async () => {
    const created = await owner.json('POST', '/api/tokens', { scope: 'read', expiresInDays: 1, name: 'ci' });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^hf_/);
    const fresh = new ApiClient(hub.url, created.body.token);
    expect((await fresh.json('GET', '/api/whoami')).body.scope).toBe('read');
    // A read token cannot mint tokens; others cannot revoke it.
    expect((await fresh.json('POST', '/api/tokens', {})).status).toBe(403);
    expect((await outsider.json('DELETE', `/api/tokens/${created.body.id}`)).status).toBe(404);
    expect((await owner.json('DELETE', `/api/tokens/${created.body.id}`)).status).toBe(204);
    expect((await fresh.json('GET', '/api/whoami')).status).toBe(401);
  });

  it('signs up new users only when enabled', async () => {
    const res = await new ApiClient(hub.url).json('POST', '/api/signup', { name: 'newbie' });
    expect(res.status).toBe(201);
    expect((await new ApiClient(hub.url, res.body.token).json('GET', '/api/whoami')).body.name).toBe(
      'newbie',
    );
    expect((await new ApiClient(hub.url).json('POST', '/api/signup', { name: 'newbie' })).status).toBe(409);
    expect((await new ApiClient(hub.url).json('POST', '/api/signup', { name: 'lab' })).body.error.code).toBe(
      'name_taken',
    );
  });
});

describe('signup disabled by default', () => {
  let hub: TestHub;
  beforeAll(async () => (hub = await startTestHub({ db: 'sqlite', storage: 'fs' })));
  afterAll(async () => hub?.stop());

  it('answers 404', async () => {
    expect((await new ApiClient(hub.url).json('POST', '/api/signup', { name: 'x' })).status).toBe(404);
  });
});
