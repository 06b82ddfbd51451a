import { createHash, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import {
  createRepo,
  downloadFile,
  fileExists,
  listFiles,
  listModels,
  modelInfo,
  uploadFiles,
  whoAmI,
} from '@huggingface/hub';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitRevision } from '../push/commit.js';
import { uploadBlob } from '../push/upload.js';
import { createRepo as createHubRepo } from '../repos/repos.js';
import { startTestHub, type TestHub } from '../test-support/hub.js';
import { hubVariants } from '@deltahub/testing';

const FIXTURE = new URL('../../../core/test-fixtures/hf-tiny/bert/', import.meta.url);
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const bytesOf = async (blob: Blob | null): Promise<Buffer> => Buffer.from(await blob!.arrayBuffer());

/** Requests the client sent, as `METHOD path`, to see which protocol steps ran. */
function recordingFetch(log: string[]): typeof fetch {
  return (input, init) => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    log.push(`${init?.method ?? 'GET'} ${url.pathname}`);
    return fetch(input, init);
  };
}

/** Gives `owner` `count` public repos named `paged-<i>` with one commit each, without HTTP. */
async function seedRepos(hub: TestHub, owner: string, count: number): Promise<void> {
  const db = hub.context.db;
  const content = Buffer.from('{"model_type":"bert"}');
  const file = { path: 'config.json', sha256: sha256(content), size: content.length };
  const user = await db.account.findUniqueOrThrow({ where: { name: owner } });
  await uploadBlob(
    db,
    hub.context.store,
    Readable.from([content]),
    { ...file, maxBytes: 1024 },
    { namespace: { id: user.id, name: owner }, usable: false, config: hub.context.config },
  );
  const principal = {
    userId: user.id,
    userName: owner,
    isAdmin: false,
    scope: 'write' as const,
    tokenId: '',
  };
  for (let i = 0; i < count; i++) {
    const { repo } = await createHubRepo(db, principal, { name: `paged-${i}` });
    await commitRevision(
      db,
      hub.context.store,
      repo,
      principal,
      { branch: 'main', files: [file], message: 'seed', parent: null },
      {
        maxMetadataBytes: 1024,
        maxSafetensorsHeaderBytes: 1024,
        maxTotalHeaderBytes: 1024,
        requireDeltaConfig: false,
      },
    );
  }
}

