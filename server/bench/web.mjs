// Web page benchmarks → bench/results/web.json (ids web.*), merged by scripts/bench-report.mjs.
//  - web.page_p99_ms_10k: the slowest p99 of the home, search, delta and owner pages with 10,000
//    indexed repos (goal <= 200 ms), one request at a time so the figure is server time, not
//    queueing; each page has its own p50/p99 result, and a bare express handler answering a
//    fixed HTML string is measured in the same run for scale.
// Needs `npm run build` (imports dist/). Everything listens on 127.0.0.1 only.
// First, as in the hub's entry point: React's production build unless NODE_ENV says otherwise.
import '../dist/production-mode.js';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { serializeSafetensors } from '@deltahub/core/safetensors';
import { loadConfig, startServer } from '../dist/index.js';
import { addUser, createToken } from '../dist/auth/accounts.js';
import { createLogger } from '../dist/log.js';
import { api, push, seedCatalogue, sha256, writeResults } from './lib.mjs';
import { load } from './load.mjs';

const REPOS = Number(process.env.BENCH_REPOS ?? 10_000);
const REQUESTS = Number(process.env.BENCH_WEB_REQUESTS ?? 300);
const tmp = mkdtempSync(join(tmpdir(), 'deltahub-web-bench-'));

/** A realistic delta: 12 layers of LoRA on query and value, with a model card. */
function delta() {
  const tensors = {};
  for (let layer = 0; layer < 12; layer++) {
    for (const m of ['query', 'value']) {
      const base = `bert.encoder.layer.${layer}.attention.self.${m}`;
      tensors[`${base}.lora_A.weight`] = { dtype: 'F32', shape: [8, 768], data: new Float32Array(8 * 768) };
      tensors[`${base}.lora_B.weight`] = { dtype: 'F32', shape: [768, 8], data: new Float32Array(768 * 8) };
    }
  }
  const config = {
    formatVersion: 1,
    deltaType: 'lora',
    hyperparameters: { r: 8, alpha: 16 },
    modifiedModules: { given: ['query', 'value'], resolved: ['query', 'value'] },
    unfrozenModules: ['deltas'],
    backbone: {
      architecture: 'bert',
      modelClass: 'BertForSequenceClassification',
      nameOrPath: 'bert-base-uncased',
      structureFingerprint: sha256('7'),
      weightsFingerprint: 'b'.repeat(64),
      totalParameters: 109_482_240,
    },
    trainableParameters: 294_912,
    deltaParameters: 294_912,
    libraryVersion: '0.1.0',
    task: 'text-classification',
  };
  const card = `---\nlicense: apache-2.0\ntags: [glue, sst2]\n---\n# bert-base LoRA on SST-2\n\n${'Trained with **LoRA** r=8 on query and value. '.repeat(20)}\n\n| metric | value |\n|---|---|\n| accuracy | 0.92 |\n`;
  return {
    'delta_config.json': Buffer.from(JSON.stringify(config)),
    'delta.safetensors': Buffer.from(serializeSafetensors(tensors)),
    'README.md': Buffer.from(card),
  };
}

const results = [];
try {
  const hub = await startServer(
    loadConfig({ DELTAHUB_DATA: join(tmp, 'hub'), PORT: '0', LOG_LEVEL: 'silent' }),
    createLogger('silent'),
  );
  const { db } = hub.context;
  await addUser(db, 'bench');
  const token = (await createToken(db, 'bench')).token;
  await api(hub.url, token, 'POST', '/api/repos', { name: 'seed' });
  const { revision } = await push(hub.url, token, 'bench/seed', delta());
  await seedCatalogue(db, 'bench', revision, REPOS);
  const pages = {
    home: '/',
    search: '/search?q=glue&sort=updated',
    search_filters: '/search?architecture=bart&deltaType=lora&sort=downloads',
    delta_page: '/bench/seed',
    owner_page: '/bench',
  };
  const opts = { total: REQUESTS, concurrency: 1 };
  const stats = {};
  for (const [name, path] of Object.entries(pages)) {
    await load(hub.url, () => path, { total: 30, concurrency: 1 }); // warm-up
    stats[name] = await load(hub.url, () => path, opts);
    if (stats[name].failures) throw new Error(`${path}: ${stats[name].failures} failed requests`);
  }
  const html = `<!doctype html><html><body>${'<p>bare</p>'.repeat(200)}</body></html>`;
  const bare = express()
    .get('/bare', (_req, res) => res.type('html').send(html))
    .listen(0, '127.0.0.1');
  await once(bare, 'listening');
  const bareStats = await load(`http://127.0.0.1:${bare.address().port}`, () => '/bare', opts);
  bare.close();
  await hub.close();

  const baseline = `bare express p50 ${bareStats.p50.toFixed(2)} ms, p99 ${bareStats.p99.toFixed(2)} ms`;
  const worst = Object.entries(stats).sort((a, b) => b[1].p99 - a[1].p99)[0];
  results.push({
    id: 'web.page_p99_ms_10k',
    value: worst[1].p99,
    unit: 'ms',
    goal: '<= 200',
    baseline,
    note: `slowest page: ${worst[0]} (${pages[worst[0]]}); ${REQUESTS} sequential requests per page, ${REPOS} repos`,
  });
  for (const [name, s] of Object.entries(stats)) {
    results.push({
      id: `web.${name}_p99_ms_10k`,
      value: s.p99,
      unit: 'ms',
      baseline,
      note: `p50 ${s.p50.toFixed(2)} ms, ${pages[name]}`,
    });
  }
  writeResults('web', results);
  for (const r of results) console.log(`${r.id}: ${r.value.toFixed(2)} ${r.unit} (${r.note}) ${r.baseline}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
