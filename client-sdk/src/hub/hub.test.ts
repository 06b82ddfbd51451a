import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  AutoDeltaModel,
  HubClient,
  HubClientError,
  parseRepoId,
  pushFolder,
  snapshotFromHub,
  type DeltaModel,
  type PreTrainedModel,
} from '../index.js';
import { DeltaCache } from '../cache/cache.js';
import { closedPort, startTestHub, type TestHub } from '@deltahub/testing/hub';
import {
  TINY_HYPERPARAMETERS,
  loadTiny,
  outputsOf,
  perturb,
  sameBits,
  tempFolder,
} from '../test-support/tiny.js';

const METHODS = ['lora', 'adapter', 'prefix'] as const;

let hub: TestHub;
let token: string;
let root: { dir: string; cleanup: () => Promise<void> };
const expected = new Map<string, Map<string, Float32Array>>();
const revisions = new Map<string, string>();
let loraDelta: DeltaModel;
let loraModel: PreTrainedModel;

beforeAll(async () => {
  hub = await startTestHub();
  token = await hub.user('alice');
  root = await tempFolder();
  for (const method of METHODS) {
    const model = await loadTiny('bert');
    const delta = AutoDeltaModel.fromConfig(
      { deltaType: method, hyperparameters: TINY_HYPERPARAMETERS[method] },
      { backboneModel: model },
    );
    perturb(delta.deltaParameters());
    model.eval();
    expected.set(method, outputsOf(model, 'bert'));
    const phases = new Set<string>();
    const pushed = await delta.pushToHub(`alice/bert-${method}`, {
      hubUrl: hub.url,
      token,
      card: { task: 'feature-extraction', tags: ['test'] },
      onProgress: (p) => phases.add(p.phase),
    });
    expect(pushed.revision).toMatch(/^[0-9a-f]{64}$/);
    expect(pushed.createdRepo).toBe(true);
    expect(pushed.uploadedBytes).toBeGreaterThan(0);
    expect(phases).toEqual(new Set(['hash', 'upload', 'commit', 'done']));
    revisions.set(method, pushed.revision);
    if (method === 'lora') {
      loraDelta = delta;
      loraModel = model;
    } else {
      model.dispose();
    }
  }
}, 120_000);

afterAll(async () => {
  loraModel?.dispose();
  await hub?.stop();
  await root?.cleanup();
});

const cacheIn = async (name: string): Promise<string> => join(root.dir, name);

