import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addOrg, addUser } from '../auth/accounts.js';
import { ApiClient, makeDelta, sha256, type Json, storedDigests, hubVariants } from '@deltahub/testing';
import { startTestHub, type TestHub } from '../test-support/hub.js';

/** A JSON answer with every occurrence of `digest` replaced, to compare two answers' shapes. */
const masked = (value: Json, digest: string): string =>
  JSON.stringify(value)
    .replaceAll(digest, '<digest>')
    .replace(/"requestId":"[^"]*"/g, '');

describe.each(await hubVariants())('blob isolation between namespaces on $db + $storage', (variant) => {
  let hub: TestHub;
  let alice: ApiClient;
  let bob: ApiClient;
  let bobToken: string;
  /** Alice's private delta: bob knows its digests (e.g. guessed) but may not read it. */
  const secret = makeDelta(42, {}, '# secret\n');
  const secretWeights = secret['delta.safetensors']!;
  const secretDigest = sha256(secretWeights);
  /** The same kind of file, never stored anywhere: what "unknown" looks like. */
  const ghost = makeDelta(77)['delta.safetensors']!;
  const ghostDigest = sha256(ghost);

  /** Bob's own delta, with the weights file replaced by one he names only by digest. */
  const bobFiles = (weights: Uint8Array) => ({
    ...makeDelta(5, {}, '# bob\n'),
    'delta.safetensors': weights,
  });
  const fileList = (files: Record<string, Uint8Array>) =>
    Object.entries(files).map(([path, bytes]) => ({ path, sha256: sha256(bytes), size: bytes.length }));

  /** Bob commits `files` to bob/<repo> without uploading anything first. */
  const commitWithoutUpload = (repo: string, files: Record<string, Uint8Array>) =>
    bob.json('POST', `/api/repos/bob/${repo}/commits/main`, {
      files: fileList(files),
      message: 'm',
      parent: null,
    });

  const ndjson = (repo: string, lines: unknown[]) =>
    fetch(`${hub.url}/api/models/bob/${repo}/commit/main`, {
      method: 'POST',
      headers: { authorization: `Bearer ${bobToken}`, 'content-type': 'application/x-ndjson' },
      body: lines.map((l) => JSON.stringify(l)).join('\n'),
    });

  const lfsBatch = async (objects: { oid: string; size: number }[]) => {
    const res = await fetch(`${hub.url}/bob/lfs.git/info/lfs/objects/batch`, {
      method: 'POST',
      headers: { authorization: `Bearer ${bobToken}`, 'content-type': 'application/vnd.git-lfs+json' },
      body: JSON.stringify({ operation: 'upload', objects }),
    });
    return { status: res.status, body: (await res.json()) as Json };
  };

  beforeAll(async () => {
    hub = await startTestHub(variant, {
      DELTAHUB_AUTH_RATE_LIMIT: '10000',
      DELTAHUB_WRITE_RATE_LIMIT: '10000',
      DELTAHUB_ALLOW_SIGNUP: 'true',
    });
    alice = new ApiClient(hub.url, await hub.user('alice'));
    bobToken = await hub.user('bob');
    bob = new ApiClient(hub.url, bobToken);
    await alice.json('POST', '/api/repos', { name: 'secret', private: true });
    expect((await alice.push('alice/secret', secret, { parent: null })).status).toBe(201);
    for (const name of ['native', 'hf', 'lfs', 'mine', 'mounted'])
      expect((await bob.json('POST', '/api/repos', { name })).status).toBe(201);
  });
  afterAll(async () => hub?.stop());

  it("refuses a native commit naming another tenant's private digest, exactly as an unknown one", async () => {
    // Bob's own files are uploaded: only the weights are named by digest alone.
    for (const [path, bytes] of Object.entries(bobFiles(ghost)))
      if (path !== 'delta.safetensors')
        expect((await bob.upload('bob/native', bytes)).status).toBeLessThan(300);
    const stolen = await commitWithoutUpload('native', bobFiles(secretWeights));
    const unknown = await commitWithoutUpload('native', bobFiles(ghost));
    expect([stolen.status, stolen.body.error?.code]).toEqual([400, 'missing_blob']);
    expect(masked(stolen.body, secretDigest)).toBe(masked(unknown.body, ghostDigest));
    expect(await hub.context.db.revision.count({ where: { repo: { name: 'native' } } })).toBe(0);
  });

  it("refuses an NDJSON lfsFile naming another tenant's private digest, with or without size", async () => {
    const header = { key: 'header', value: { summary: 'steal' } };
    const line = (oid: string, size?: number) => ({
      key: 'lfsFile',
      value: { path: 'w.safetensors', algo: 'sha256', oid, ...(size === undefined ? {} : { size }) },
    });
    for (const size of [secretWeights.length, undefined]) {
      const stolen = await ndjson('hf', [header, line(secretDigest, size)]);
      const unknown = await ndjson('hf', [header, line(ghostDigest, size)]);
      expect(stolen.status).toBe(400);
      expect(unknown.status).toBe(400);
      const [a, b] = [(await stolen.json()) as Json, (await unknown.json()) as Json];
      expect(a.code).toBe('missing_blob');
      expect(masked(a, secretDigest)).toBe(masked(b, ghostDigest));
    }
    expect(await hub.context.db.revision.count({ where: { repo: { name: 'hf' } } })).toBe(0);
  });

  it('asks for the upload of a private digest at preupload and in the LFS batch, as for an unknown one', async () => {
    const pre = async (digest: string) =>
      bob.json('POST', '/api/repos/bob/native/preupload', {
        files: [{ path: 'delta.safetensors', sha256: digest, size: secretWeights.length }],
      });
    const [stolen, unknown] = [await pre(secretDigest), await pre(ghostDigest)];
    expect(stolen.body.missing).toHaveLength(1);
    expect(masked(stolen.body, secretDigest)).toBe(masked(unknown.body, ghostDigest));

    const batch = await lfsBatch([
      { oid: secretDigest, size: secretWeights.length },
      { oid: ghostDigest, size: ghost.length },
    ]);
    expect(batch.status).toBe(200);
    const [a, b] = batch.body.objects as Json[];
    expect(a.actions.upload.href).toMatch(/\/api\/lfs-uploads\//);
    // Same shape: only the digest and the signature (which covers the digest) differ.
    const shape = (o: Json, digest: string) =>
      masked(o, digest)
        .replace(/signature=[0-9a-f]+/, '')
        .replace(/"expires_in":\d+/, '');
    expect(shape(a, secretDigest)).toBe(shape(b, ghostDigest));
  });

  it('refuses a wrong body for a stored private digest like any upload, keeping nothing', async () => {
    const wrong = randomBytes(secretWeights.length);
    const stolen = await bob.upload('bob/native', wrong, secretDigest);
    const unknown = await bob.upload('bob/native', wrong, ghostDigest);
    expect([stolen.status, stolen.body.error?.code]).toEqual([400, 'digest_mismatch']);
    expect([unknown.status, unknown.body.error.code]).toEqual([400, 'digest_mismatch']);
    const bobId = (await hub.context.db.account.findUniqueOrThrow({ where: { name: 'bob' } })).id;
    const grants = { accountId: bobId, sha256: { in: [secretDigest, ghostDigest] } };
    expect(await hub.context.db.blobGrant.count({ where: grants })).toBe(0);
  });

  it('lets bob commit the bytes once he uploaded them himself; storage keeps one copy', async () => {
    const before = (await storedDigests(hub.context.store)).filter((d) => d === secretDigest).length;
    const upload = await bob.upload('bob/mine', secretWeights);
    // The answer of a fresh upload: nothing tells bob that the hub had these bytes.
    expect([upload.status, upload.body.stored]).toEqual([201, true]);
    expect((await bob.push('bob/mine', bobFiles(secretWeights), { parent: null })).status).toBe(201);
    expect((await storedDigests(hub.context.store)).filter((d) => d === secretDigest).length).toBe(before);
    expect(before).toBe(1);
  });

  it('mounts a digest of a public repo without upload (the committer can read it)', async () => {
    const open = makeDelta(43, {}, '# open\n');
    await alice.json('POST', '/api/repos', { name: 'open' });
    expect((await alice.push('alice/open', open, { parent: null })).status).toBe(201);
    const files = bobFiles(open['delta.safetensors']!);
    const pre = await bob.json('POST', '/api/repos/bob/mounted/preupload', { files: fileList(files) });
    const missing = (pre.body.missing as { sha256: string }[]).map((m) => m.sha256);
    expect(missing).not.toContain(sha256(open['delta.safetensors']!));
    for (const m of missing) {
      const bytes = Object.values(files).find((b) => sha256(b) === m)!;
      expect((await bob.upload('bob/mounted', bytes)).status).toBe(201);
    }
    const commit = await bob.json('POST', '/api/repos/bob/mounted/commits/main', {
      files: fileList(files),
      message: 'mount',
      parent: null,
    });
    expect(commit.status).toBe(201);
  });

  it('lets members of the owning organisation use its private digests', async () => {
    await addOrg(hub.context.db, 'lab', 'alice');
    await alice.json('POST', '/api/repos', { name: 'lab-secret', organization: 'lab', private: true });
    const labDelta = makeDelta(44, {}, '# lab\n');
    expect((await alice.push('lab/lab-secret', labDelta, { parent: null })).status).toBe(201);
    // Alice reads lab's private revision, so she may commit its weights into her own repo.
    await alice.json('POST', '/api/repos', { name: 'from-lab' });
    const files: Record<string, Uint8Array> = {
      ...makeDelta(6, {}, '# from lab\n'),
      'delta.safetensors': labDelta['delta.safetensors']!,
    };
    const pushed = await alice.push('alice/from-lab', files, { parent: null });
    expect(pushed.status).toBe(201);
    // Only the new card went up (the config is alice's own already): not lab's weights.
    expect(pushed.uploadedBytes).toBe(files['README.md']!.length);
  });

  it('keeps account names unique case-insensitively (Alice after alice: name taken)', async () => {
    await expect(addUser(hub.context.db, 'Alice')).rejects.toMatchObject({ status: 409, code: 'name_taken' });
    await expect(addOrg(hub.context.db, 'BOB', 'alice')).rejects.toMatchObject({
      status: 409,
      code: 'name_taken',
    });
    await addOrg(hub.context.db, 'crew', 'alice');
    await expect(addUser(hub.context.db, 'Crew')).rejects.toMatchObject({ status: 409, code: 'name_taken' });
    const signup = await new ApiClient(hub.url).json('POST', '/api/signup', { name: 'ALICE' });
    expect([signup.status, signup.body.error.code]).toEqual([409, 'name_taken']);
    // Lookups stay exact: `Alice/secret` is not alice's repo.
    expect((await alice.json('GET', '/api/repos/Alice/secret')).status).toBe(404);
  });
});
