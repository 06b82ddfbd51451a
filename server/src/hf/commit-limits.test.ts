import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256, type Json, safetensorsWithHeader, hubVariants } from '@deltahub/testing';
import { startTestHub, type TestHub } from '../test-support/hub.js';

const HEADER = { key: 'header', value: { summary: 'test' } };
const inline = (path: string, bytes: Buffer): Json => ({
  key: 'file',
  value: { path, content: bytes.toString('base64'), encoding: 'base64' },
});
const lfs = (path: string, bytes: Buffer): Json => ({
  key: 'lfsFile',
  value: { path, algo: 'sha256', oid: sha256(bytes), size: bytes.length },
});
const ndjson = (lines: Json[]): string => lines.map((l) => JSON.stringify(l)).join('\n');

/** Calls on one test hub: repo creation, NDJSON commits, the head of main. */
function hubCalls(hub: () => TestHub, token: () => string) {
  const api = async (method: string, path: string, body?: RequestInit['body'], type?: string) => {
    const res = await fetch(hub().url + path, {
      method,
      headers: { authorization: `Bearer ${token()}`, ...(type ? { 'content-type': type } : {}) },
      ...(body === undefined ? {} : { body }),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as Json) : null };
  };
  return {
    api,
    createRepo: async (name: string) => {
      const res = await api(
        'POST',
        '/api/repos/create',
        JSON.stringify({ name, type: 'model' }),
        'application/json',
      );
      expect(res.status).toBe(200);
    },
    commit: (repo: string, lines: Json[] | string) =>
      api(
        'POST',
        `/api/models/${repo}/commit/main`,
        typeof lines === 'string' ? lines : ndjson(lines),
        'application/x-ndjson',
      ),
    head: async (repo: string): Promise<string | undefined> =>
      ((await api('GET', `/api/models/${repo}`)).body as Json).sha as string | undefined,
    files: async (repo: string): Promise<string[]> =>
      ((await api('GET', `/api/models/${repo}`)).body.siblings as { rfilename: string }[])
        .map((s) => s.rfilename)
        .sort(),
  };
}

describe.each(await hubVariants())('NDJSON commit limits on $db + $storage', (variant) => {
  let hub: TestHub;
  let alice: string;
  const calls = hubCalls(
    () => hub,
    () => alice,
  );

  beforeAll(async () => {
    hub = await startTestHub(variant, {
      DELTAHUB_MAX_COMMIT_OPERATIONS: '5',
      DELTAHUB_MAX_COMMIT_HEADER_BYTES: '100000',
    });
    alice = await hub.user('alice');
    await calls.createRepo('limits');
    expect((await calls.commit('alice/limits', [HEADER, inline('a.txt', Buffer.from('a'))])).status).toBe(
      200,
    );
  });
  afterAll(() => hub.stop());

  it('refuses one operation over DELTAHUB_MAX_COMMIT_OPERATIONS with 413 naming the limit; the branch stays', async () => {
    const before = await calls.head('alice/limits');
    const ops = Array.from({ length: 6 }, (_, i) => ({ key: 'deletedFile', value: { path: `f${i}` } }));
    const res = await calls.commit('alice/limits', [HEADER, ...ops]);
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({
      code: 'too_many_operations',
      error: 'line 7: a commit may carry at most 5 operations (DELTAHUB_MAX_COMMIT_OPERATIONS); split it',
    });
    expect(await calls.head('alice/limits')).toBe(before);
    expect((await calls.commit('alice/limits', [HEADER, ...ops.slice(1)])).status).toBe(200);
  });

  it('refuses a body of blank lines past twice the operation limit (they cost work too)', async () => {
    const before = await calls.head('alice/limits');
    const res = await calls.commit('alice/limits', `${JSON.stringify(HEADER)}\n${' \n'.repeat(100_000)}`);
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ code: 'too_large', error: 'the commit body has more than 12 lines' });
    expect(await calls.head('alice/limits')).toBe(before);
  });

  it('refuses with 413 the commit whose distinct safetensors headers exceed DELTAHUB_MAX_COMMIT_HEADER_BYTES', async () => {
    const before = await calls.head('alice/limits');
    const parts = ['a', 'b', 'c'].map((seed) => safetensorsWithHeader(40_000, seed).bytes);
    const res = await calls.commit('alice/limits', [
      HEADER,
      ...parts.map((p, i) => inline(`part-${i}.safetensors`, p)),
    ]);
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('too_large');
    expect(res.body.error).toMatch(
      /over the 100000-byte limit for one commit \(DELTAHUB_MAX_COMMIT_HEADER_BYTES\)/,
    );
    expect(await calls.head('alice/limits')).toBe(before);
    // Two of them fit, however many paths name them.
    const twice = parts
      .slice(0, 2)
      .flatMap((p, i) => [lfs(`part-${i}.safetensors`, p), lfs(`copy/part-${i}.safetensors`, p)]);
    expect((await calls.commit('alice/limits', [HEADER, ...twice])).status).toBe(200);
  });
});

/**
 * Calls `GET /health` one after the other until `work` settles; resolves with `work`'s result and
 * the slowest answer's latency in ms: how long the attack held the event loop.
 */
async function slowestHealthDuring<T>(
  url: string,
  work: Promise<T>,
): Promise<{ result: T; slowest: number }> {
  let done = false;
  const settled = work.finally(() => {
    done = true;
  });
  let slowest = 0;
  while (!done) {
    const started = performance.now();
    const health = await fetch(`${url}/health`);
    await health.arrayBuffer();
    expect(health.status).toBe(200);
    slowest = Math.max(slowest, performance.now() - started);
  }
  return { result: await settled, slowest };
}