describe('push', () => {
  it('re-pushing an unchanged delta uploads 0 blob bytes and moves the branch', async () => {
    const again = await loraDelta.pushToHub('alice/bert-lora', {
      hubUrl: hub.url,
      token,
      card: { task: 'feature-extraction', tags: ['test'] },
    });
    expect(again.uploadedBytes).toBe(0);
    expect(again.uploadedFiles).toBe(0);
    expect(again.createdRepo).toBe(false);
    const info = await new HubClient({ hubUrl: hub.url, token }).repoInfo(parseRepoId('alice/bert-lora'));
    expect(info.refs.find((r) => r.name === 'main')?.revision).toBe(again.revision);
    expect(info.head?.parent).toBe(revisions.get('lora'));
    revisions.set('lora', again.revision);
  });

  it('the pushed model card is titled and loads from the repo id, not the temporary folder', async () => {
    const snapshot = await snapshotFromHub('alice/bert-adapter', {
      hubUrl: hub.url,
      token,
      cacheDir: await cacheIn('card-cache'),
    });
    const card = await readFile(join(snapshot.dir, 'README.md'), 'utf8');
    expect(card).toMatch(/^# bert-adapter$/m);
    expect(card).toContain(`AutoDeltaModel.fromFinetuned("alice/bert-adapter", { backboneModel: backbone })`);
    expect(card).not.toMatch(/deltahub-push-|"\.\/delta"/);
  });

  it('a stale parent is a typed HUB_STALE_PARENT error', async () => {
    const client = new HubClient({ hubUrl: hub.url, token });
    const repo = parseRepoId('alice/bert-lora');
    const head = await client.revision(repo, 'main');
    const error = await client
      .commit(repo, 'main', { files: head.files, message: 'late', parent: revisions.get('adapter')! })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HubClientError);
    expect((error as HubClientError).code).toBe('HUB_STALE_PARENT');
    expect((error as HubClientError).message).toMatch(/push again/);
  });

  it('a bad token is HUB_UNAUTHORIZED saying to run deltahub login; no token at all too', async () => {
    const bad = `dh_${'x'.repeat(43)}`;
    const error = await loraDelta
      .pushToHub('alice/bert-lora', { hubUrl: hub.url, token: bad })
      .catch((e: unknown) => e);
    expect((error as HubClientError).code).toBe('HUB_UNAUTHORIZED');
    expect((error as Error).message).toMatch(/deltahub login|DELTAHUB_TOKEN/);
    vi.stubEnv('DELTAHUB_TOKEN', '');
    vi.stubEnv('DELTAHUB_CONFIG_DIR', join(root.dir, 'no-config'));
    try {
      const none = await loraDelta.pushToHub('alice/x', { hubUrl: hub.url }).catch((e: unknown) => e);
      expect((none as HubClientError).code).toBe('HUB_UNAUTHORIZED');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("another user's namespace is HUB_FORBIDDEN", async () => {
    const bob = await hub.user('bob');
    const error = await loraDelta
      .pushToHub('alice/bert-lora', { hubUrl: hub.url, token: bob })
      .catch((e: unknown) => e);
    expect((error as HubClientError).code).toBe('HUB_FORBIDDEN');
  });
});

describe('pull through the cache', () => {
  it('refuses a mismatched backbone with a clear message', async () => {
    const roberta = await loadTiny('roberta');
    const error = await AutoDeltaModel.fromFinetuned('alice/bert-lora', {
      backboneModel: roberta,
      hubUrl: hub.url,
      token,
      cacheDir: await cacheIn('mismatch-cache'),
    }).catch((e: unknown) => e);
    expect((error as { code?: string }).code).toBe('BACKBONE_STRUCTURE_MISMATCH');
    expect((error as Error).message).toContain('BertModel (bert)');
    roberta.dispose();
  });

  it('re-downloads a corrupted cache file, and pins revisions by id', async () => {
    const cacheDir = await cacheIn('corrupt-cache');
    const id = `alice/bert-lora@${revisions.get('lora')}`;
    const first = await snapshotFromHub(id, { hubUrl: hub.url, token, cacheDir });
    expect(first.downloadedBytes).toBeGreaterThan(0);
    const warm = await snapshotFromHub(id, { hubUrl: hub.url, token, cacheDir });
    expect(warm.downloadedBytes).toBe(0);

    const weights = first.files.find((f) => f.path === 'delta.safetensors')!;
    const blob = new DeltaCache(cacheDir).blobPath(weights.sha256);
    const bytes = await readFile(blob);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0xff, bytes.length - 1);
    await writeFile(blob, bytes); // in place: the snapshot's hard link sees it too
    const repaired = await snapshotFromHub(id, { hubUrl: hub.url, token, cacheDir });
    expect(repaired.downloadedBytes).toBe(weights.size);

    const model = await loadTiny('bert');
    await AutoDeltaModel.fromFinetuned(id, { backboneModel: model, hubUrl: hub.url, token, cacheDir });
    expect(sameBits(outputsOf(model, 'bert'), expected.get('lora')!)).toBe(true);
    model.dispose();
  });

  it('offline mode works from a warm cache and fails clearly from a cold one', async () => {
    const cacheDir = await cacheIn('offline-cache');
    const nowhere = `http://127.0.0.1:${await closedPort()}`;
    await snapshotFromHub('alice/bert-adapter', { hubUrl: hub.url, token, cacheDir });
    vi.stubEnv('DELTAHUB_OFFLINE', '1');
    try {
      const model = await loadTiny('bert');
      await AutoDeltaModel.fromFinetuned('alice/bert-adapter', {
        backboneModel: model,
        hubUrl: nowhere,
        cacheDir,
      });
      expect(sameBits(outputsOf(model, 'bert'), expected.get('adapter')!)).toBe(true);
      const cold = await AutoDeltaModel.fromFinetuned('alice/bert-prefix', {
        backboneModel: model,
        hubUrl: nowhere,
        cacheDir,
      }).catch((e: unknown) => e);
      expect((cold as HubClientError).code).toBe('HUB_OFFLINE_MISS');
      expect((cold as Error).message).toMatch(/DELTAHUB_OFFLINE.*deltahub pull alice\/bert-prefix/s);
      model.dispose();
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('an unknown repo or revision is HUB_NOT_FOUND', async () => {
    const cacheDir = await cacheIn('missing-cache');
    for (const id of ['alice/nope', 'alice/bert-lora@nope']) {
      const error = await snapshotFromHub(id, { hubUrl: hub.url, token, cacheDir }).catch((e: unknown) => e);
      expect((error as HubClientError).code).toBe('HUB_NOT_FOUND');
    }
  });
});

describe('transient failures', () => {
  it('an unreachable server fails clearly after bounded retries', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    // Every attempt is one fetch: count them rather than time the whole (retries back off).
    const cacheDir = await cacheIn('unreachable-cache');
    const fetches = vi.spyOn(globalThis, 'fetch');
    const error = await snapshotFromHub('alice/bert-lora', { hubUrl: url, cacheDir, attempts: 3 }).catch(
      (e: unknown) => e,
    );
    const origins = fetches.mock.calls.map(([input]) => new URL(String(input)).origin);
    fetches.mockRestore();
    expect(origins).toEqual([url, url, url]);
    expect((error as HubClientError).code).toBe('HUB_UNREACHABLE');
    expect((error as Error).message).toMatch(/after 3 attempts.*ECONNREFUSED.*DELTAHUB_URL/s);
  });

  it('retries 503 and 429 (with Retry-After), then succeeds; gives up after the bound', async () => {
    let calls = 0;
    let failures = 2;
    const server: Server = createServer((_req, res) => {
      calls++;
      if (calls <= failures) {
        res.writeHead(calls % 2 ? 503 : 429, { 'retry-after': '0' }).end();
        return;
      }
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end('{"name":"x","isAdmin":false,"scope":"read","orgs":[]}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      const client = new HubClient({ hubUrl: url, token: 'dh_x', attempts: 4, baseDelayMs: 10 });
      expect((await client.whoami()).name).toBe('x');
      expect(calls).toBe(3);
      calls = 0;
      failures = 100;
      const error = await client.whoami().catch((e: unknown) => e);
      expect(calls).toBe(4);
      expect((error as HubClientError).code).toBe('HUB_UNREACHABLE');
    } finally {
      server.close();
    }
  });
});

describe('pushFolder', () => {
  it('refuses a folder that is not a delta checkpoint', async () => {
    const client = new HubClient({ hubUrl: hub.url, token });
    const dir = join(root.dir, 'not-a-delta');
    await mkdir(dir);
    await writeFile(join(dir, 'notes.txt'), 'hello');
    const error = await pushFolder(client, parseRepoId('alice/empty'), dir).catch((e: unknown) => e);
    expect((error as HubClientError).code).toBe('HUB_BAD_REQUEST');
    expect((error as Error).message).toMatch(/saveFinetuned/);
  });
});
