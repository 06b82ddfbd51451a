import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, sha256, type Json } from '@deltahub/testing';
import { startTestHub, type TestHub } from '../test-support/hub.js';

const header = { key: 'header', value: { summary: 'test' } };
const inline = (path: string, text: string) => ({
  key: 'file',
  value: { path, content: Buffer.from(text).toString('base64'), encoding: 'base64' },
});

/** What the Hugging Face routes refuse, with the code (body and `X-Error-Code`) each refusal carries. */
describe('Hugging Face routes: refusals', () => {
  let hub: TestHub;
  let alice: ApiClient;
  let bob: ApiClient;

  /** A request with a raw body; answers the status, the HF error code and the parsed body. */
  const send = async (
    client: ApiClient,
    method: string,
    path: string,
    type: string,
    body: string,
  ): Promise<{ status: number; code: string | null; body: Json }> => {
    const res = await fetch(client.base + path, {
      method,
      headers: client.headers({ 'content-type': type }),
      body,
    });
    const text = await res.text();
    return {
      status: res.status,
      code: res.headers.get('x-error-code'),
      body: text ? JSON.parse(text) : null,
    };
  };
  const commit = (repo: string, lines: unknown[], query = '', client = alice) =>
    send(
      client,
      'POST',
      `/api/models/${repo}/commit/${query}`,
      'application/x-ndjson',
      lines.map((l) => JSON.stringify(l)).join('\n'),
    );
  const createRepo = (body: Record<string, unknown>, client = alice) =>
    send(client, 'POST', '/api/repos/create', 'application/json', JSON.stringify(body));
  const lfsBatch = (repo: string, body: unknown) =>
    send(
      alice,
      'POST',
      `/${repo}.git/info/lfs/objects/batch`,
      'application/vnd.git-lfs+json',
      JSON.stringify(body),
    );
  const head = async (repo: string): Promise<string> =>
    (await alice.json('GET', `/api/models/${repo}`)).body.sha;

  beforeAll(async () => {
    hub = await startTestHub({ db: 'sqlite', storage: 'fs' });
    alice = new ApiClient(hub.url, await hub.user('alice'));
    bob = new ApiClient(hub.url, await hub.user('bob'));
    expect((await createRepo({ name: 'notes' })).status).toBe(200);
    expect(
      (await commit('alice/notes', [header, inline('a.txt', 'a'), inline('b/c.txt', 'c')], 'main')).status,
    ).toBe(200);
  });
  afterAll(async () => hub?.stop());

  describe('POST /api/repos/create', () => {
    it('creates model repos only: any other type is unsupported_repo_type', async () => {
      for (const type of ['dataset', 'space']) {
        const res = await createRepo({ name: `a-${type}`, type });
        expect([res.status, res.code, res.body.code]).toEqual([
          400,
          'unsupported_repo_type',
          'unsupported_repo_type',
        ]);
      }
      expect((await alice.json('GET', '/api/models/alice/a-dataset')).status).toBe(404);
      expect((await createRepo({ name: 'a-model', type: 'model' })).status).toBe(200);
    });

    it('takes visibility public or private, or the private flag, and refuses anything else', async () => {
      for (const body of [
        { name: 'v1', visibility: 'internal' },
        { name: 'v2', visibility: true },
        { name: 'v3', private: 'yes' },
      ]) {
        const res = await createRepo(body);
        expect([res.status, res.code]).toEqual([400, 'invalid_request']);
        expect((await alice.json('GET', `/api/models/alice/${body.name}`)).status).toBe(404);
      }
      expect((await createRepo({ name: 'hidden', visibility: 'private' })).status).toBe(200);
      expect((await createRepo({ name: 'hidden-too', private: true })).status).toBe(200);
      expect((await createRepo({ name: 'shown', visibility: 'public' })).status).toBe(200);
      const anonymous = new ApiClient(hub.url);
      expect((await anonymous.json('GET', '/api/models/alice/hidden')).status).toBe(404);
      expect((await anonymous.json('GET', '/api/models/alice/hidden-too')).status).toBe(404);
      expect((await anonymous.json('GET', '/api/models/alice/shown')).body.private).toBe(false);
      expect((await alice.json('GET', '/api/models/alice/hidden')).body.private).toBe(true);
    });

    it('answers 409 repo_exists for an existing repo (what create_repo(exist_ok=True) relies on)', async () => {
      const res = await createRepo({ name: 'notes' });
      expect([res.status, res.code]).toEqual([409, 'repo_exists']);
    });

    it('refuses invalid names, unknown owners and namespaces of others', async () => {
      expect((await createRepo({ name: 'bad name' })).code).toBe('invalid_name');
      expect((await createRepo({ name: 'x', organization: 'nobody' })).code).toBe('owner_not_found');
      const foreign = await createRepo({ name: 'x', organization: 'bob' });
      expect([foreign.status, foreign.code]).toEqual([403, 'forbidden']);
      expect((await createRepo({ name: 'x', files: [] })).code).toBe('invalid_request');
      expect((await createRepo({ name: 'x' }, new ApiClient(hub.url))).code).toBe('unauthorized');
    });
  });

  describe('POST /api/models/{repo}/commit/{rev}', () => {
    it('refuses a commit to a tag with invalid_ref, and the tag keeps its revision', async () => {
      const revision = await head('alice/notes');
      expect((await alice.json('POST', '/api/repos/alice/notes/tags', { name: 'v1', revision })).status).toBe(
        201,
      );
      const res = await commit('alice/notes', [header, inline('d.txt', 'd')], 'v1');
      expect([res.status, res.code]).toEqual([400, 'invalid_ref']);
      expect(res.body.error).toMatch(/v1 is a tag/);
      expect((await alice.json('GET', '/api/repos/alice/notes/revisions/v1')).body.id).toBe(revision);
    });

    it('refuses a commit that would leave no file (empty_commit), keeping the head', async () => {
      const before = await head('alice/notes');
      const res = await commit(
        'alice/notes',
        [
          header,
          { key: 'deletedFile', value: { path: 'a.txt' } },
          { key: 'deletedFolder', value: { path: 'b' } },
        ],
        'main',
      );
      expect([res.status, res.code]).toEqual([400, 'empty_commit']);
      expect(await head('alice/notes')).toBe(before);
      // A header alone on a branch that does not exist is refused as on the Hub, making no revision.
      expect((await commit('alice/notes', [header], 'empty')).code).toBe('RevisionNotFound');
      expect((await alice.json('GET', '/api/repos/alice/notes/revisions/empty')).status).toBe(404);
    });

    it('refuses renames (oldPath) with invalid_commit, naming the line', async () => {
      const before = await head('alice/notes');
      const res = await commit(
        'alice/notes',
        [header, { key: 'file', value: { path: 'renamed.txt', oldPath: 'a.txt' } }],
        'main',
      );
      expect([res.status, res.code]).toEqual([400, 'invalid_commit']);
      expect(res.body.error).toBe('line 2: renames (oldPath) are not supported');
      expect(await head('alice/notes')).toBe(before);
    });

    it('refuses pull requests (unsupported) and an lfsFile whose oid is not a sha256 (invalid_commit)', async () => {
      const pr = await commit('alice/notes', [header, inline('e.txt', 'e')], 'main?create_pr=1');
      expect([pr.status, pr.code]).toEqual([400, 'unsupported']);
      const badOid = await commit(
        'alice/notes',
        [header, { key: 'lfsFile', value: { path: 'w.bin', algo: 'sha256', oid: 'A'.repeat(64) } }],
        'main',
      );
      expect([badOid.status, badOid.code]).toEqual([400, 'invalid_commit']);
    });
  });

  describe('POST /{repo}.git/info/lfs/objects/batch', () => {
    it('refuses an oid that is not a lowercase hex sha256 with invalid_digest', async () => {
      const good = sha256(Buffer.from('w'));
      for (const oid of [good.toUpperCase(), good.slice(1), `../${good.slice(3)}`, 42]) {
        const res = await lfsBatch('alice/notes', {
          operation: 'upload',
          objects: [
            { oid: good, size: 1 },
            { oid, size: 1 },
          ],
        });
        expect([res.status, res.code]).toEqual([400, 'invalid_digest']);
        expect(res.body.error).toMatch(/^objects\[1\]\.oid/);
      }
    });

    it('takes uploads only at the signed URL it handed out: another oid there is forbidden', async () => {
      const bytes = Buffer.from('signed for these bytes');
      const batch = await lfsBatch('alice/notes', {
        operation: 'upload',
        objects: [{ oid: sha256(bytes), size: bytes.length }],
      });
      const href = new URL(batch.body.objects[0].actions.upload.href as string);
      for (const oid of [sha256(Buffer.from('other')), sha256(bytes).toUpperCase(), 'not-a-digest']) {
        const path = href.pathname.replace(sha256(bytes), oid) + href.search;
        const res = await send(alice, 'PUT', path, 'application/octet-stream', bytes.toString());
        expect([res.status, res.code]).toEqual([403, 'forbidden']);
      }
      expect(await hub.context.db.blob.count({ where: { sha256: sha256(bytes) } })).toBe(0);
    });

    it('offers uploads only: a download batch is unsupported_operation', async () => {
      const res = await lfsBatch('alice/notes', {
        operation: 'download',
        objects: [{ oid: sha256(Buffer.from('w')), size: 1 }],
      });
      expect([res.status, res.code]).toEqual([400, 'unsupported_operation']);
    });

    it('is for writers of the repo only', async () => {
      const res = await send(
        bob,
        'POST',
        '/alice/notes.git/info/lfs/objects/batch',
        'application/vnd.git-lfs+json',
        JSON.stringify({ operation: 'upload', objects: [] }),
      );
      expect([res.status, res.code]).toEqual([403, 'forbidden']);
    });
  });
});
