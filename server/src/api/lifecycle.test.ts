import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, hubVariants, isStored, makeDelta, sha256, type Json } from '@deltahub/testing';
import { addOrg, setOrgMember } from '../auth/accounts.js';
import { collectGarbage } from '../gc/gc.js';
import { createLogger } from '../log.js';
import { setQuota, storageUse } from '../quota/quota.js';
import { startTestHub, type TestHub } from '../test-support/hub.js';

const log = createLogger('silent');

describe.each(await hubVariants())('repo lifecycle API on $db + $storage', (variant) => {
  let hub: TestHub;
  /** alice: owner of her namespace and of org `lab`; bob: a stranger; admin: a site admin. */
  let alice: ApiClient;
  let aliceRead: ApiClient;
  let bob: ApiClient;
  let admin: ApiClient;
  /** Members of `lab`: carol writes, dave administers, erin reads. */
  let carol: ApiClient;
  let dave: ApiClient;
  let erin: ApiClient;
  const anon = () => new ApiClient(hub.url);
  let seed = 0;

  /** Creates `id` (optionally private) with one pushed revision; returns the files and revision. */
  async function repoWithDelta(
    client: ApiClient,
    id: string,
    options: { private?: boolean; files?: Record<string, Uint8Array> } = {},
  ): Promise<{ files: Record<string, Uint8Array>; revision: string }> {
    const [owner, name] = id.split('/') as [string, string];
    const created = await client.json('POST', '/api/repos', {
      name,
      ...(owner !== (await client.json('GET', '/api/whoami')).body.name ? { organization: owner } : {}),
      private: options.private ?? false,
    });
    expect(created.status).toBe(201);
    const files = options.files ?? makeDelta(1000 + seed++);
    const pushed = await client.push(id, files, { parent: null });
    expect(pushed.status).toBe(201);
    return { files, revision: pushed.body.revision };
  }

  const accountId = async (name: string): Promise<string> =>
    (await hub.context.db.account.findUniqueOrThrow({ where: { name } })).id;
  const grantOf = (accountName: string, digest: string) =>
    accountId(accountName).then((id) =>
      hub.context.db.blobGrant.findUnique({ where: { accountId_sha256: { accountId: id, sha256: digest } } }),
    );

  beforeAll(async () => {
    hub = await startTestHub(variant);
    alice = new ApiClient(hub.url, await hub.user('alice'));
    aliceRead = new ApiClient(hub.url, await hub.user('alice', { scope: 'read' }));
    bob = new ApiClient(hub.url, await hub.user('bob'));
    admin = new ApiClient(hub.url, await hub.user('root', { admin: true }));
    carol = new ApiClient(hub.url, await hub.user('carol'));
    dave = new ApiClient(hub.url, await hub.user('dave'));
    erin = new ApiClient(hub.url, await hub.user('erin'));
    await addOrg(hub.context.db, 'lab', 'alice');
    await setOrgMember(hub.context.db, 'lab', 'carol', 'write');
    await setOrgMember(hub.context.db, 'lab', 'dave', 'admin');
    await setOrgMember(hub.context.db, 'lab', 'erin', 'read');
  });
  afterAll(async () => hub?.stop());

  describe('delete', () => {
    it('is refused to anonymous callers, read tokens, strangers and org members without the admin role', async () => {
      await repoWithDelta(alice, 'alice/keep');
      await repoWithDelta(alice, 'alice/hidden', { private: true });
      await repoWithDelta(alice, 'lab/shared');
      const cases: [ApiClient, string, number, string][] = [
        [anon(), 'alice/keep', 401, 'unauthorized'],
        [aliceRead, 'alice/keep', 403, 'forbidden'],
        [bob, 'alice/keep', 403, 'forbidden'],
        // A private repo is invisible to strangers: 404, as if it did not exist.
        [bob, 'alice/hidden', 404, 'repo_not_found'],
        [carol, 'lab/shared', 403, 'forbidden'],
        [erin, 'lab/shared', 403, 'forbidden'],
      ];
      for (const [client, id, status, code] of cases) {
        const res = await client.json('DELETE', `/api/repos/${id}`);
        expect([id, res.status, res.body.error.code]).toEqual([id, status, code]);
      }
      for (const id of ['alice/keep', 'alice/hidden', 'lab/shared'])
        expect((await alice.json('GET', `/api/repos/${id}`)).status).toBe(200);
    });

    it('is allowed to the owner, an org admin and a site admin', async () => {
      await repoWithDelta(alice, 'alice/by-owner');
      await repoWithDelta(alice, 'lab/by-org-admin');
      await repoWithDelta(bob, 'bob/by-site-admin', { private: true });
      expect((await alice.json('DELETE', '/api/repos/alice/by-owner')).body).toEqual({
        deleted: 'alice/by-owner',
      });
      expect((await dave.json('DELETE', '/api/repos/lab/by-org-admin')).status).toBe(200);
      expect((await admin.json('DELETE', '/api/repos/bob/by-site-admin')).status).toBe(200);
      for (const id of ['alice/by-owner', 'lab/by-org-admin', 'bob/by-site-admin'])
        expect((await admin.json('GET', `/api/repos/${id}`)).status).toBe(404);
    });

    it('removes refs and revisions and the grants only it justified; GC then removes only unshared blobs', async () => {
      const shared = makeDelta(77);
      const own = { ...shared, 'extra.bin': new TextEncoder().encode('only in the deleted repo') };
      const { revision } = await repoWithDelta(alice, 'alice/doomed', { files: own });
      await repoWithDelta(alice, 'alice/sibling', { files: shared });
      // Bob uploaded the same extra bytes on his own: his grant is his, and stays.
      await repoWithDelta(bob, 'bob/same-bytes', {
        files: { ...makeDelta(78), 'extra.bin': own['extra.bin']! },
      });
      const extra = sha256(own['extra.bin']!);
      const before = await storageUse(hub.context.db, hub.context.config, await accountId('alice'));

      expect((await alice.json('DELETE', '/api/repos/alice/doomed')).status).toBe(200);
      expect((await alice.json('GET', '/api/repos/alice/doomed')).status).toBe(404);
      expect((await alice.json('GET', `/api/repos/alice/doomed/revisions/${revision}`)).status).toBe(404);
      expect(await hub.context.db.revision.findUnique({ where: { id: revision } })).toBeNull();
      expect(await hub.context.db.ref.count({ where: { revisionId: revision } })).toBe(0);
      expect(await grantOf('alice', extra)).toBeNull();
      expect(await grantOf('alice', sha256(shared['delta.safetensors']!))).not.toBeNull();
      expect(await grantOf('bob', extra)).not.toBeNull();
      const after = await storageUse(hub.context.db, hub.context.config, await accountId('alice'));
      expect(before.usedBytes - after.usedBytes).toBe(own['extra.bin']!.length);
      // The bytes stay until GC, and GC keeps them while bob's revision uses them.
      await collectGarbage(hub.context.db, hub.context.store, 0, log);
      expect(await isStored(hub, extra)).toBe(true);
      expect((await bob.json('DELETE', '/api/repos/bob/same-bytes')).status).toBe(200);
      await collectGarbage(hub.context.db, hub.context.store, 0, log);
      expect(await isStored(hub, extra)).toBe(false);
      expect(await isStored(hub, sha256(shared['delta.safetensors']!))).toBe(true);
    });

    it('leaves no grant through which the namespace could commit the deleted bytes without uploading them', async () => {
      const secret = { ...makeDelta(79), 'secret.txt': new TextEncoder().encode('api key 123') };
      await repoWithDelta(alice, 'alice/leaked', { files: secret });
      expect((await alice.json('DELETE', '/api/repos/alice/leaked')).status).toBe(200);
      await alice.json('POST', '/api/repos', { name: 'again' });
      const list = [
        { path: 'secret.txt', sha256: sha256(secret['secret.txt']!), size: secret['secret.txt']!.length },
      ];
      const pre = await alice.json('POST', '/api/repos/alice/again/preupload', { files: list });
      expect(pre.body.missing.map((m: Json) => m.sha256)).toEqual([list[0]!.sha256]);
    });
  });

  describe('move and rename', () => {
    it('renames, keeps revision ids, and redirects the old name (307) until it is reused', async () => {
      const { revision, files } = await repoWithDelta(alice, 'alice/before');
      const moved = await alice.json('POST', '/api/repos/alice/before/move', { to: 'alice/after' });
      expect(moved.body).toEqual({ id: 'alice/after', private: false });
      const old = await fetch(`${hub.url}/api/repos/alice/before/refs`, { redirect: 'manual' });
      expect([old.status, old.headers.get('x-error-code')]).toEqual([307, 'repo_moved']);
      expect(old.headers.get('location')).toBe('/api/repos/alice/after/refs');
      const followed = await anon().json('GET', '/api/repos/alice/before');
      expect(followed.body).toMatchObject({ id: 'alice/after', head: { id: revision } });
      const file = await fetch(`${hub.url}/alice/before/resolve/${revision}/delta.safetensors`);
      expect(new Uint8Array(await file.arrayBuffer())).toEqual(files['delta.safetensors']);
      // Pushing on top of the moved revision works under the new name.
      expect((await alice.push('alice/after', makeDelta(81), { parent: revision })).status).toBe(201);
      // Search knows the new name only.
      const search = await anon().json('GET', '/api/search?q=alice/after');
      expect(search.body.items.map((i: Json) => i.id)).toEqual(['alice/after']);
      expect((await anon().json('GET', '/api/search?q=alice/before')).body.items).toEqual([]);
      // A new repo takes the old name: no more redirect.
      expect((await alice.json('POST', '/api/repos', { name: 'before' })).status).toBe(201);
      const reused = await fetch(`${hub.url}/api/repos/alice/before`, { redirect: 'manual' });
      expect(reused.status).toBe(200);
    });

    it('moves into an org the caller may write: grants follow the repo, quotas are checked first', async () => {
      const own = { ...makeDelta(82), 'weights.bin': new Uint8Array(4096).fill(7) };
      await repoWithDelta(alice, 'alice/to-lab', { files: own });
      const digest = sha256(own['weights.bin']!);
      await setQuota(hub.context.db, hub.context.config, 'lab', 1000);
      const refused = await alice.json('POST', '/api/repos/alice/to-lab/move', { to: 'lab/from-alice' });
      expect([refused.status, refused.body.error.code]).toEqual([413, 'quota_exceeded']);
      expect((await alice.json('GET', '/api/repos/alice/to-lab')).status).toBe(200);
      await setQuota(hub.context.db, hub.context.config, 'lab', null);

      const labBefore = await storageUse(hub.context.db, hub.context.config, await accountId('lab'));
      // The files lab holds no grant for yet (configs of earlier tests may be identical).
      let newBytes = 0;
      for (const bytes of Object.values(own))
        if (!(await grantOf('lab', sha256(bytes)))) newBytes += bytes.length;
      expect(newBytes).toBeGreaterThanOrEqual(own['weights.bin']!.length);
      expect(
        (await alice.json('POST', '/api/repos/alice/to-lab/move', { to: 'lab/from-alice' })).status,
      ).toBe(200);
      expect(await grantOf('lab', digest)).not.toBeNull();
      expect(await grantOf('alice', digest)).toBeNull();
      const labAfter = await storageUse(hub.context.db, hub.context.config, await accountId('lab'));
      expect(labAfter.usedBytes - labBefore.usedBytes).toBe(newBytes);
      // Org members see it where it now lives; the old name redirects there.
      expect((await carol.json('GET', '/api/repos/alice/to-lab')).body.id).toBe('lab/from-alice');
    });

    it('is refused into a namespace the caller may not write, onto an existing name, and to non-managers', async () => {
      await repoWithDelta(alice, 'alice/stays');
      await repoWithDelta(alice, 'alice/taken');
      await repoWithDelta(alice, 'lab/org-repo');
      const cases: [ApiClient, string, unknown, number, string][] = [
        [alice, 'alice/stays', 'bob/stolen', 403, 'forbidden'],
        [alice, 'alice/stays', 'alice/taken', 409, 'repo_exists'],
        [alice, 'alice/stays', 'nobody/x', 404, 'owner_not_found'],
        [alice, 'alice/stays', 'alice/bad name', 400, 'invalid_name'],
        [alice, 'alice/stays', 42, 400, 'invalid_request'],
        [bob, 'alice/stays', 'bob/mine', 403, 'forbidden'],
        [carol, 'lab/org-repo', 'carol/mine', 403, 'forbidden'],
        [aliceRead, 'alice/stays', 'alice/other', 403, 'forbidden'],
      ];
      for (const [client, id, to, status, code] of cases) {
        const res = await client.json('POST', `/api/repos/${id}/move`, { to });
        expect([id, to, res.status, res.body.error.code]).toEqual([id, to, status, code]);
      }
      expect((await alice.json('GET', '/api/repos/alice/stays')).body.id).toBe('alice/stays');
    });

    it('never leaks a private repo’s new name through its old one', async () => {
      await repoWithDelta(alice, 'alice/private-old', { private: true });
      expect(
        (await alice.json('POST', '/api/repos/alice/private-old/move', { to: 'alice/private-new' })).status,
      ).toBe(200);
      for (const client of [anon(), bob]) {
        const res = await fetch(`${hub.url}/api/repos/alice/private-old`, {
          redirect: 'manual',
          headers: client.headers(),
        });
        expect(res.status).toBe(404);
        expect(res.headers.get('location')).toBeNull();
      }
      const own = await fetch(`${hub.url}/api/repos/alice/private-old`, {
        redirect: 'manual',
        headers: alice.headers(),
      });
      expect(own.status).toBe(307);
    });
  });

  describe('visibility', () => {
    it('is changed by managers only; private repos vanish from others and from search', async () => {
      await repoWithDelta(alice, 'lab/visible');
      for (const client of [carol, erin, bob, aliceRead]) {
        const res = await client.json('PUT', '/api/repos/lab/visible/settings', { private: true });
        expect(res.status).toBe(403);
      }
      expect((await alice.json('PUT', '/api/repos/lab/visible/settings', { private: 'yes' })).status).toBe(
        400,
      );
      expect((await dave.json('PUT', '/api/repos/lab/visible/settings', { private: true })).body).toEqual({
        id: 'lab/visible',
        private: true,
      });
      expect((await anon().json('GET', '/api/repos/lab/visible')).status).toBe(404);
      expect((await bob.json('GET', '/api/repos/lab/visible')).status).toBe(404);
      expect((await erin.json('GET', '/api/repos/lab/visible')).status).toBe(200);
      expect((await anon().json('GET', '/api/search?q=lab/visible')).body.items).toEqual([]);
      expect((await admin.json('PUT', '/api/repos/lab/visible/settings', { private: false })).status).toBe(
        200,
      );
      expect((await anon().json('GET', '/api/search?q=lab/visible')).body.items).toHaveLength(1);
    });
  });

  describe('branches and tags', () => {
    it('creates branches and tags from a branch, a tag or a revision id, lists and deletes them', async () => {
      const { revision: first } = await repoWithDelta(alice, 'alice/refs');
      const second = (await alice.push('alice/refs', makeDelta(90), { parent: first })).body.revision;
      const post = (kind: string, body: unknown) => alice.json('POST', `/api/repos/alice/refs/${kind}`, body);
      expect((await post('tags', { name: 'v1', revision: first })).body).toEqual({
        name: 'v1',
        kind: 'tag',
        revision: first,
      });
      expect((await post('tags', { name: 'v2', revision: 'main' })).body.revision).toBe(second);
      expect((await post('branches', { name: 'from-tag', revision: 'v1' })).body.revision).toBe(first);
      expect((await post('branches', { name: 'from-main' })).body.revision).toBe(second);
      const listed = (await anon().json('GET', '/api/repos/alice/refs/refs')).body;
      expect(listed.map((r: Json) => [r.name, r.kind, r.revision])).toEqual([
        ['from-main', 'branch', second],
        ['from-tag', 'branch', first],
        ['main', 'branch', second],
        ['v1', 'tag', first],
        ['v2', 'tag', second],
      ]);
      // Pushing to the branch made from v1 builds on v1's revision.
      expect(
        (await alice.push('alice/refs', makeDelta(91), { parent: first, branch: 'from-tag' })).status,
      ).toBe(201);
      expect((await alice.json('DELETE', '/api/repos/alice/refs/tags/v1')).body).toEqual({
        deleted: 'v1',
        kind: 'tag',
      });
      expect((await alice.json('DELETE', '/api/repos/alice/refs/branches/from-tag')).status).toBe(200);
      const left = (await anon().json('GET', '/api/repos/alice/refs/refs')).body.map((r: Json) => r.name);
      expect(left).toEqual(['from-main', 'main', 'v2']);
      // The revisions stay reachable by id.
      expect((await anon().json('GET', `/api/repos/alice/refs/revisions/${first}`)).status).toBe(200);
    });

    it('answers each bad request with its code', async () => {
      await repoWithDelta(alice, 'alice/ref-errors', { private: true });
      await alice.json('POST', '/api/repos/alice/ref-errors/tags', { name: 'v1' });
      const cases: [ApiClient, string, string, unknown, number, string][] = [
        [alice, 'POST', 'branches', { name: 'main' }, 409, 'ref_exists'],
        [alice, 'POST', 'branches', { name: 'v1' }, 409, 'ref_exists'],
        [alice, 'POST', 'branches', { name: 'x', revision: 'nope' }, 404, 'revision_not_found'],
        [alice, 'POST', 'branches', { name: 'x', revision: 'f'.repeat(64) }, 404, 'revision_not_found'],
        [alice, 'POST', 'tags', { name: '../x' }, 400, 'invalid_ref'],
        [alice, 'POST', 'tags', {}, 400, 'invalid_request'],
        [alice, 'DELETE', 'branches/main', undefined, 400, 'default_branch'],
        [alice, 'DELETE', 'branches/v1', undefined, 404, 'revision_not_found'],
        [alice, 'DELETE', 'tags/none', undefined, 404, 'revision_not_found'],
        [aliceRead, 'POST', 'branches', { name: 'y' }, 403, 'forbidden'],
        [bob, 'POST', 'branches', { name: 'y' }, 404, 'repo_not_found'],
        [bob, 'DELETE', 'tags/v1', undefined, 404, 'repo_not_found'],
        [anon(), 'DELETE', 'tags/v1', undefined, 404, 'repo_not_found'],
      ];
      for (const [client, method, path, body, status, code] of cases) {
        const res = await client.json(method, `/api/repos/alice/ref-errors/${path}`, body);
        expect([method, path, res.status, res.body.error.code]).toEqual([method, path, status, code]);
      }
    });
  });

  describe('history and paths-info', () => {
    it('pages the history of a ref, newest first, with a cursor', async () => {
      let { revision } = await repoWithDelta(alice, 'alice/history');
      const ids = [revision];
      for (let i = 0; i < 4; i++) {
        revision = (
          await alice.push('alice/history', makeDelta(200 + i), { parent: revision, message: `step ${i}` })
        ).body.revision;
        ids.unshift(revision);
      }
      await alice.json('POST', '/api/repos/alice/history/branches', { name: 'old', revision: ids[3] });
      const seen: Json[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: Json = await anon().json(
          'GET',
          `/api/repos/alice/history/commits/main?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expect(page.status).toBe(200);
        seen.push(...page.body.items);
        cursor = page.body.nextCursor;
        pages++;
      } while (cursor);
      expect(pages).toBe(3);
      expect(seen.map((c) => c.id)).toEqual(ids);
      expect(seen[0]).toMatchObject({ message: 'step 3', author: 'alice', parent: ids[1] });
      expect(seen[4].parent).toBeNull();
      const old = await anon().json('GET', '/api/repos/alice/history/commits/old');
      expect(old.body).toEqual({ items: expect.any(Array), nextCursor: null });
      expect(old.body.items.map((c: Json) => c.id)).toEqual(ids.slice(3));
      for (const query of ['limit=0', 'limit=101', 'limit=x', 'cursor=zz'])
        expect((await anon().json('GET', `/api/repos/alice/history/commits/main?${query}`)).status).toBe(400);
      expect((await anon().json('GET', '/api/repos/alice/history/commits/nope')).status).toBe(404);
    });

    it('describes files and folders at a revision and leaves out missing paths', async () => {
      const files: Record<string, Uint8Array> = {
        ...makeDelta(300),
        'docs/a/b.txt': new TextEncoder().encode('b'),
      };
      const { revision } = await repoWithDelta(alice, 'alice/paths', { files });
      const res = await anon().json('POST', '/api/repos/alice/paths/paths-info/main', {
        paths: ['docs/a/b.txt', 'docs', 'docs/a/', 'missing', 'README.md'],
      });
      expect(res.headers.get('x-repo-commit')).toBe(revision);
      expect(res.body).toEqual([
        { type: 'file', path: 'docs/a/b.txt', sha256: sha256(files['docs/a/b.txt']!), size: 1 },
        { type: 'directory', path: 'docs' },
        { type: 'directory', path: 'docs/a' },
        {
          type: 'file',
          path: 'README.md',
          sha256: sha256(files['README.md']!),
          size: files['README.md']!.length,
        },
      ]);
      for (const paths of [undefined, 'README.md', [1], ['../x'], Array(1001).fill('a')]) {
        const bad = await anon().json('POST', '/api/repos/alice/paths/paths-info/main', { paths });
        expect(bad.status).toBe(400);
      }
    });
  });
});
