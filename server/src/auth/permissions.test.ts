import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, makeDelta, sha256 } from '@deltahub/testing';
import { startTestHub, type TestHub } from '../test-support/hub.js';
import { addOrg, setOrgMember } from './accounts.js';

/** The status and error code of an answer, the pair these tests compare. */
const outcome = (res: { status: number; body: { error?: { code?: string } } | null }) => [
  res.status,
  res.body?.error?.code ?? null,
];

describe('permissions over HTTP: the site admin and organisation roles', () => {
  let hub: TestHub;
  let root: ApiClient;
  let rootReader: ApiClient;
  let bob: ApiClient;
  const members: Record<string, ApiClient> = {};
  let outsider: ApiClient;
  let bobHead: string;

  beforeAll(async () => {
    hub = await startTestHub({ db: 'sqlite', storage: 'fs' });
    root = new ApiClient(hub.url, await hub.user('root', { admin: true }));
    rootReader = new ApiClient(hub.url, await hub.user('root', { scope: 'read' }));
    bob = new ApiClient(hub.url, await hub.user('bob'));
    outsider = new ApiClient(hub.url, await hub.user('otto'));
    for (const role of ['owner', 'admin', 'write', 'read']) {
      members[role] = new ApiClient(hub.url, await hub.user(`${role}-member`));
    }
    await addOrg(hub.context.db, 'lab', 'owner-member');
    for (const role of ['admin', 'write', 'read'])
      await setOrgMember(hub.context.db, 'lab', `${role}-member`, role);
    expect((await bob.json('POST', '/api/repos', { name: 'secret', private: true })).status).toBe(201);
    const pushed = await bob.push('bob/secret', makeDelta(1), { parent: null });
    expect(pushed.status).toBe(201);
    bobHead = pushed.body.revision;
    expect(
      (
        await members['owner']!.json('POST', '/api/repos', {
          name: 'shared',
          organization: 'lab',
          private: true,
        })
      ).status,
    ).toBe(201);
  });
  afterAll(async () => hub?.stop());

  describe('the site admin', () => {
    it("reads others' private repos: info, files, search", async () => {
      expect((await root.json('GET', '/api/repos/bob/secret')).body.head.id).toBe(bobHead);
      const file = await fetch(`${hub.url}/bob/secret/resolve/main/delta_config.json`, {
        headers: root.headers(),
      });
      expect(file.status).toBe(200);
      await file.arrayBuffer();
      expect(
        (await root.json('GET', '/api/search?author=bob')).body.items.map((i: { id: string }) => i.id),
      ).toEqual(['bob/secret']);
      // The same with a read-only token: reading needs no write scope.
      expect((await rootReader.json('GET', '/api/repos/bob/secret')).status).toBe(200);
    });

    it("pushes into others' namespaces and creates repos there", async () => {
      const pushed = await root.push('bob/secret', makeDelta(2), { parent: bobHead });
      expect(pushed.status).toBe(201);
      bobHead = pushed.body.revision;
      expect(
        (await root.json('POST', '/api/repos', { name: 'made-by-root', organization: 'bob' })).status,
      ).toBe(201);
      expect(
        (await root.json('POST', '/api/repos', { name: 'lab-by-root', organization: 'lab' })).status,
      ).toBe(201);
    });

    it("mounts others' private blobs in its own repos without uploading them", async () => {
      expect((await root.json('POST', '/api/repos', { name: 'mine' })).status).toBe(201);
      const files = makeDelta(2);
      const list = Object.entries(files).map(([path, bytes]) => ({
        path,
        sha256: sha256(bytes),
        size: bytes.length,
      }));
      const pre = await root.json('POST', '/api/repos/root/mine/preupload', { files: list });
      expect(pre.body.missing).toEqual([]);
      expect(
        (await root.json('POST', '/api/repos/root/mine/commits/main', { files: list, parent: null })).status,
      ).toBe(201);
    });

    it("revokes others' tokens", async () => {
      const minted = await bob.json('POST', '/api/tokens', { scope: 'read' });
      expect(minted.status).toBe(201);
      expect((await root.json('DELETE', `/api/tokens/${minted.body.id}`)).status).toBe(204);
      expect((await new ApiClient(hub.url, minted.body.token).json('GET', '/api/whoami')).status).toBe(401);
    });

    it('is bound by its token: a read token cannot push, create repos, mint or revoke', async () => {
      expect(outcome(await rootReader.push('bob/secret', makeDelta(3), { parent: bobHead }))).toEqual([
        403,
        'forbidden',
      ]);
      expect(outcome(await rootReader.json('POST', '/api/repos', { name: 'nope' }))).toEqual([
        403,
        'forbidden',
      ]);
      expect(outcome(await rootReader.json('POST', '/api/tokens', { scope: 'read' }))).toEqual([
        403,
        'forbidden',
      ]);
      const minted = await bob.json('POST', '/api/tokens', { scope: 'read' });
      expect(outcome(await rootReader.json('DELETE', `/api/tokens/${minted.body.id}`))).toEqual([
        403,
        'forbidden',
      ]);
      expect((await new ApiClient(hub.url, minted.body.token).json('GET', '/api/whoami')).status).toBe(200);
    });

    it('mints tokens for itself only, and not for accounts or tokens that do not exist', async () => {
      const minted = await root.json('POST', '/api/tokens', { scope: 'read', name: 'for bob?' });
      expect((await new ApiClient(hub.url, minted.body.token).json('GET', '/api/whoami')).body).toMatchObject(
        {
          name: 'root',
          isAdmin: true,
          scope: 'read',
        },
      );
      expect(outcome(await root.json('DELETE', '/api/tokens/no-such-token'))).toEqual([
        404,
        'token_not_found',
      ]);
      expect(outcome(await root.json('POST', '/api/repos', { name: 'x', organization: 'ghost' }))).toEqual([
        404,
        'owner_not_found',
      ]);
    });
  });

  describe('organisation roles', () => {
    it('owner, admin and write members push and create repos; read members and outsiders do not', async () => {
      let parent: string | null = null;
      for (const [seed, role] of ['owner', 'admin', 'write'].entries()) {
        const pushed = await members[role]!.push('lab/shared', makeDelta(10 + seed), { parent });
        expect([role, pushed.status]).toEqual([role, 201]);
        parent = pushed.body.revision;
        expect(
          (await members[role]!.json('POST', '/api/repos', { name: `by-${role}`, organization: 'lab' }))
            .status,
        ).toBe(201);
      }
      expect(outcome(await members['read']!.push('lab/shared', makeDelta(20), { parent }))).toEqual([
        403,
        'forbidden',
      ]);
      expect(
        outcome(await members['read']!.json('POST', '/api/repos', { name: 'by-read', organization: 'lab' })),
      ).toEqual([403, 'forbidden']);
      // An outsider does not learn that the private repo exists, and cannot create repos in the org.
      expect(outcome(await outsider.push('lab/shared', makeDelta(21), { parent }))).toEqual([
        404,
        'repo_not_found',
      ]);
      expect(
        outcome(await outsider.json('POST', '/api/repos', { name: 'by-otto', organization: 'lab' })),
      ).toEqual([403, 'forbidden']);
    });

    it('every role reads the private repos of the organisation; outsiders get 404', async () => {
      for (const role of ['owner', 'admin', 'write', 'read'])
        expect([role, (await members[role]!.json('GET', '/api/repos/lab/shared')).status]).toEqual([
          role,
          200,
        ]);
      expect(outcome(await outsider.json('GET', '/api/repos/lab/shared'))).toEqual([404, 'repo_not_found']);
    });

    it("gives no power outside the organisation: not over members' own repos, nor their tokens", async () => {
      expect((await members['read']!.json('POST', '/api/repos', { name: 'own', private: true })).status).toBe(
        201,
      );
      for (const role of ['owner', 'admin']) {
        expect(outcome(await members[role]!.json('GET', '/api/repos/read-member/own'))).toEqual([
          404,
          'repo_not_found',
        ]);
        expect(
          outcome(
            await members[role]!.json('POST', '/api/repos', { name: 'x', organization: 'read-member' }),
          ),
        ).toEqual([403, 'forbidden']);
      }
      const minted = await members['write']!.json('POST', '/api/tokens', { scope: 'read' });
      expect(outcome(await members['owner']!.json('DELETE', `/api/tokens/${minted.body.id}`))).toEqual([
        404,
        'token_not_found',
      ]);
    });
  });
});
