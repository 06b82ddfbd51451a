// Hub benchmarks → bench/results/hub.json (ids hub.*), merged by scripts/bench-report.mjs.
//  - hub.search_p99_ms_10k: search p99 with 10,000 indexed repos (goal <= 25 ms), with repo-info
//    and a bare express handler measured in the same run for scale.
//  - hub.repush_unchanged_blob_bytes: blob bytes uploaded when re-pushing an unchanged delta (goal <= 0).
//  - hub.push_pull_over_raw_s3: (raw PutObject + GetObject time) / (hub push + pull time) for the
//    same delta (100 MB of weights, its config and card) against the same s3rver (goal >= 0.8),
//    downloads redirected to S3; and
//    hub.push_pull_over_raw_s3_proxied, the same with downloads streamed through the hub.
// Needs `npm run build` (imports dist/) and `node --expose-gc` (as `npm run bench` runs it; without
// it the S3 transfers are timed without collecting the heap first). Everything listens on
// 127.0.0.1 only. Knobs: BENCH_REPOS, BENCH_BIG_MB, BENCH_S3_ROUNDS (12, after
// BENCH_S3_WARMUP_ROUNDS, 3), BENCH_PIN=0 (leave s3rver unpinned), BENCH_ONLY=search|s3.
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { serializeSafetensors } from '@deltahub/core/safetensors';
import { loadConfig, startServer } from '../dist/index.js';
import { addUser, createToken } from '../dist/auth/accounts.js';
import { createLogger } from '../dist/log.js';
import { createS3Client } from '../dist/storage/s3-blob-store.js';
import {
  api,
  fingerprintOf,
  httpRequest,
  median,
  partitionCpus,
  push,
  seedCatalogue,
  sha256,
  startHubProcess,
  startS3rverProcess,
  writeResults,
} from './lib.mjs';
import { load } from './load.mjs';

const REPOS = Number(process.env.BENCH_REPOS ?? 10_000);
const BIG_BYTES = Number(process.env.BENCH_BIG_MB ?? 100) * 1024 * 1024;
// Multiples of 3, so each of the three transfers goes first, second and third equally often.
const S3_ROUNDS = Number(process.env.BENCH_S3_ROUNDS ?? 12);
const WARMUP_ROUNDS = Number(process.env.BENCH_S3_WARMUP_ROUNDS ?? 3);
// BENCH_ONLY=search or BENCH_ONLY=s3 runs one half and only prints (before/after runs of one change).
const ONLY = process.env.BENCH_ONLY;
const results = [];
const tmp = mkdtempSync(join(tmpdir(), 'deltahub-bench-'));

/** A Buffer over the same memory (Buffer.from(uint8Array) would copy 100 MB a round). */
const asBuffer = (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

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
    'delta.safetensors': asBuffer(
      serializeSafetensors({
        w: { dtype: 'F32', shape: [floats], data: new Float32Array(floats).fill(seed) },
      }),
    ),
    'README.md': Buffer.from(`---\ntags: [bench]\n---\nseed ${seed}\n`),
  };
}

