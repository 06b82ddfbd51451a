import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../test-support/hub.js';
import type { Json } from '@deltahub/testing';

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const CONFIG = Buffer.from('{"model_type":"bert","hidden_size":4}');

/** The protocol at the HTTP level, where the clients' own tests cannot reach: errors, limits, signatures. */
describe('Hugging Face protocol on sqlite + fs', () => {
  let hub: TestHub;
  let alice: string;
  let reader: string;
  let head: string;

  const call = async (
    method: string,
    path: string,
    options: {
      token?: string;
      body?: RequestInit['body'];
      type?: string;
      headers?: Record<string, string>;
    } = {},
  ): Promise<{ status: number; headers: Headers; body: Json; bytes: Buffer }> => {
    const res = await fetch(hub.url + path, {
      method,
      headers: {
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(options.type ? { 'content-type': options.type } : {}),
        ...options.headers,
      },
      ...(options.body === undefined ? {} : { body: options.body }),
    });
    const bytes = Buffer.from(await res.arrayBuffer());
    const isJson = bytes.length > 0 && (res.headers.get('content-type')?.includes('json') ?? false);
    return {
      status: res.status,
      headers: res.headers,
      body: isJson ? JSON.parse(bytes.toString()) : null,
      bytes,
    };
  };
  const ndjson = (lines: unknown[]): string => lines.map((l) => JSON.stringify(l)).join('\n');
  const commit = (repo: string, lines: unknown[] | string, token = alice) =>
    call('POST', `/api/models/${repo}/commit/main`, {
      token,
      type: 'application/x-ndjson',
      body: typeof lines === 'string' ? lines : ndjson(lines),
    });
  const header = { key: 'header', value: { summary: 'test' } };
  const inline = (path: string, bytes: Buffer) => ({
    key: 'file',
    value: { path, content: bytes.toString('base64'), encoding: 'base64' },
  });

  beforeAll(async () => {
    hub = await startTestHub({ db: 'sqlite', storage: 'fs' });
    alice = await hub.user('alice');
    reader = await hub.user('alice', { scope: 'read' });
    for (const [name, isPrivate] of [
      ['public-bert', false],
      ['secret-bert', true],
    ] as const) {
      const created = await call('POST', '/api/repos/create', {
        token: alice,
        type: 'application/json',
        body: JSON.stringify({ name, organization: 'alice', private: isPrivate, type: 'model' }),
      });
      expect(created.status).toBe(200);
      const res = await commit(`alice/${name}`, [header, inline('config.json', CONFIG)]);
      expect(res.status).toBe(200);
      head = res.body.commitOid as string;
    }
    head = (await call('GET', '/api/models/alice/public-bert')).body.sha as string;
  });
  afterAll(() => hub.stop());

  it('answers transformers.js: anonymous Range bytes=0-0 (206), then the full file', async () => {
    const url = '/alice/public-bert/resolve/main/config.json';
    const probe = await call('GET', url, { headers: { range: 'bytes=0-0' } });
    expect(probe.status).toBe(206);
    expect(probe.headers.get('content-range')).toBe(`bytes 0-0/${CONFIG.length}`);
    expect(probe.headers.get('x-repo-commit')).toBe(head);
    expect(probe.headers.get('etag')).toBe(`"${sha256(CONFIG)}"`);
    expect(probe.bytes).toEqual(CONFIG.subarray(0, 1));
    const full = await call('GET', url);
    expect(full.status).toBe(200);
    expect(full.bytes).toEqual(CONFIG);
  });

  it('hides private repos from anonymous callers with X-Error-Code RepoNotFound, everywhere', async () => {
    for (const path of [
      '/alice/secret-bert/resolve/main/config.json',
      '/api/models/alice/secret-bert',
      '/api/models/alice/secret-bert/tree/main',
    ]) {
      const res = await call('GET', path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('x-error-code'), path).toBe('RepoNotFound');
    }
    const listed = await call('GET', '/api/models?author=alice');
    expect(listed.body.map((m: Json) => m.id)).toEqual(['alice/public-bert']);
    const asOwner = await call('GET', '/alice/secret-bert/resolve/main/config.json', { token: reader });
    expect(asOwner.bytes).toEqual(CONFIG);
  });

  it('tells a missing revision from a missing file, also on HEAD /raw/', async () => {
    const noRev = await call('GET', '/alice/public-bert/resolve/v9/config.json');
    expect([noRev.status, noRev.headers.get('x-error-code')]).toEqual([404, 'RevisionNotFound']);
    const noFile = await call('HEAD', '/alice/public-bert/raw/main/nope.json');
    expect([noFile.status, noFile.headers.get('x-error-code')]).toEqual([404, 'EntryNotFound']);
    const raw = await call('HEAD', '/alice/public-bert/raw/main/config.json');
    expect([raw.status, raw.headers.get('content-length')]).toEqual([200, String(CONFIG.length)]);
    const info = await call('GET', '/api/models/alice/public-bert/revision/v9');
    expect([info.status, info.headers.get('x-error-code')]).toEqual([404, 'RevisionNotFound']);
    expect(typeof info.body.error).toBe('string');
  });

  describe('LFS batch and signed upload URLs', () => {
    const content = Buffer.from('0123456789'.repeat(50));
    const batch = (token: string | undefined, objects: unknown[]) =>
      call('POST', '/alice/public-bert.git/info/lfs/objects/batch', {
        ...(token ? { token } : {}),
        type: 'application/vnd.git-lfs+json',
        body: JSON.stringify({ operation: 'upload', transfers: ['basic'], objects }),
      });

    it('requires a write token', async () => {
      const obj = [{ oid: sha256(content), size: content.length }];
      expect((await batch(undefined, obj)).status).toBe(401);
      expect((await batch(reader, obj)).status).toBe(403);
    });

    it('signs each URL for one digest and size: tampering is 403, wrong bytes are 400 and store nothing', async () => {
      const answer = await batch(alice, [{ oid: sha256(content), size: content.length }]);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toMatch(/^application\/vnd\.git-lfs\+json/);
      const href = new URL(answer.body.objects[0].actions.upload.href as string);
      const put = (url: URL, body: Buffer) => call('PUT', url.pathname + url.search, { body });

      const bigger = new URL(href);
      bigger.searchParams.set('size', String(content.length + 1));
      expect((await put(bigger, Buffer.concat([content, Buffer.from('x')]))).status).toBe(403);
      const otherRepo = new URL(href);
      otherRepo.pathname = otherRepo.pathname.replace(/lfs-uploads\/[^/]+/, 'lfs-uploads/someone-else');
      expect((await put(otherRepo, content)).status).toBe(403);

      const wrong = Buffer.from(content);
      wrong[0] = 0x41;
      const refused = await put(href, wrong);
      expect([refused.status, refused.body.error.code]).toEqual([400, 'digest_mismatch']);
      expect(await hub.context.db.blob.findUnique({ where: { sha256: sha256(content) } })).toBeNull();

      expect((await put(href, content)).status).toBe(200);
      const again = await batch(alice, [{ oid: sha256(content), size: content.length }]);
      expect(again.body.objects[0].actions).toBeUndefined();
    });
  });

  describe('NDJSON commit', () => {
    it('names the bad line', async () => {
      const res = await commit('alice/public-bert', `${JSON.stringify(header)}\n{"key":"file"\n`);
      expect([res.status, res.body.code]).toEqual([400, 'invalid_ndjson']);
      expect(res.body.error).toMatch(/^line 2: /);
      const noHeader = await commit('alice/public-bert', [inline('a.txt', Buffer.from('a'))]);
      expect(noHeader.body.error).toMatch(/^line 1: the first line must be the header/);
      const badPath = await commit('alice/public-bert', [
        header,
        inline('ok.txt', CONFIG),
        inline('../x', CONFIG),
      ]);
      expect([badPath.status, badPath.body.error]).toEqual([
        400,
        expect.stringMatching(/^line 3: invalid file path/),
      ]);
      const unknown = await commit('alice/public-bert', [header, { key: 'rename', value: { path: 'a' } }]);
      expect(unknown.body.error).toMatch(/^line 2: unknown key "rename"/);
    });

    it('refuses LFS files that were never uploaded, and a stale parentCommit; the branch stays put', async () => {
      const ghost = {
        key: 'lfsFile',
        value: { path: 'w.bin', algo: 'sha256', oid: 'e'.repeat(64), size: 3 },
      };
      const missing = await commit('alice/public-bert', [header, ghost]);
      expect([missing.status, missing.body.code]).toEqual([400, 'missing_blob']);
      const stale = await commit('alice/public-bert', [
        { key: 'header', value: { summary: 's', parentCommit: 'f'.repeat(64) } },
        inline('b.txt', CONFIG),
      ]);
      expect([stale.status, stale.body.code]).toEqual([409, 'stale_parent']);
      expect((await call('GET', '/api/models/alice/public-bert')).body.sha).toBe(head);
    });

    it('applies additions and deletions on top of the parent', async () => {
      const added = await commit('alice/public-bert', [
        { key: 'header', value: { summary: 'add', parentCommit: head } },
        inline('docs/a.md', Buffer.from('# a')),
        inline('docs/b.md', Buffer.from('# b')),
        { key: 'file', value: { path: 'notes.txt', content: 'plain text' } },
      ]);
      expect(added.status).toBe(200);
      expect((await call('GET', '/alice/public-bert/resolve/main/notes.txt')).bytes.toString()).toBe(
        'plain text',
      );
      const removed = await commit('alice/public-bert', [
        header,
        { key: 'deletedFolder', value: { path: 'docs/' } },
        { key: 'deletedFile', value: { path: 'notes.txt' } },
      ]);
      expect(removed.status).toBe(200);
      const info = await call(
        'GET',
        `/api/models/alice/public-bert/revision/${removed.body.commitOid as string}`,
      );
      expect(info.body.siblings).toEqual([{ rfilename: 'config.json' }]);
    });

    it('commits concurrent uploads without parentCommit on top of each other: none is lost', async () => {
      const names = ['p0.txt', 'p1.txt', 'p2.txt', 'p3.txt'];
      const results = await Promise.all(
        names.map((name) => commit('alice/public-bert', [header, inline(name, Buffer.from(name))])),
      );
      expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200]);
      const tree = await call('GET', '/api/models/alice/public-bert/tree/main');
      expect(tree.body.map((e: Json) => e.path)).toEqual(expect.arrayContaining(names));
    });

    it('takes lfsFile lines without size (the Hub does not require it), and lists sizes with ?blobs=true', async () => {
      const weights = Buffer.from('\0binary weights\0');
      const oid = sha256(weights);
      const batch = await call('POST', '/alice/public-bert.git/info/lfs/objects/batch', {
        token: alice,
        type: 'application/vnd.git-lfs+json',
        body: JSON.stringify({ operation: 'upload', objects: [{ oid, size: weights.length }] }),
      });
      const href = new URL(batch.body.objects[0].actions.upload.href as string);
      expect((await call('PUT', href.pathname + href.search, { body: weights })).status).toBe(200);
      const res = await commit('alice/public-bert', [
        header,
        { key: 'lfsFile', value: { path: 'w.bin', algo: 'sha256', oid } },
      ]);
      expect(res.status).toBe(200);
      // The pointer git-lfs would write for these 16 bytes, built by its spec: 127 bytes.
      const pointer = `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${weights.length}\n`;
      expect(Buffer.byteLength(pointer)).toBe(127);
      const info = await call('GET', '/api/models/alice/public-bert?blobs=true');
      expect(info.body.siblings).toContainEqual({
        rfilename: 'w.bin',
        size: weights.length,
        blobId: oid,
        lfs: { sha256: oid, size: weights.length, pointerSize: Buffer.byteLength(pointer) },
      });
      const tree = await call('GET', '/api/models/alice/public-bert/tree/main');
      expect(tree.body).toContainEqual({
        type: 'file',
        oid,
        size: weights.length,
        path: 'w.bin',
        lfs: { oid, size: weights.length, pointerSize: Buffer.byteLength(pointer) },
      });
    });

    it('requires a write token and refuses pull requests', async () => {
      expect((await commit('alice/public-bert', [header, inline('c.txt', CONFIG)], reader)).status).toBe(403);
      const pr = await call('POST', '/api/models/alice/public-bert/commit/main?create_pr=1', {
        token: alice,
        type: 'application/x-ndjson',
        body: ndjson([header]),
      });
      expect(pr.status).toBe(400);
    });
  });
});