describe.each(await hubVariants())('@huggingface/hub against the hub on $db + $storage', (variant) => {
  let hub: TestHub;
  let token: string;
  let hubUrl: string;
  const config = readFile(new URL('config.json', FIXTURE));
  const weights = readFile(new URL('model.safetensors', FIXTURE));
  // Over the 10 MiB LFS threshold, with no binary extension: LFS by size alone.
  const large = randomBytes(10 * 1024 * 1024 + 17);
  let commitOid: string;

  beforeAll(async () => {
    hub = await startTestHub(variant);
    hubUrl = hub.url;
    token = await hub.user('alice');
    // Seeded before any request: a long gap of in-process work between requests lets the server
    // close idle keep-alive sockets just as the client reuses them (ECONNRESET).
    await seedRepos(hub, 'alice', 103);
  });
  afterAll(() => hub.stop());

  it('issues hf_ tokens the client accepts (whoAmI)', async () => {
    expect(token).toMatch(/^hf_/);
    const me = await whoAmI({ hubUrl, accessToken: token });
    expect(me).toMatchObject({ type: 'user', name: 'alice', auth: { accessToken: { role: 'write' } } });
  });

  it('creates a repo (createRepo), and refuses an existing one with 409', async () => {
    const created = await createRepo({ repo: 'alice/tiny-bert', hubUrl, accessToken: token });
    expect(created).toEqual({ repoUrl: `${hubUrl}/alice/tiny-bert`, id: 'alice/tiny-bert' });
    await expect(createRepo({ repo: 'alice/tiny-bert', hubUrl, accessToken: token })).rejects.toMatchObject({
      statusCode: 409,
    });
  });

  it('uploads small files inline and large ones through LFS (uploadFiles)', async () => {
    const requests: string[] = [];
    const out = await uploadFiles({
      repo: 'alice/tiny-bert',
      hubUrl,
      accessToken: token,
      fetch: recordingFetch(requests),
      files: [
        { path: 'config.json', content: new Blob([await config]) },
        { path: 'model.safetensors', content: new Blob([await weights]) },
        { path: 'weights/large.dat', content: new Blob([large]) },
      ],
    });
    commitOid = out!.commit.oid;
    expect(commitOid).toMatch(/^[0-9a-f]{64}$/);
    expect(requests).toContain('POST /api/models/alice/tiny-bert/preupload/main');
    expect(requests).toContain('POST /alice/tiny-bert.git/info/lfs/objects/batch');
    // Two LFS uploads (the .safetensors by type, large.dat by size); config.json went inline.
    expect(requests.filter((r) => r.startsWith('PUT /api/lfs-uploads/'))).toHaveLength(2);
    expect(requests.at(-1)).toBe('POST /api/models/alice/tiny-bert/commit/main');
  });

  it('adds a file on top of the branch, keeping the others; LFS content already stored is not re-sent', async () => {
    const requests: string[] = [];
    const out = await uploadFiles({
      repo: 'alice/tiny-bert',
      hubUrl,
      accessToken: token,
      fetch: recordingFetch(requests),
      files: [
        { path: 'README.md', content: new Blob(['---\npipeline_tag: feature-extraction\n---\n# tiny\n']) },
        { path: 'copy.safetensors', content: new Blob([await weights]) },
      ],
    });
    expect(requests.filter((r) => r.startsWith('PUT '))).toEqual([]);
    const info = await modelInfo({
      name: 'alice/tiny-bert',
      hubUrl,
      accessToken: token,
      additionalFields: ['sha', 'filePaths', 'tags'],
    });
    expect(info.sha).toBe(out!.commit.oid);
    expect(info.filePaths.sort()).toEqual([
      'README.md',
      'config.json',
      'copy.safetensors',
      'model.safetensors',
      'weights/large.dat',
    ]);
    expect(info).toMatchObject({ name: 'alice/tiny-bert', private: false, task: 'feature-extraction' });
  });

  it('reads an older revision (modelInfo with revision)', async () => {
    const info = await modelInfo({
      name: 'alice/tiny-bert',
      hubUrl,
      revision: commitOid,
      additionalFields: ['sha', 'filePaths'],
    });
    expect(info.sha).toBe(commitOid);
    expect(info.filePaths).not.toContain('README.md');
  });

  it('lists files with folders, sizes and LFS digests (listFiles)', async () => {
    const top = [];
    for await (const f of listFiles({ repo: 'alice/tiny-bert', hubUrl })) top.push(f);
    expect(top.map((f) => `${f.type} ${f.path}`)).toContain('directory weights');
    expect(top.map((f) => f.path)).not.toContain('weights/large.dat');
    const all = [];
    for await (const f of listFiles({ repo: 'alice/tiny-bert', hubUrl, recursive: true })) all.push(f);
    const largeEntry = all.find((f) => f.path === 'weights/large.dat');
    expect(largeEntry).toMatchObject({ type: 'file', size: large.length, lfs: { oid: sha256(large) } });
    expect(all.find((f) => f.path === 'config.json')?.lfs).toBeUndefined();
  });

  it('downloads files, whole and by ranges, equal to what was uploaded (downloadFile)', async () => {
    expect(
      await bytesOf(await downloadFile({ repo: 'alice/tiny-bert', path: 'config.json', hubUrl })),
    ).toEqual(await config);
    // Over 1 MB the client reads lazily with Range requests.
    const blob = await downloadFile({
      repo: 'alice/tiny-bert',
      path: 'weights/large.dat',
      hubUrl,
      revision: commitOid,
    });
    expect(blob!.size).toBe(large.length);
    expect(sha256(await bytesOf(blob))).toBe(sha256(large));
    expect(await bytesOf(blob!.slice(5, 21))).toEqual(large.subarray(5, 21));
    expect(await downloadFile({ repo: 'alice/tiny-bert', path: 'missing.txt', hubUrl })).toBeNull();
    expect(await fileExists({ repo: 'alice/tiny-bert', path: 'config.json', hubUrl })).toBe(true);
    expect(await fileExists({ repo: 'alice/tiny-bert', path: 'missing.txt', hubUrl })).toBe(false);
  });

  it('reads uploads back through resolve with the digest as ETag', async () => {
    const res = await fetch(`${hubUrl}/alice/tiny-bert/resolve/main/model.safetensors`);
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe(`"${sha256(await weights)}"`);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(await weights);
  });

  it('searches and pages through more than one page (listModels)', async () => {
    const names: string[] = [];
    for await (const m of listModels({ hubUrl, search: { query: 'paged', owner: 'alice' } }))
      names.push(m.name);
    expect(names).toHaveLength(103);
    expect(new Set(names).size).toBe(103);
    const found = [];
    for await (const m of listModels({ hubUrl, search: { query: 'tiny-bert' }, additionalFields: ['sha'] }))
      found.push(m);
    expect(found).toEqual([expect.objectContaining({ name: 'alice/tiny-bert', task: 'feature-extraction' })]);
  });
});
