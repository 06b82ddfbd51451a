import type { RunningHub } from '@deltahub/server';
import { ApiClient, makeDelta, sha256 } from '@deltahub/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexState } from '../support/index-state.js';
import { startTestHub, type TestHub } from '@deltahub/testing/hub';

const REPO = 'alice/delta';
const MAX_BLOB = 1024 * 1024;
const MAX_METADATA = 64 * 1024;
const text = (s: string): Uint8Array => new TextEncoder().encode(s);

/** A safetensors file from a raw header string and a data section of `dataBytes` zero bytes. */
function safetensors(header: string, dataBytes = 0, declaredLength?: bigint): Uint8Array {
  const json = text(header);
  const out = new Uint8Array(8 + json.length + dataBytes);
  new DataView(out.buffer).setBigUint64(0, declaredLength ?? BigInt(json.length), true);
  out.set(json, 8);
  return out;
}

/** JSON text nested `depth` levels deep (arrays), which naive recursive walkers overflow on. */
const nested = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);

/** An answer reduced to what the corpus checks. */
interface Answer {
  status: number;
  code: string | null;
}

async function answerOf(res: Response): Promise<Answer> {
  const body = await res.text();
  // Some refusals (431 from Node's HTTP parser) carry no JSON body.
  const code = body.startsWith('{')
    ? ((JSON.parse(body) as { error?: { code?: string } }).error?.code ?? null)
    : null;
  return { status: res.status, code: code ?? res.headers.get('x-error-code') };
}