describe('Hugging Face protocol behind a proxy (DELTAHUB_PUBLIC_URL)', () => {
  it('builds upload hrefs and Link headers on the public URL, not the request host', async () => {
    const hub = await startTestHub(
      { db: 'sqlite', storage: 'fs' },
      { DELTAHUB_PUBLIC_URL: 'https://hub.example/' },
    );
    try {
      // hub.url is the public URL; the test talks to the hub directly, as the proxy would.
      const direct = `http://127.0.0.1:${hub.port}`;
      const alice = await hub.user('alice');
      const auth = { authorization: `Bearer ${alice}` };
      for (const name of ['a', 'b']) {
        const created = await fetch(`${direct}/api/repos/create`, {
          method: 'POST',
          headers: { ...auth, 'content-type': 'application/json' },
          body: JSON.stringify({ name, organization: 'alice', type: 'model' }),
        });
        expect(created.status).toBe(200);
        expect(((await created.json()) as Json).url).toBe(`https://hub.example/alice/${name}`);
        const committed = await fetch(`${direct}/api/models/alice/${name}/commit/main`, {
          method: 'POST',
          headers: { ...auth, 'content-type': 'application/x-ndjson' },
          body: [
            { key: 'header', value: { summary: 'config' } },
            {
              key: 'file',
              value: { path: 'config.json', content: CONFIG.toString('base64'), encoding: 'base64' },
            },
          ]
            .map((line) => JSON.stringify(line))
            .join('\n'),
        });
        expect(((await committed.json()) as Json).commitUrl).toMatch(/^https:\/\/hub\.example\/alice\//);
      }
      const weights = Buffer.from('weights');
      const batch = await fetch(`${direct}/alice/a.git/info/lfs/objects/batch`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/vnd.git-lfs+json' },
        body: JSON.stringify({
          operation: 'upload',
          objects: [{ oid: sha256(weights), size: weights.length }],
        }),
      });
      const href = ((await batch.json()) as Json).objects[0].actions.upload.href as string;
      expect(href.startsWith('https://hub.example/')).toBe(true);
      const page = await fetch(`${direct}/api/models?author=alice&limit=1`);
      expect(page.headers.get('link')).toMatch(/^<https:\/\/hub\.example\/api\/models\?/);
    } finally {
      await hub.stop();
    }
  });
});