describe('NDJSON commit attacks on sqlite + fs', () => {
  let hub: TestHub;
  let alice: string;
  const calls = hubCalls(
    () => hub,
    () => alice,
  );

  beforeAll(async () => {
    hub = await startTestHub({ db: 'sqlite', storage: 'fs' });
    alice = await hub.user('alice');
  });
  afterAll(() => hub.stop());

  it('refuses a 1 000 000-line commit at the operation limit without reading the rest, and leaves no revision', async () => {
    await calls.createRepo('flood');
    expect((await calls.commit('alice/flood', [HEADER, inline('a.txt', Buffer.from('a'))])).status).toBe(200);
    const before = await calls.head('alice/flood');
    const revisions = await hub.context.db.revision.count();
    const LINES = 1_000_000;
    let sent = 0;
    const encoder = new TextEncoder();
    // Generated as it is sent: the body is ~45 MB, never held in memory.
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(encoder.encode(`${JSON.stringify(HEADER)}\n`));
        const batch: string[] = [];
        for (let end = Math.min(sent + 1000, LINES); sent < end; sent++)
          batch.push(`{"key":"deletedFile","value":{"path":"f${sent}"}}\n`);
        controller.enqueue(encoder.encode(batch.join('')));
        if (sent >= LINES) controller.close();
      },
    });
    const res = await fetch(`${hub.url}/api/models/alice/flood/commit/main`, {
      method: 'POST',
      headers: { authorization: `Bearer ${alice}`, 'content-type': 'application/x-ndjson' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({
      code: 'too_many_operations',
      error:
        'line 10002: a commit may carry at most 10000 operations (DELTAHUB_MAX_COMMIT_OPERATIONS); split it',
    });
    expect(sent).toBeLessThan(LINES);
    expect(await calls.head('alice/flood')).toBe(before);
    expect(await hub.context.db.revision.count()).toBe(revisions);
  });

  it('applies 10 000 folder deletes on a 9 000-file revision without stalling other requests; the file list is right', async () => {
    await calls.createRepo('folders');
    const weights = Buffer.from('weights');
    expect((await calls.commit('alice/folders', [HEADER, inline('seed.txt', weights)])).status).toBe(200);
    const folders = Array.from({ length: 9000 }, (_, i) => lfs(`d${i}/w.bin`, weights));
    // Writing a 9 000-file revision does not stall other requests either.
    const seeded = await slowestHealthDuring(hub.url, calls.commit('alice/folders', [HEADER, ...folders]));
    expect(seeded.result.status).toBe(200);
    expect(seeded.slowest).toBeLessThan(1000);
    // Folders that do not exist, then every folder but ten: a scan of the revision per delete
    // would compare tens of millions of paths. (Few files remain, so writing the revision is cheap.)
    const kept = new Set(Array.from({ length: 10 }, (_, i) => i * 900));
    const deletes = [
      ...Array.from({ length: 1010 }, (_, i) => `missing/${i}/`),
      ...Array.from({ length: 9000 }, (_, i) => i)
        .filter((i) => !kept.has(i))
        .map((i) => `d${i}`),
    ].map((path) => ({ key: 'deletedFolder', value: { path } }));
    expect(deletes).toHaveLength(10_000);
    const { result, slowest } = await slowestHealthDuring(
      hub.url,
      calls.commit('alice/folders', [HEADER, ...deletes]),
    );
    expect(result.status).toBe(200);
    expect(slowest).toBeLessThan(1000);
    expect(await calls.files('alice/folders')).toEqual(
      ['seed.txt', ...[...kept].map((i) => `d${i}/w.bin`)].sort(),
    );
  });

  it('reads a big header named by many paths once, and answers other requests within a second meanwhile', async () => {
    await calls.createRepo('header-bomb');
    // A 4 MiB header of small tensors: hundreds of milliseconds to parse, each time.
    const bomb = safetensorsWithHeader(4 * 1024 ** 2).bytes;
    expect((await calls.commit('alice/header-bomb', [HEADER, inline('w.safetensors', bomb)])).status).toBe(
      200,
    );
    const digest = sha256(bomb);
    const store = hub.context.store;
    const read = store.read.bind(store);
    let reads = 0;
    store.read = (blob, range) => {
      if (blob.sha256 === digest) reads++;
      return read(blob, range);
    };
    try {
      const paths = Array.from({ length: 100 }, (_, i) => lfs(`copies/${i}.safetensors`, bomb));
      const attack = calls.commit('alice/header-bomb', [HEADER, ...paths]);
      const { result, slowest } = await slowestHealthDuring(hub.url, attack);
      expect(result.status).toBe(200);
      expect(slowest).toBeLessThan(1000);
      // The length field and the header, once for the 100 paths.
      expect(reads).toBe(2);
    } finally {
      store.read = read;
    }
  });

  it('refuses a model card with a huge front matter without parsing it, and keeps answering meanwhile', async () => {
    await calls.createRepo('card-bomb');
    // 200 KiB of `key: value` lines: the YAML parser's pairwise duplicate-key check takes seconds.
    const lines: string[] = [];
    for (let i = 0, bytes = 0; bytes < 200 * 1024; i++) {
      lines.push(`key${i}: [a, b, c]`);
      bytes += lines[i]!.length + 1;
    }
    const card = Buffer.from(`---\n${lines.join('\n')}\n---\n# A card\n`);
    const { result, slowest } = await slowestHealthDuring(
      hub.url,
      calls.commit('alice/card-bomb', [HEADER, inline('README.md', card)]),
    );
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({
      code: 'too_large',
      error: expect.stringMatching(/^README\.md: the front matter is \d+ bytes, over the 65536-byte limit$/),
    });
    expect(slowest).toBeLessThan(1000);
    expect(await calls.head('alice/card-bomb')).toBeUndefined();
  });
});
