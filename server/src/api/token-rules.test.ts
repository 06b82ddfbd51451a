import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../auth/accounts.js';
import { ApiClient, hubVariants } from '@deltahub/testing';
import { startTestHub, type TestHub } from '../test-support/hub.js';
import { WebClient } from '../web/test-support/web.js';

describe.each(await hubVariants())('token minting and revocation rules on $db + $storage', (variant) => {
  let hub: TestHub;
  let writer: ApiClient;
  let reader: ApiClient;
  let readerTokenId: string;
  let brief: ApiClient;
  let briefToken: string;

  beforeAll(async () => {
    hub = await startTestHub(variant, { DELTAHUB_AUTH_RATE_LIMIT: '1000' });
    writer = new ApiClient(hub.url, await hub.user('dora'));
    const read = await createToken(hub.context.db, 'dora', { scope: 'read' });
    reader = new ApiClient(hub.url, read.token);
    readerTokenId = read.id;
    // A write token that expires in two days: what it mints must expire by then.
    briefToken = (await createToken(hub.context.db, 'dora', { scope: 'write', expiresInDays: 2 })).token;
    brief = new ApiClient(hub.url, briefToken);
  });
  afterAll(async () => hub?.stop());

  it('refuses revocation with a read-only token (403), even of itself or a sibling', async () => {
    const sibling = await writer.json('POST', '/api/tokens', { scope: 'read' });
    expect(sibling.status).toBe(201);
    const refused = await reader.json('DELETE', `/api/tokens/${sibling.body.id}`);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');
    expect((await reader.json('DELETE', `/api/tokens/${readerTokenId}`)).status).toBe(403);
    // Both tokens still work; the write token may revoke.
    expect((await new ApiClient(hub.url, sibling.body.token).json('GET', '/api/whoami')).status).toBe(200);
    expect((await writer.json('DELETE', `/api/tokens/${sibling.body.id}`)).status).toBe(204);
  });

  it('refuses minting with a read-only token', async () => {
    const res = await reader.json('POST', '/api/tokens', { scope: 'read' });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
  });

  it('refuses a child token that would outlive its expiring parent (400 invalid_expiry)', async () => {
    const forever = await brief.json('POST', '/api/tokens', { scope: 'read' });
    expect(forever.status).toBe(400);
    expect(forever.body.error.code).toBe('invalid_expiry');
    expect(forever.body.error.message).toMatch(/cannot outlive it: set an expiry of at most 1\.\d+ days/);
    const longer = await brief.json('POST', '/api/tokens', { scope: 'write', expiresInDays: 30 });
    expect(longer.status).toBe(400);
    expect(longer.body.error.code).toBe('invalid_expiry');
    const within = await brief.json('POST', '/api/tokens', { scope: 'write', expiresInDays: 1 });
    expect(within.status).toBe(201);
    expect(Date.parse(within.body.expiresAt)).toBeLessThan(Date.now() + 2 * 86_400_000);
  });

  it('refuses a scope other than read or write (invalid_scope), minting nothing', async () => {
    const before = await hub.context.db.token.count();
    for (const scope of ['admin', 'READ', '', 1]) {
      const res = await writer.json('POST', '/api/tokens', { scope });
      expect([res.status, res.body.error.code]).toEqual([400, 'invalid_scope']);
    }
    expect(await hub.context.db.token.count()).toBe(before);
  });

  it('refuses an expiry that is not a positive number of days (invalid_expiry, or invalid_request for a non-number)', async () => {
    const before = await hub.context.db.token.count();
    for (const expiresInDays of [0, -1, -0.5]) {
      const res = await writer.json('POST', '/api/tokens', { scope: 'read', expiresInDays });
      expect([res.status, res.body.error.code]).toEqual([400, 'invalid_expiry']);
    }
    const text = await writer.json('POST', '/api/tokens', { scope: 'read', expiresInDays: '30' });
    expect([text.status, text.body.error.code]).toEqual([400, 'invalid_request']);
    expect(await hub.context.db.token.count()).toBe(before);
  });

  it('lets a token without expiry mint any expiry', async () => {
    expect((await writer.json('POST', '/api/tokens', { scope: 'write' })).status).toBe(201);
  });

  it('applies the same rules on the web token page', async () => {
    const readWeb = new WebClient(hub.url);
    expect(
      (await readWeb.login((await createToken(hub.context.db, 'dora', { scope: 'read' })).token)).status,
    ).toBe(303);
    const minted = await readWeb.post('/settings/tokens', { _csrf: await readWeb.csrf(), scope: 'write' });
    expect(minted.status).toBe(403);
    const victim = await writer.json('POST', '/api/tokens', { scope: 'read', name: 'victim' });
    const revoked = await readWeb.post(`/settings/tokens/${victim.body.id}/revoke`, {
      _csrf: await readWeb.csrf(),
    });
    expect(revoked.status).toBe(403);
    expect((await new ApiClient(hub.url, victim.body.token).json('GET', '/api/whoami')).status).toBe(200);

    const briefWeb = new WebClient(hub.url);
    expect((await briefWeb.login(briefToken)).status).toBe(303);
    const outliving = await briefWeb.post('/settings/tokens', {
      _csrf: await briefWeb.csrf(),
      scope: 'read',
    });
    expect(outliving.status).toBe(400);
    expect(outliving.html).toContain('cannot outlive it');
    const fitting = await briefWeb.post('/settings/tokens', {
      _csrf: await briefWeb.csrf(),
      scope: 'read',
      expiresInDays: '1',
    });
    expect(fitting.status).toBe(201);
  });

  it('refuses a bad scope or expiry on the web token page as over the API, minting nothing', async () => {
    const web = new WebClient(hub.url);
    expect((await web.login(await hub.user('dora'))).status).toBe(303);
    const before = await hub.context.db.token.count();
    for (const [fields, message] of [
      [{ scope: 'admin' }, 'scope must be read or write'],
      [{ scope: 'read', expiresInDays: '0' }, 'expiry must be a positive number of days'],
      [{ scope: 'read', expiresInDays: 'soon' }, 'expiry must be a positive number of days'],
    ] as const) {
      const res = await web.post('/settings/tokens', { _csrf: await web.csrf(), ...fields });
      expect([res.status, res.html.includes(message)]).toEqual([400, true]);
    }
    expect(await hub.context.db.token.count()).toBe(before);
  });
});