async function searchBench() {
  const hub = await startServer(
    loadConfig({ DELTAHUB_DATA: join(tmp, 'search'), PORT: '0', LOG_LEVEL: 'silent' }),
    createLogger('silent'),
  );
  const { db } = hub.context;
  await addUser(db, 'bench');
  const token = (await createToken(db, 'bench')).token;
  await api(hub.url, token, 'POST', '/api/repos', { name: 'seed' });
  const { revision } = await push(hub.url, token, 'bench/seed', delta(1));
  await seedCatalogue(db, 'bench', revision, REPOS);
  const queries = [
    '/api/search?limit=20',
    '/api/search?q=glue&sort=updated&limit=20',
    `/api/search?fingerprint=${fingerprintOf(7)}&limit=20`,
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

/** Push then pull of `files` through a hub; pulls follow redirects to S3 as clients do. */
async function hubTransfer(hub, files, parent) {
  const t0 = performance.now();
  const pushed = await push(hub.url, hub.token, 'bench/big', files, parent);
  // Every file at the same time, as the SDK pulls (and as `raw` below gets them).
  const pulled = Object.fromEntries(
    await Promise.all(
      Object.keys(files).map(async (path) => [
        path,
        await httpRequest(`${hub.url}/bench/big/resolve/${pushed.revision}/${path}`),
      ]),
    ),
  );
  const seconds = (performance.now() - t0) / 1000;
  for (const [path, res] of Object.entries(pulled))
    if (res.status !== 200 || sha256(res.body) !== sha256(files[path]))
      throw new Error(`pulled ${path} differs (HTTP ${res.status})`);
  return { seconds, revision: pushed.revision };
}

/**
 * Push + pull of BIG_BYTES through the hub against the same bytes Put/Get straight to S3. s3rver,
 * the hubs and this client each run in their own process, as in a deployment (one event loop
 * for all three would bill the hub for the client's and the store's work), and s3rver on a CPU
 * of its own (see partitionCpus). Two hubs share the s3rver: one redirecting downloads to
 * presigned URLs (DELTAHUB_S3_REDIRECT_DOWNLOADS, the result with the goal), one proxying them.
 */
async function s3Bench() {
  const dir = join(tmp, 's3rver');
  mkdirSync(dir);
  const cpus = partitionCpus();
  const placement = cpus.store
    ? `s3rver pinned to CPU ${cpus.store}, client and hubs to CPU ${cpus.rest}`
    : `unpinned (${cpus.reason})`;
  const s3rver = await startS3rverProcess(dir, cpus.store);
  const s3Env = (name, redirect) => ({
    DELTAHUB_DATA: join(tmp, name),
    DELTAHUB_STORAGE: 's3',
    DELTAHUB_S3_BUCKET: 'bench',
    DELTAHUB_S3_PREFIX: name,
    DELTAHUB_S3_ENDPOINT: `http://127.0.0.1:${s3rver.port}`,
    DELTAHUB_S3_ACCESS_KEY_ID: 'S3RVER',
    DELTAHUB_S3_SECRET_ACCESS_KEY: 'S3RVER',
    DELTAHUB_S3_REDIRECT_DOWNLOADS: String(redirect),
  });
  const hubs = {
    redirect: await startHubProcess(s3Env('redirecting', true)),
    proxy: await startHubProcess(s3Env('proxying', false)),
  };
  const client = createS3Client(loadConfig(s3Env('raw', false)).storage.s3);
  try {
    for (const hub of Object.values(hubs))
      await api(hub.url, hub.token, 'POST', '/api/repos', { name: 'big' });
    // The same bytes straight to S3: every file of the delta Put, then Get, each at the same time.
    const raw = async (files, prefix) => {
      const t0 = performance.now();
      await Promise.all(
        Object.entries(files).map(([path, body]) =>
          client.send(new PutObjectCommand({ Bucket: 'bench', Key: `${prefix}/${path}`, Body: body })),
        ),
      );
      await Promise.all(
        Object.keys(files).map(async (path) => {
          const got = await client.send(new GetObjectCommand({ Bucket: 'bench', Key: `${prefix}/${path}` }));
          await got.Body.transformToByteArray();
        }),
      );
      return (performance.now() - t0) / 1000;
    };
    // Every round pushes new bytes (so every push uploads) and rotates who goes first; ratios are
    // of the medians, so one slow moment of the shared machine does not decide them. The first
    // rounds only warm up: the hub, as the long-running server it is, is measured once its code
    // is compiled, and so are the S3 client and s3rver.
    const times = { raw: [], redirect: [], proxy: [] };
    const parents = { redirect: null, proxy: null };
    let files;
    for (let round = 0; round < WARMUP_ROUNDS + S3_ROUNDS; round++) {
      files = delta(3 + round, BIG_BYTES / 4);
      const record = (mode, seconds) => {
        if (round >= WARMUP_ROUNDS) times[mode].push(seconds);
      };
      const runs = {
        raw: async () => record('raw', await raw(files, `raw/${round}`)),
        redirect: async () => {
          const r = await hubTransfer(hubs.redirect, files, parents.redirect);
          record('redirect', r.seconds);
          parents.redirect = r.revision;
        },
        proxy: async () => {
          const r = await hubTransfer(hubs.proxy, files, parents.proxy);
          record('proxy', r.seconds);
          parents.proxy = r.revision;
        },
      };
      const order = Object.keys(runs);
      for (let k = 0; k < order.length; k++) {
        // Each transfer starts from a collected heap (`node --expose-gc`): this process allocates
        // 200 MB a round, and a collection landing inside one transfer would be billed to it.
        globalThis.gc?.();
        await runs[order[(round + k) % order.length]]();
      }
    }
    const again = await push(hubs.redirect.url, hubs.redirect.token, 'bench/big', files, parents.redirect);
    results.push({ id: 'hub.repush_unchanged_blob_bytes', value: again.bytes, unit: 'bytes', goal: '<= 0' });
    const rawSeconds = median(times.raw);
    const list = (xs) => xs.map((t) => t.toFixed(2)).join(', ');
    for (const [id, mode, goal, how] of [
      ['hub.push_pull_over_raw_s3', 'redirect', '>= 0.8', 'downloads redirected to presigned S3 URLs'],
      ['hub.push_pull_over_raw_s3_proxied', 'proxy', undefined, 'downloads streamed through the hub'],
    ]) {
      const hubSeconds = median(times[mode]);
      results.push({
        id,
        value: rawSeconds / hubSeconds,
        unit: 'ratio',
        ...(goal ? { goal } : {}),
        baseline: `median raw Put+Get ${rawSeconds.toFixed(2)} s, hub push+pull ${hubSeconds.toFixed(2)} s for ${(BIG_BYTES / 2 ** 20).toFixed(0)} MiB`,
        note: `${how}; s3rver, hub and client in separate processes, ${placement}; ${S3_ROUNDS} rounds after ${WARMUP_ROUNDS} to warm up: hub ${list(times[mode])} s; raw ${list(times.raw)} s`,
      });
    }
  } finally {
    client.destroy();
    await Promise.all([hubs.redirect.close(), hubs.proxy.close()]);
    await s3rver.close();
  }
}

try {
  if (ONLY !== 's3') await searchBench();
  if (ONLY !== 'search') await s3Bench();
  // A partial run only prints: the results file always holds a whole run.
  if (ONLY === undefined) writeResults('hub', results);
  for (const r of results)
    console.log(
      `${r.id}: ${typeof r.value === 'number' ? r.value.toFixed(3) : r.value} ${r.unit} ${r.baseline ?? ''} ${r.note ?? ''}`,
    );
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
