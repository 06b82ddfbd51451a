import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadSafetensors, serializeSafetensors } from '@deltahub/core/safetensors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AutoModel, BertModel, DeltahubError, snapshotPretrained } from '../index.js';
import { startTestHub, type TestHub } from '@deltahub/testing/hub';
import { HF_TINY, loadTiny, outputsOf, sameBits, tempFolder } from '../test-support/tiny.js';

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const quiet = { onWarning: () => {} };

/** Runs `body` with a fresh cache folder, removed afterwards. */
async function withCache(body: (cacheDir: string) => Promise<void>): Promise<void> {
  const { dir, cleanup } = await tempFolder();
  try {
    await body(dir);
  } finally {
    await cleanup();
  }
}

/**
 * Uploads files the way Hugging Face clients do: `.safetensors` through the LFS batch endpoint and
 * its signed URL, the rest inline in the NDJSON commit. Returns the commit id.
 */
async function hfUpload(hubUrl: string, token: string, repo: string, files: Record<string, Uint8Array>) {
  const auth = { authorization: `Bearer ${token}` };
  const lines: unknown[] = [{ key: 'header', value: { summary: 'upload' } }];
  for (const [path, bytes] of Object.entries(files)) {
    if (!path.endsWith('.safetensors')) {
      lines.push({
        key: 'file',
        value: { path, content: Buffer.from(bytes).toString('base64'), encoding: 'base64' },
      });
      continue;
    }
    const oid = sha256(bytes);
    const batch = await fetch(`${hubUrl}/${repo}.git/info/lfs/objects/batch`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/vnd.git-lfs+json' },
      body: JSON.stringify({ operation: 'upload', objects: [{ oid, size: bytes.length }] }),
    });
    const href = ((await batch.json()) as { objects: { actions?: { upload: { href: string } } }[] })
      .objects[0]?.actions?.upload.href;
    if (href) expect((await fetch(href, { method: 'PUT', body: bytes })).status).toBe(200);
    lines.push({ key: 'lfsFile', value: { path, algo: 'sha256', oid, size: bytes.length } });
  }
  const res = await fetch(`${hubUrl}/api/models/${repo}/commit/main`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/x-ndjson' },
    body: lines.map((l) => JSON.stringify(l)).join('\n'),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { commitOid: string }).commitOid;
}

describe('fromPretrained from a hub', () => {
  let hub: TestHub;
  let token: string;
  let commit: string;
  const bert = join(HF_TINY, 'bert');
  const config = readFile(join(bert, 'config.json'));
  const weights = readFile(join(bert, 'model.safetensors'));

  beforeAll(async () => {
    hub = await startTestHub();
    token = await hub.user('alice');
    for (const name of ['tiny-bert', 'sharded-bert']) {
      const created = await fetch(`${hub.url}/api/repos/create`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name, organization: 'alice' }),
      });
      expect(created.status).toBe(200);
    }
    commit = await hfUpload(hub.url, token, 'alice/tiny-bert', {
      'config.json': await config,
      'model.safetensors': await weights,
    });
    // The same weights split into two shards with an index, as transformers saves large models.
    const tensors = [...loadSafetensors(await weights).tensors];
    const half = Math.ceil(tensors.length / 2);
    const shards = {
      'model-00001-of-00002.safetensors': tensors.slice(0, half),
      'model-00002-of-00002.safetensors': tensors.slice(half),
    };
    const weightMap = Object.fromEntries(
      Object.entries(shards).flatMap(([file, entries]) => entries.map(([key]) => [key, file])),
    );
    await hfUpload(hub.url, token, 'alice/sharded-bert', {
      'config.json': await config,
      'model.safetensors.index.json': Buffer.from(JSON.stringify({ metadata: {}, weight_map: weightMap })),
      ...Object.fromEntries(
        Object.entries(shards).map(([file, entries]) => [file, serializeSafetensors(entries)]),
      ),
    });
  });
  afterAll(() => hub.stop());

  it('loads AutoModel.fromPretrained(owner/name, { hubUrl }) with outputs equal to the local folder', async () => {
    await withCache(async (cacheDir) => {
      const local = await loadTiny('bert');
      const remote = await AutoModel.fromPretrained('alice/tiny-bert', {
        hubUrl: hub.url,
        cacheDir,
        ...quiet,
      });
      expect(remote.constructor).toBe(local.constructor);
      expect(remote.nameOrPath).toBe('alice/tiny-bert');
      // The hub id deltas record as their backbone; a local folder has none.
      expect(remote.hubId).toBe('alice/tiny-bert');
      expect(local.hubId).toBeUndefined();
      expect(sameBits(outputsOf(remote, 'bert'), outputsOf(local, 'bert'))).toBe(true);
      // The model classes take hub ids too, and a pinned commit.
      const pinned = await BertModel.fromPretrained('alice/tiny-bert', {
        hubUrl: hub.url,
        cacheDir,
        revision: commit,
        ...quiet,
      });
      expect(pinned.hubId).toBe('alice/tiny-bert');
      const atRevision = await AutoModel.fromPretrained(`alice/tiny-bert@${commit}`, {
        hubUrl: hub.url,
        cacheDir,
        ...quiet,
      });
      expect(atRevision.hubId).toBe('alice/tiny-bert');
      expect(sameBits(outputsOf(pinned, 'bert'), outputsOf(local, 'bert'))).toBe(true);
    });
  });

  it('downloads a sharded checkpoint (index and shards)', async () => {
    await withCache(async (cacheDir) => {
      const { dir } = await snapshotPretrained('alice/sharded-bert', { hubUrl: hub.url, cacheDir });
      expect(dir).toContain(cacheDir);
      const remote = await AutoModel.fromPretrained('alice/sharded-bert', {
        hubUrl: hub.url,
        cacheDir,
        ...quiet,
      });
      expect(remote.loadReport?.files).toHaveLength(2);
      expect(sameBits(outputsOf(remote, 'bert'), outputsOf(await loadTiny('bert'), 'bert'))).toBe(true);
    });
  });

  it('serves a cached commit offline, and says what is missing otherwise', async () => {
    await withCache(async (cacheDir) => {
      const online = await snapshotPretrained('alice/tiny-bert', { hubUrl: hub.url, cacheDir });
      expect(online.commit).toBe(commit);
      const offline = await snapshotPretrained('alice/tiny-bert', {
        cacheDir,
        offline: true,
        revision: commit,
      });
      expect(offline.dir).toBe(online.dir);
      expect(await readFile(join(offline.dir, 'model.safetensors'))).toEqual(await weights);
      await expect(snapshotPretrained('alice/tiny-bert', { cacheDir, offline: true })).rejects.toMatchObject({
        code: 'HUB_OFFLINE_MISS',
      });
    });
  });

  it('keeps local paths as they were, and names both places for a missing hub repo', async () => {
    await expect(AutoModel.fromPretrained(join(HF_TINY, 'no-such-model'), quiet)).rejects.toMatchObject({
      code: 'MODEL_NOT_FOUND',
    });
    const error = await AutoModel.fromPretrained('alice/missing', { hubUrl: hub.url, ...quiet }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DeltahubError);
    expect(error).toMatchObject({
      code: 'HUB_NOT_FOUND',
      message: expect.stringMatching(/^'alice\/missing' is not a local folder/),
    });
  });
});
