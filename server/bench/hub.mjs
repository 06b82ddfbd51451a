// Hub benchmarks → bench/results/hub.json (ids hub.*), merged by scripts/bench-report.mjs.
//  - hub.search_p99_ms_10k: search p99 with 10,000 indexed repos (goal <= 25 ms), with repo-info
//    and a bare express handler measured in the same run for scale.
//  - hub.repush_unchanged_blob_bytes: blob bytes uploaded when re-pushing an unchanged delta (goal <= 0).
//  - hub.push_pull_over_raw_s3: (raw PutObject + GetObject time) / (hub push + pull time) for the
//    same 100 MB against the same s3rver (goal >= 0.8).
// Needs `npm run build` (imports dist/). Everything listens on 127.0.0.1 only. Knobs: BENCH_REPOS,
// BENCH_BIG_MB, BENCH_S3_ROUNDS (5), BENCH_ONLY=search|s3.
import { createHash, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import http from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import S3rver from 's3rver';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { serializeSafetensors } from '@deltahub/core/safetensors';
import { loadConfig, startServer } from '../dist/index.js';
import { addUser, createToken } from '../dist/auth/accounts.js';
import { createLogger } from '../dist/log.js';
import { createS3Client } from '../dist/storage/s3-blob-store.js';
import { load } from './load.mjs';

const REPOS = Number(process.env.BENCH_REPOS ?? 10_000);
const BIG_BYTES = Number(process.env.BENCH_BIG_MB ?? 100) * 1024 * 1024;
const S3_ROUNDS = Number(process.env.BENCH_S3_ROUNDS ?? 5);
// BENCH_ONLY=search or BENCH_ONLY=s3 runs one half and only prints (before/after runs of one change).
const ONLY = process.env.BENCH_ONLY;
const silent = createLogger('silent');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sha256 = (b) => createHash('sha256').update(b).digest('hex');
const results = [];
const tmp = mkdtempSync(join(tmpdir(), 'deltahub-bench-'));

function delta(seed, floats = 16) {
  const config = {
    formatVersion: 1,
    deltaType: 'lora',
    hyperparameters: { r: 4 },
    modifiedModules: { given: ['query'], resolved: ['q'] },
    unfrozenModules: [],
    backbone: {
      architecture: 'bert',
      modelClass: 'BertModel',
      nameOrPath: 'bert-tiny',
      structureFingerprint: 'a'.repeat(64),
      weightsFingerprint: 'b'.repeat(64),
      totalParameters: 1,
    },
    trainableParameters: floats,
    deltaParameters: floats,
    libraryVersion: '0.1.0',
  };
  return {
    'delta_config.json': Buffer.from(JSON.stringify(config)),
    'delta.safetensors': Buffer.from(
      serializeSafetensors({
        w: { dtype: 'F32', shape: [floats], data: new Float32Array(floats).fill(seed) },
      }),
    ),
    'README.md': Buffer.from(`---\ntags: [bench]\n---\nseed ${seed}\n`),
  };
}

async function api(base, token, method, path, body) {
  const res = await fetch(base + path, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, body: await res.json() };
}

/**
 * One request with node:http, the HTTP stack the AWS SDK uses for the raw S3 side, so the ratio
 * measures the hub rather than two client stacks (undici's fetch costs 2-3x node:http's time
 * for a 100 MB body here). Resolves with the status and the whole response body.
 */
function httpRequest(url, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, {
      method,
      headers: body ? { ...headers, 'content-length': body.length } : headers,
    });
    req.on('response', (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Push with the hub protocol (hashing each file once, as a client must); returns blob bytes uploaded. */
async function push(base, token, repo, files, parent) {
  const list = Object.entries(files).map(([path, b]) => ({ path, sha256: sha256(b), size: b.length }));
  const pre = await api(base, token, 'POST', `/api/repos/${repo}/preupload`, { files: list });
  let bytes = 0;
  for (const m of pre.body.missing) {
    const b = files[list.find((f) => f.sha256 === m.sha256).path];
    const res = await httpRequest(base + m.upload, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}` },
      body: b,
    });
    if (res.status >= 300) throw new Error(`upload ${res.status}: ${res.body.toString()}`);
    bytes += b.length;
  }
  const commit = await api(base, token, 'POST', `/api/repos/${repo}/commits/main`, {
    files: list,
    parent,
    message: 'bench',
  });
  if (commit.status !== 201) throw new Error(`commit ${commit.status}: ${JSON.stringify(commit.body)}`);
  return { bytes, revision: commit.body.revision };
}

async function searchBench() {
  const hub = await startServer(
    loadConfig({ DELTAHUB_DATA: join(tmp, 'search'), PORT: '0', LOG_LEVEL: 'silent' }),
    silent,
  );
  const { db } = hub.context;
  await addUser(db, 'bench');
  const token = (await createToken(db, 'bench')).token;
  await api(hub.url, token, 'POST', '/api/repos', { name: 'seed' });
  const { revision } = await push(hub.url, token, 'bench/seed', delta(1), null);
  const owner = await db.account.findUniqueOrThrow({ where: { name: 'bench' } });
  const arch = ['bert', 'bart', 'gpt2', 't5', 'roberta'];
  const types = ['lora', 'adapter', 'bitfit', 'ia3'];
  for (let i = 0; i < REPOS; i += 1000) {
    await db.repo.createMany({
      data: Array.from({ length: Math.min(1000, REPOS - i) }, (_, k) => {
        const n = i + k;
        return {
          id: randomUUID(),
          ownerId: owner.id,
          name: `delta-${n}`,
          downloads: (n * 7919) % 5000,
          headRevisionId: revision,
          deltaType: types[n % types.length],
          backboneArchitecture: arch[n % arch.length],
          backboneName: `${arch[n % arch.length]}-base`,
          backboneFingerprint: createHash('sha256')
            .update(String(n % 50))
            .digest('hex'),
          task: n % 2 ? 'text-classification' : 'summarization',
          tags: '|bench|',
          searchText: `bench/delta-${n}\n${arch[n % arch.length]}-base\nsst2 glue demo ${n % 97}`,
        };
      }),
    });
  }
  const fp = createHash('sha256').update('7').digest('hex');
  const queries = [
    '/api/search?limit=20',
    '/api/search?q=glue&sort=updated&limit=20',
    `/api/search?fingerprint=${fp}&limit=20`,
    '/api/search?architecture=bart&deltaType=lora&sort=downloads&limit=20',
    '/api/search?q=delta-123&limit=20',
  ];
  const opts = { total: 3000, concurrency: 8 };
  await load(hub.url, (i) => queries[i % queries.length], { total: 300, concurrency: 8 }); // warm-up
  const search = await load(hub.url, (i) => queries[i % queries.length], opts);
  const info = await load(hub.url, () => '/api/repos/bench/seed', opts);

  const bare = express()
    .get('/bare', (_req, res) => res.json({ ok: true }))
    .listen(0, '127.0.0.1');
  await once(bare, 'listening');
  const bareStats = await load(`http://127.0.0.1:${bare.address().port}`, () => '/bare', opts);
  bare.close();
  await hub.close();
  results.push(
    {
      id: 'hub.search_p99_ms_10k',
      value: search.p99,
      unit: 'ms',
      goal: '<= 25',
      baseline: `bare express p99 ${bareStats.p99.toFixed(2)} ms`,
      note: `p50 ${search.p50.toFixed(2)} ms, ${search.failures} failures, ${opts.total} requests at concurrency ${opts.concurrency} (bare express p50 ${bareStats.p50.toFixed(2)} ms)`,
    },
    {
      id: 'hub.search_rps_10k',
      value: search.rps,
      unit: 'req/s',
      baseline: `bare express ${bareStats.rps.toFixed(0)} req/s`,
    },
    {
      id: 'hub.repo_info_p99_ms_10k',
      value: info.p99,
      unit: 'ms',
      baseline: `bare express p99 ${bareStats.p99.toFixed(2)} ms`,
    },
    { id: 'hub.repo_info_rps_10k', value: info.rps, unit: 'req/s' },
  );
}

async function s3Bench() {
  const dir = join(tmp, 's3rver');
  mkdirSync(dir);
  const s3rver = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: dir,
    configureBuckets: [{ name: 'bench' }],
  });
  const { port } = await s3rver.run();
  const env = {
    DELTAHUB_DATA: join(tmp, 's3hub'),
    PORT: '0',
    LOG_LEVEL: 'silent',
    DELTAHUB_STORAGE: 's3',
    DELTAHUB_S3_BUCKET: 'bench',
    DELTAHUB_S3_ENDPOINT: `http://127.0.0.1:${port}`,
    DELTAHUB_S3_ACCESS_KEY_ID: 'S3RVER',
    DELTAHUB_S3_SECRET_ACCESS_KEY: 'S3RVER',
  };
  const config = loadConfig(env);
  const hub = await startServer(config, silent);
  await addUser(hub.context.db, 'bench');
  const token = (await createToken(hub.context.db, 'bench')).token;
  await api(hub.url, token, 'POST', '/api/repos', { name: 'big' });
  const client = createS3Client(config.storage.s3);
  const hubTransfer = async (files, parent) => {
    const t0 = performance.now();
    const pushed = await push(hub.url, token, 'bench/big', files, parent);
    const pulled = (await httpRequest(`${hub.url}/bench/big/resolve/main/delta.safetensors`)).body;
    const seconds = (performance.now() - t0) / 1000;
    if (sha256(pulled) !== sha256(files['delta.safetensors'])) throw new Error('pulled bytes differ');
    return { seconds, revision: pushed.revision };
  };
  const rawTransfer = async (big, key) => {
    const t0 = performance.now();
    await client.send(new PutObjectCommand({ Bucket: 'bench', Key: key, Body: big }));
    const raw = await client.send(new GetObjectCommand({ Bucket: 'bench', Key: key }));
    await raw.Body.transformToByteArray();
    return (performance.now() - t0) / 1000;
  };
  // Rounds alternate which goes first and push different bytes each time (so every push uploads);
  // the ratio is of the medians, so one slow moment of the shared machine does not decide it.
  const hubTimes = [];
  const rawTimes = [];
  let files;
  let parent = null;
  for (let round = 0; round < S3_ROUNDS; round++) {
    files = delta(3 + round, BIG_BYTES / 4);
    const big = files['delta.safetensors'];
    if (round % 2) rawTimes.push(await rawTransfer(big, `raw/big-${round}`));
    const pushed = await hubTransfer(files, parent);
    hubTimes.push(pushed.seconds);
    parent = pushed.revision;
    if (!(round % 2)) rawTimes.push(await rawTransfer(big, `raw/big-${round}`));
  }
  const again = await push(hub.url, token, 'bench/big', files, parent);
  results.push({ id: 'hub.repush_unchanged_blob_bytes', value: again.bytes, unit: 'bytes', goal: '<= 0' });
  client.destroy();
  await hub.close();
  await s3rver.close();
  const hubSeconds = median(hubTimes);
  const rawSeconds = median(rawTimes);
  results.push({
    id: 'hub.push_pull_over_raw_s3',
    value: rawSeconds / hubSeconds,
    unit: 'ratio',
    goal: '>= 0.8',
    baseline: `median raw ${rawSeconds.toFixed(2)} s, hub ${hubSeconds.toFixed(2)} s for ${(BIG_BYTES / 2 ** 20).toFixed(0)} MiB`,
    note: `${S3_ROUNDS} rounds: hub ${hubTimes.map((t) => t.toFixed(2)).join(', ')} s; raw ${rawTimes.map((t) => t.toFixed(2)).join(', ')} s; best of each ${(Math.min(...rawTimes) / Math.min(...hubTimes)).toFixed(2)}`,
  });
}

try {
  if (ONLY !== 's3') await searchBench();
  if (ONLY !== 'search') await s3Bench();
  // A partial run only prints: the results file always holds a whole run.
  if (ONLY === undefined) {
    const out = new URL('./results/', import.meta.url);
    mkdirSync(out, { recursive: true });
    writeFileSync(new URL('hub.json', out), JSON.stringify({ results }, null, 2) + '\n');
  }
  for (const r of results)
    console.log(
      `${r.id}: ${typeof r.value === 'number' ? r.value.toFixed(3) : r.value} ${r.unit} ${r.baseline ?? ''} ${r.note ?? ''}`,
    );
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
