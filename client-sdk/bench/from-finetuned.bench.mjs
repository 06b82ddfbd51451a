// Reapplying a delta pulled from a hub → bench/results/from-finetuned.json (ids client.*).
//  - client.from_finetuned_warm_ms (goal <= 100): `AutoDeltaModel.fromFinetuned('owner/name')` of a
//    LoRA delta (r=8 on query and value) onto a BERT-base-sized backbone, from a warm cache (pulled
//    once through a real local hub), the backbone already loaded and reapplied to once before (so
//    its weights fingerprint is cached on it). The backbone load is not timed.
//    Resolving `main` asks the hub which revision it names (one request to the local hub).
//  - context rows: the same pinned to the revision id (`owner/name@<id>`: no hub request), the first
//    (cold) reapply on a freshly loaded backbone, which hashes its frozen weights, and the weights
//    fingerprint alone.
// Needs `npm run build` (imports dist/). Everything listens on 127.0.0.1 only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BERT_BASE_CONFIG } from '@deltahub/testing/fixtures';
import {
  AutoDeltaModel,
  BertModel,
  LoraModel,
  currentBackend,
  fingerprintBackbone,
  selectBackend,
  snapshotFromHub,
  tf,
  withoutRandomInit,
} from '../dist/index.js';
import { median, resultsPath, startBenchHub, timeRuns, writeResults } from './lib.mjs';

const REPO = 'bench/bert-base-lora';
const config = JSON.parse(readFileSync(BERT_BASE_CONFIG, 'utf8'));

await selectBackend();
const hub = await startBenchHub();
try {
  const cacheDir = join(hub.tmp, 'cache');
  const pull = { hubUrl: hub.url, token: hub.token, cacheDir };

  // The trainer's side: a random BERT-base, a LoRA delta with non-zero updates, pushed.
  const trained = BertModel.fromConfig(config);
  const delta = new LoraModel({ backboneModel: trained, loraR: 8 });
  delta
    .deltaParameters()
    .forEach((p, i) => tf.tidy(() => p.assign(tf.randomNormal(p.shape, 0, 0.02, 'float32', i))));
  await delta.pushToHub(REPO, { hubUrl: hub.url, token: hub.token });
  const deltaBytes = delta.deltaParameters().reduce((n, p) => n + p.size * 4, 0);

  // The user's side: the same weights in another model instance (nothing cached on it yet), and the
  // delta pulled into the cache once.
  delta.detach();
  const backbone = withoutRandomInit(() => new BertModel(config));
  backbone.loadStateDict(trained.stateDict());
  trained.dispose();
  const { revision } = await snapshotFromHub(REPO, pull);

  const reapply = async (id = REPO) => {
    const start = performance.now();
    const pulled = await AutoDeltaModel.fromFinetuned(id, { backboneModel: backbone, ...pull });
    const ms = performance.now() - start;
    pulled.detach();
    return ms;
  };
  const coldMs = await reapply();
  const warm = [];
  const pinned = [];
  for (let i = 0; i < 10; i++) {
    warm.push(await reapply());
    pinned.push(await reapply(`${REPO}@${revision}`));
  }
  const fingerprintMs = median(
    await timeRuns(() => fingerprintBackbone(backbone, { cache: false }), { warmup: 0, reps: 3 }),
  );

  const note = `${currentBackend()} backend, ${(backbone.numParameters() / 1e6).toFixed(1)}M backbone parameters, delta ${(deltaBytes / 2 ** 20).toFixed(2)} MiB`;
  writeResults(resultsPath('from-finetuned'), [
    {
      id: 'client.from_finetuned_warm_ms',
      value: median(warm),
      unit: 'ms',
      goal: '<= 100',
      baseline: `first reapply ${coldMs.toFixed(0)} ms, weights fingerprint ${fingerprintMs.toFixed(0)} ms`,
      note: `median of ${warm.length}; warm cache, backbone reapplied to before; ${note}`,
    },
    {
      id: 'client.from_finetuned_warm_pinned_ms',
      value: median(pinned),
      unit: 'ms',
      goal: null,
      baseline: null,
      note: `as client.from_finetuned_warm_ms with owner/name@<revision id>: no hub request; ${note}`,
    },
    {
      id: 'client.from_finetuned_cold_ms',
      value: coldMs,
      unit: 'ms',
      goal: null,
      baseline: null,
      note: `first reapply on a freshly loaded backbone (hashes its weights); warm cache; ${note}`,
    },
    {
      id: 'client.weights_fingerprint_ms',
      value: fingerprintMs,
      unit: 'ms',
      goal: null,
      baseline: null,
      note: `uncached weights fingerprint, median of 3; ${note}`,
    },
  ]);
  backbone.dispose();
} finally {
  await hub.stop();
}
