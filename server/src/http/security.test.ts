import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revokeToken } from '../auth/accounts.js';
import { bodyOf, ApiClient, makeDelta, sha256, isStored, hubVariants } from '@deltahub/testing';
import { startTestHub, type TestHub } from '../test-support/hub.js';

describe.each(await hubVariants())('security on $db + $storage', (variant) => {
  let hub: TestHub;
  let alice: ApiClient;
  let bob: ApiClient;
  let anon: ApiClient;

  beforeAll(async () => {
    hub = await startTestHub(variant, {
      DELTAHUB_MAX_BLOB_BYTES: String(1024 * 1024),
      DELTAHUB_AUTH_RATE_LIMIT: '1000',
    });
    alice = new ApiClient(hub.url, await hub.user('alice'));
    bob = new ApiClient(hub.url, await hub.user('bob'));
    anon = new ApiClient(hub.url);
    await alice.json('POST', '/api/repos', { name: 'public-delta' });
    await alice.json('POST', '/api/repos', { name: 'secret-delta', private: true });
    expect((await alice.push('alice/public-delta', makeDelta(1), { parent: null })).status).toBe(201);
    expect((await alice.push('alice/secret-delta', makeDelta(2), { parent: null })).status).toBe(201);
  });
  afterAll(async () => hub?.stop());

  describe('tokens', () => {
    it('refuses writes without, or with malformed or unknown tokens', async () => {
      expect((await anon.json('POST', '/api/repos', { name: 'x' })).status).toBe(401);
      const malformed = await fetch(`${hub.url}/api/whoami`, { headers: { authorization: 'Bearer nope' } });
      expect(malformed.status).toBe(401);
      expect((await bodyOf(malformed)).error.code).toBe('unauthorized');
      const unknown = new ApiClient(hub.url, `dh_${'A'.repeat(43)}`);
      expect((await unknown.json('GET', '/api/whoami')).status).toBe(401);
      // A bad token is an error even on public reads: never silently anonymous.
      expect((await unknown.json('GET', '/api/repos/alice/public-delta')).status).toBe(401);
    });

    it('refuses revoked and expired tokens', async () => {
      const token = await hub.user('carol');
      const carol = new ApiClient(hub.url, token);
      expect((await carol.json('GET', '/api/whoami')).body.name).toBe('carol');
      await revokeToken(hub.context.db, token);
      expect((await carol.json('GET', '/api/whoami')).status).toBe(401);

      const expiring = await hub.user('dave');
      await hub.context.db.token.updateMany({
        where: { user: { name: 'dave' } },
        data: { expiresAt: new Date(Date.now() - 1000) },
      });
      const dave = new ApiClient(hub.url, expiring);
      const res = await dave.json('POST', '/api/repos', { name: 'x' });
      expect(res.status).toBe(401);
      expect(res.body.error.message).toMatch(/expired/);
    });

    it('refuses writes with a read-only token, but lets it read', async () => {
      const reader = new ApiClient(hub.url, await hub.user('alice', { scope: 'read' }));
      expect((await reader.json('GET', '/api/repos/alice/secret-delta')).status).toBe(200);
      const push = await reader.push('alice/public-delta', makeDelta(3), { parent: null });
      expect(push.status).toBe(403);
      expect((await reader.json('POST', '/api/repos', { name: 'y' })).status).toBe(403);
    });

    it('stores only token hashes and records last use', async () => {
      const token = await hub.user('erin');
      await new ApiClient(hub.url, token).json('GET', '/api/whoami');
      const rows = await hub.context.db.token.findMany({ where: { user: { name: 'erin' } } });
      expect(rows[0]?.hash).toBe(sha256(new TextEncoder().encode(token)));
      expect(JSON.stringify(rows, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v))).not.toContain(
        token,
      );
      expect(rows[0]?.lastUsedAt).toBeInstanceOf(Date);
    });
  });

  describe('namespaces and privacy', () => {
    it('forbids pushing into another user namespace (403)', async () => {
      const res = await bob.json('POST', '/api/repos/alice/public-delta/preupload', { files: [] });
      expect(res.status).toBe(403);
      expect((await bob.json('POST', '/api/repos', { name: 'z', organization: 'alice' })).status).toBe(403);
    });

    it('hides private repos (404) from others, including search and downloads', async () => {
      for (const client of [anon, bob]) {
        const info = await client.json('GET', '/api/repos/alice/secret-delta');
        expect(info.status).toBe(404);
        expect(info.body.error.code).toBe('repo_not_found');
        expect(
          (
            await fetch(`${hub.url}/alice/secret-delta/resolve/main/delta_config.json`, {
              headers: client.headers(),
            })
          ).status,
        ).toBe(404);
        const found = await client.json('GET', '/api/search?q=delta');
        expect(found.body.items.map((i: { id: string }) => i.id)).toEqual(['alice/public-delta']);
      }
      const mine = await alice.json('GET', '/api/search?q=delta');
      expect(mine.body.items.map((i: { id: string }) => i.id).sort()).toEqual([
        'alice/public-delta',
        'alice/secret-delta',
      ]);
    });
  });

  describe('names', () => {
    it.each([
      ['..', '/api/repos/alice/../x'],
      ['encoded slash', '/api/repos/alice%2Fx/y'],
      ['__proto__', '/api/repos/alice/__proto__'],
      ['control character', '/api/repos/alice/a%07b'],
      ['over-long', `/api/repos/alice/${'a'.repeat(97)}`],
      ['dot-dot name', '/api/repos/alice/..x'],
    ])('answers 400 (or 404 for a normalised path) to %s', async (_name, path) => {
      const res = await alice.json('GET', path);
      expect([400, 404]).toContain(res.status);
      expect(res.body.error.code).toMatch(/^(invalid_name|not_found)$/);
    });

    it('refuses bad repo names at creation and bad file paths at push', async () => {
      for (const name of ['__proto__', '../x', 'a/b', '', 'x'.repeat(97), 'a\u0000b', 'api']) {
        const res = await alice.json('POST', '/api/repos', { name });
        expect(res.status, name).toBe(400);
      }
      for (const path of ['../etc/passwd', '/abs', 'a//b', 'a/./b', 'c:\\x', 'a\u0001b']) {
        const res = await alice.json('POST', '/api/repos/alice/public-delta/preupload', {
          files: [{ path, sha256: 'a'.repeat(64), size: 1 }],
        });
        expect(res.status, path).toBe(400);
        expect(res.body.error.code).toBe('invalid_path');
      }
    });
  });

  describe('integrity and sizes', () => {
    it('answers a digest mismatch with 400 and keeps nothing', async () => {
      const bytes = new TextEncoder().encode('some bytes');
      const wrong = sha256(new TextEncoder().encode('other bytes'));
      const res = await alice.upload('alice/public-delta', bytes, wrong);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('digest_mismatch');
      expect(await hub.context.db.blob.findUnique({ where: { sha256: wrong } })).toBeNull();
      expect(await isStored(hub, wrong)).toBe(false);
      expect(await hub.context.db.upload.count()).toBe(0);
    });

    it('streams blob bodies whatever their Content-Type (never parsed as JSON)', async () => {
      const bytes = new TextEncoder().encode('{"looks": "like json"}');
      const res = await fetch(`${hub.url}/api/repos/alice/public-delta/blobs/${sha256(bytes)}`, {
        method: 'PUT',
        headers: alice.headers({ 'content-type': 'application/json' }),
        body: bytes,
      });
      expect(res.status).toBe(201);
      expect((await bodyOf(res)).size).toBe(bytes.length);
    });

    it('answers a size mismatch with 400', async () => {
      const bytes = new TextEncoder().encode('sized');
      const res = await fetch(`${hub.url}/api/repos/alice/public-delta/blobs/${sha256(bytes)}?size=6`, {
        method: 'PUT',
        headers: alice.headers(),
        body: bytes,
      });
      expect(res.status).toBe(400);
      expect((await bodyOf(res)).error.code).toBe('size_mismatch');
    });

    it('refuses an oversized chunked body with 413 while streaming', async () => {
      let sent = 0;
      const chunk = new Uint8Array(64 * 1024);
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          // Never ends by itself: only the server's refusal stops the upload.
          if (sent > 64 * 1024 * 1024) return controller.close();
          sent += chunk.length;
          controller.enqueue(chunk);
        },
      });
      const res = await fetch(`${hub.url}/api/repos/alice/public-delta/blobs/${'c'.repeat(64)}`, {
        method: 'PUT',
        headers: alice.headers(),
        body,
        duplex: 'half',
      } as RequestInit).catch((err: unknown) => err);
      // Either the 413 answer arrives, or the server closed the socket mid-upload after answering.
      if (res instanceof Response) {
        expect(res.status).toBe(413);
        expect((await bodyOf(res)).error.code).toBe('too_large');
      }
      expect(sent).toBeLessThan(32 * 1024 * 1024);
      expect(await hub.context.db.upload.count()).toBe(0);
    });

    it('refuses a declared Content-Length over the limit at once', async () => {
      const res = await alice.upload('alice/public-delta', new Uint8Array(1024 * 1024 + 1));
      expect(res.status).toBe(413);
    });

    it('refuses malformed safetensors, invalid delta configs, bad cards and missing blobs at commit', async () => {
      const info = await alice.json('GET', '/api/repos/alice/public-delta');
      const parent = info.body.head.id as string;
      const good = makeDelta(5);
      const cases: [Record<string, Uint8Array>, string][] = [
        [
          { ...good, 'delta.safetensors': new TextEncoder().encode('not safetensors at all') },
          'invalid_safetensors',
        ],
        [
          { ...good, 'delta_config.json': new TextEncoder().encode('{"formatVersion": 1}') },
          'invalid_delta_config',
        ],
        [{ ...good, 'delta_config.json': new TextEncoder().encode('{oops') }, 'invalid_delta_config'],
        [{ ...good, 'README.md': new TextEncoder().encode('---\n- a list\n---\n') }, 'invalid_model_card'],
        [{ 'delta.safetensors': good['delta.safetensors']! }, 'missing_delta_config'],
      ];
      for (const [files, code] of cases) {
        const res = await alice.push('alice/public-delta', files, { parent });
        expect(res.status, code).toBe(400);
        expect(res.body.error.code).toBe(code);
      }
      const missing = await alice.json('POST', '/api/repos/alice/public-delta/commits/main', {
        parent,
        files: [{ path: 'delta_config.json', sha256: 'd'.repeat(64), size: 3 }],
      });
      expect(missing.body.error.code).toBe('missing_blob');
      const after = await alice.json('GET', '/api/repos/alice/public-delta');
      expect(after.body.head.id).toBe(parent);
    });
  });

  describe('HTTP hygiene', () => {
    it('returns JSON errors with a request id, CORS and security headers', async () => {
      const res = await fetch(`${hub.url}/api/nothing-here`, { headers: { 'x-request-id': 'req-123' } });
      expect(res.status).toBe(404);
      expect(res.headers.get('x-request-id')).toBe('req-123');
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-powered-by')).toBeNull();
      expect(await bodyOf(res)).toEqual({
        error: { code: 'not_found', message: 'no such route', requestId: 'req-123' },
      });
      const preflight = await fetch(`${hub.url}/api/search`, { method: 'OPTIONS' });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-headers')).toContain('Authorization');
    });

    it('answers invalid JSON bodies with 400', async () => {
      const res = await fetch(`${hub.url}/api/repos`, {
        method: 'POST',
        headers: alice.headers({ 'content-type': 'application/json' }),
        body: '{',
      });
      expect(res.status).toBe(400);
      expect((await bodyOf(res)).error.code).toBe('invalid_json');
    });
  });
});

describe('rate limits on auth routes', () => {
  let hub: TestHub;
  beforeAll(
    async () =>
      (hub = await startTestHub({ db: 'sqlite', storage: 'fs' }, { DELTAHUB_AUTH_RATE_LIMIT: '5' })),
  );
  afterAll(async () => hub?.stop());

  it('answers 429 past the limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await fetch(`${hub.url}/api/whoami`)).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
  });
});