describe('bad-input corpus: each refused with the right status, nothing stored', () => {
  let hub: TestHub<RunningHub>;
  let alice: ApiClient;
  let bob: ApiClient;
  let head: string;
  const good = makeDelta(1);

  /** Uploads `files` (refused content is only detected at commit) and commits them on main. */
  const commitFiles = async (files: Record<string, Uint8Array>): Promise<Answer> => {
    const list = Object.entries(files).map(([path, b]) => ({ path, sha256: sha256(b), size: b.length }));
    const res = await fetch(`${hub.url}/api/repos/${REPO}/commits/main`, {
      method: 'POST',
      headers: alice.headers({ 'content-type': 'application/json' }),
      body: JSON.stringify({ files: list, message: 'bad', parent: head }),
    });
    return answerOf(res);
  };
  const withWeights = (weights: Uint8Array) => ({ ...good, 'delta.safetensors': weights });
  const withConfig = (config: string) => ({ ...good, 'delta_config.json': text(config) });
  const postJson = (path: string, body: string, client: ApiClient = alice) =>
    fetch(`${hub.url}${path}`, {
      method: 'POST',
      headers: client.headers({ 'content-type': 'application/json' }),
      body,
    }).then(answerOf);
  const preupload = (path: string) =>
    postJson(
      `/api/repos/${REPO}/preupload`,
      JSON.stringify({ files: [{ path, sha256: 'a'.repeat(64), size: 1 }] }),
    );
  const withToken = (token: string) => (path: string) =>
    fetch(`${hub.url}${path}`, { headers: { authorization: token } }).then(answerOf);

  beforeAll(async () => {
    hub = await startTestHub<RunningHub>({
      env: {
        DELTAHUB_MAX_BLOB_BYTES: String(MAX_BLOB),
        DELTAHUB_MAX_METADATA_BYTES: String(MAX_METADATA),
      },
    });
    alice = new ApiClient(hub.url, await hub.user('alice'));
    bob = new ApiClient(hub.url, await hub.user('bob'));
    expect((await alice.json('POST', '/api/repos', { name: 'delta' })).status).toBe(201);
    const first = await alice.push(REPO, good, { parent: null });
    expect(first.status).toBe(201);
    head = first.body.revision as string;
  });
  afterAll(async () => hub?.stop());

  type Case = [
    name: string,
    prepare: Record<string, Uint8Array> | null,
    attempt: () => Promise<Answer>,
    status: number,
    code: string | RegExp | null,
  ];
  const cases: Case[] = [
    // Malformed safetensors: the blob is stored by its upload, the commit refuses it.
    ...(
      [
        ['safetensors: shorter than the length prefix', new Uint8Array(5)],
        ['safetensors: header length past the end of the file', safetensors('{}', 0, 1000n)],
        ['safetensors: header length of 2^40', safetensors('{}', 0, 2n ** 40n)],
        ['safetensors: header is not JSON', safetensors('{"a": [1, 2')],
        [
          'safetensors: overlapping data offsets',
          safetensors(
            JSON.stringify({
              a: { dtype: 'F32', shape: [4], data_offsets: [0, 16] },
              b: { dtype: 'F32', shape: [4], data_offsets: [8, 24] },
            }),
            24,
          ),
        ],
        [
          'safetensors: offsets past the data',
          safetensors(JSON.stringify({ a: { dtype: 'F32', shape: [4], data_offsets: [0, 16] } }), 8),
        ],
        [
          'safetensors: shape disagreeing with the byte range',
          safetensors(JSON.stringify({ a: { dtype: 'F32', shape: [3], data_offsets: [0, 16] } }), 16),
        ],
        [
          'safetensors: a deeply nested header',
          safetensors(JSON.stringify({ __metadata__: { x: 1 } }).replace('1', nested(5000))),
        ],
      ] as const
    ).map(([name, weights]): Case => [
      name,
      withWeights(weights),
      () => commitFiles(withWeights(weights)),
      400,
      'invalid_safetensors',
    ]),

    // JSON bombs.
    [
      'JSON bomb: commit body nested 100,000 deep',
      null,
      () => postJson(`/api/repos/${REPO}/commits/main`, `{"files": ${nested(100_000)}, "parent": null}`),
      400,
      'invalid_request',
    ],
    [
      'JSON bomb: commit body with 200,000 keys',
      null,
      () =>
        postJson(
          `/api/repos/${REPO}/commits/main`,
          `{${Array.from({ length: 200_000 }, (_, i) => `"k${i}":0`).join(',')}}`,
        ),
      400,
      'invalid_request',
    ],
    [
      'JSON bomb: 10,001 files in one commit',
      null,
      () =>
        postJson(
          `/api/repos/${REPO}/commits/main`,
          JSON.stringify({
            parent: null,
            files: Array.from({ length: 10_001 }, (_, i) => ({
              path: `f${i}`,
              sha256: 'a'.repeat(64),
              size: 1,
            })),
          }),
        ),
      400,
      'invalid_request',
    ],
    [
      'JSON bomb: delta_config.json nested 20,000 deep',
      withConfig(`{"formatVersion": 1, "x": ${nested(20_000)}}`),
      () => commitFiles(withConfig(`{"formatVersion": 1, "x": ${nested(20_000)}}`)),
      400,
      'invalid_delta_config',
    ],

    // Oversized headers and bodies.
    [
      'oversized: a JSON body over the 4 MB limit',
      null,
      () => postJson(`/api/repos/${REPO}/commits/main`, JSON.stringify({ pad: 'x'.repeat(5 * 1024 * 1024) })),
      413,
      'too_large',
    ],
    [
      'oversized: request headers of 64 KB',
      null,
      () =>
        fetch(`${hub.url}/api/repos/${REPO}`, { headers: { 'x-pad': 'x'.repeat(64 * 1024) } }).then(answerOf),
      // Node's HTTP parser refuses before any handler runs: no JSON body, no error code.
      431,
      null,
    ],
    [
      'oversized: a blob announced over the limit',
      null,
      () =>
        fetch(`${hub.url}/api/repos/${REPO}/blobs/${'e'.repeat(64)}?size=${MAX_BLOB + 1}`, {
          method: 'PUT',
          headers: alice.headers(),
          body: new Uint8Array(16),
        }).then(answerOf),
      413,
      'too_large',
    ],
    [
      'oversized: delta_config.json over the metadata limit',
      withConfig(JSON.stringify({ formatVersion: 1, pad: 'x'.repeat(MAX_METADATA) })),
      () => commitFiles(withConfig(JSON.stringify({ formatVersion: 1, pad: 'x'.repeat(MAX_METADATA) }))),
      400,
      'too_large',
    ],

    // Traversal and hostile names.
    ...['../x', 'a/../../x', '/etc/passwd', 'a\\..\\x', 'x\u0000.safetensors', 'a/..', '.', 'dir/'].map(
      (path): Case => [`file path ${JSON.stringify(path)}`, null, () => preupload(path), 400, 'invalid_path'],
    ),
    ...['..', 'a\\b', 'a\u0000b', '.hidden/x', 'x'.repeat(200)].map((name): Case => [
      `repo name ${JSON.stringify(name.slice(0, 20))}`,
      null,
      () => postJson('/api/repos', JSON.stringify({ name })),
      400,
      /^invalid_(name|request)$/,
    ]),
    [
      'resolve path escaping the repo',
      null,
      () => fetch(`${hub.url}/alice/delta/resolve/main/..%2f..%2f..%2fetc%2fpasswd`).then(answerOf),
      400,
      'invalid_path',
    ],

    // Bad tokens.
    ...[
      'Bearer',
      'Basic YWxpY2U6eA==',
      'Bearer hf_short',
      'Bearer dh_' + 'A'.repeat(43),
      `Bearer ${'x'.repeat(5000)}`,
    ].map((header): Case => [
      `token header ${JSON.stringify(header.slice(0, 24))}`,
      null,
      () => withToken(header)(`/api/repos/${REPO}`),
      401,
      'unauthorized',
    ]),
  ];

  it.each(cases)('%s', async (_name, prepare, attempt, status, code) => {
    if (prepare) {
      for (const bytes of Object.values(prepare)) {
        const up = await alice.upload(REPO, bytes);
        expect([200, 201]).toContain(up.status);
      }
    }
    const before = await indexState(hub);
    const answer = await attempt();
    expect(answer.status).toBe(status);
    if (code === null) expect(answer.code).toBeNull();
    else expect(answer.code).toMatch(code);
    expect(await indexState(hub)).toEqual(before);
    expect((await alice.json('GET', `/api/repos/${REPO}`)).body.head.id).toBe(head);
  });

  it('refuses revoked, expired and read-only tokens and other users, and stores nothing', async () => {
    const before = await indexState(hub);
    const push = (client: ApiClient) => client.push(REPO, makeDelta(9), { parent: head });

    const revokedToken = (await alice.json('POST', '/api/tokens', { scope: 'write' })).body as {
      id: string;
      token: string;
    };
    expect((await alice.json('DELETE', `/api/tokens/${revokedToken.id}`)).status).toBe(204);
    const revoked = await push(new ApiClient(hub.url, revokedToken.token));
    expect([revoked.status, revoked.body.error.message]).toEqual([401, 'token revoked']);

    const expiring = (await alice.json('POST', '/api/tokens', { scope: 'write', expiresInDays: 1 })).body as {
      id: string;
      token: string;
    };
    await hub.context.db.token.update({
      where: { id: expiring.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const expired = await push(new ApiClient(hub.url, expiring.token));
    expect([expired.status, expired.body.error.message]).toEqual([401, 'token expired']);

    const reader = (await alice.json('POST', '/api/tokens', { scope: 'read' })).body as { token: string };
    const readOnly = await push(new ApiClient(hub.url, reader.token));
    expect([readOnly.status, readOnly.body.error.code]).toEqual([403, 'forbidden']);

    const otherUser = await push(bob);
    expect([otherUser.status, otherUser.body.error.code]).toEqual([403, 'forbidden']);

    expect(await indexState(hub)).toEqual(before);
  });
});
