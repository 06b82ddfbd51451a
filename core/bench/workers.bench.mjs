// Data-parallel training in worker threads: one BERT-base LoRA training step (bert-base-uncased
// config, random init, r=8 on query/value, classifier trainable, batch 8 × seq 128, AdamW) through
// the Trainer with `workers: 2` over the same with `workers: 1` (this thread), wall-clock medians of
// DELTAHUB_BENCH_REPS (3) steps after one untimed step, in the same run. Also reports the process
// RSS growth the two replicas cost, and, when python3 can import torch, the two-worker step over
// PyTorch's (the peer of training.bench.mjs). Sizes: DELTAHUB_BENCH_BATCH, DELTAHUB_BENCH_MICRO_BATCH, DELTAHUB_BENCH_SEQ,
// DELTAHUB_BENCH_CONFIG (the tiny fixture for a smoke run), DELTAHUB_BENCH_NO_PEER=1.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '../dist/index.js';
import {
  benchConfig,
  envInt,
  median,
  outPath,
  pytorchPython,
  runPytorchScript,
  writeResults,
} from './lib.mjs';

const { BertForSequenceClassification, Dataset, LoraModel, Trainer, selectBackend, tf, withoutRandomInit } =
  core;
const { path: configPath, config: baseConfig } = benchConfig();
const config = { ...baseConfig, num_labels: 2 };
const BATCH = envInt('DELTAHUB_BENCH_BATCH', 8);
const SEQ = Math.min(envInt('DELTAHUB_BENCH_SEQ', 128), config.max_position_embeddings ?? 512);
const REPS = envInt('DELTAHUB_BENCH_REPS', 3);
// As in training.bench.mjs: the step accumulates micro-batches of this size (2), because batch 8 ×
// 128 at once does not fit the wasm backend's 4 GB heap.
const MICRO_BATCH = Math.min(envInt('DELTAHUB_BENCH_MICRO_BATCH', 2), BATCH);
if (BATCH % MICRO_BATCH !== 0)
  throw new Error(`batch ${BATCH} is not a multiple of micro-batch ${MICRO_BATCH}`);
const progress = (message) => console.error(`[workers bench] ${message}`);
const backend = (await selectBackend(process.env.DELTAHUB_BACKEND ?? 'wasm')).name;
progress(
  `${backend}, batch ${BATCH} in micro-batches of ${MICRO_BATCH}, seq ${SEQ}, ${config.num_hidden_layers} layers × hidden ${config.hidden_size}, ${REPS} timed steps`,
);

const model = withoutRandomInit(() => new BertForSequenceClassification(config));
const delta = new LoraModel({ backboneModel: model, loraR: 8 });
delta.freezeModule({ exclude: ['deltas', 'classifier'] });
const rows = Array.from({ length: BATCH * (REPS + 1) }, (_, i) => ({
  inputIds: Array.from({ length: SEQ }, (_, t) => (i * 131 + t * 17) % config.vocab_size),
  label: i % 2,
}));
const dataCollator = (batch) => ({
  inputIds: tf.tensor2d(
    batch.map((r) => r.inputIds),
    undefined,
    'int32',
  ),
  labels: tf.tensor1d(
    batch.map((r) => r.label),
    'int32',
  ),
});
const out = mkdtempSync(join(tmpdir(), 'deltahub-workers-bench-'));

/**
 * CPU ms each thread of this process has used, by thread id (Linux: /proc/self/task/<tid>/stat,
 * utime + stime in clock ticks of 10 ms). Per-thread CPU time is what the wasm computation on each
 * thread costs, whatever else the shared machine runs.
 */
function threadCpuMs() {
  const ms = new Map();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ms.set(tid, (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {
      // the thread ended
    }
  }
  return ms;
}

/**
 * Wall-clock ms of each timed step, the CPU ms of the busiest `workers` threads in each step (the
 * critical path if each thread had a core of its own), and the process's peak RSS, training with
 * `workers`.
 */
async function steps(workers) {
  const marks = [];
  const cpu = [];
  let peakRss = 0;
  const trainer = new Trainer({
    model,
    delta,
    args: {
      outputDir: join(out, `w${workers}`),
      workers,
      maxSteps: REPS + 1,
      perDeviceTrainBatchSize: MICRO_BATCH,
      gradientAccumulationSteps: BATCH / MICRO_BATCH,
      learningRate: 1e-4,
      saveStrategy: 'no',
      loggingStrategy: 'no',
      disableTqdm: true,
    },
    trainDataset: Dataset.fromRows(rows),
    dataCollator,
    callbacks: [
      {
        onStepEnd: () => {
          marks.push(performance.now());
          cpu.push(threadCpuMs());
          peakRss = Math.max(peakRss, process.memoryUsage().rss);
        },
      },
    ],
  });
  await trainer.train();
  const times = marks.slice(1).map((t, i) => t - marks[i]);
  // Per step, the CPU of the busiest thread: the main thread with 1 worker, the slower worker with 2.
  const busiest = cpu
    .slice(1)
    .map((after, i) => Math.max(...[...after].map(([tid, ms]) => ms - (cpu[i].get(tid) ?? 0))));
  progress(
    `${workers} worker(s): steps ${times.map((t) => Math.round(t)).join(', ')} ms, peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MB`,
  );
  progress(
    `${workers} worker(s): busiest thread's CPU per step ${busiest.map((t) => Math.round(t)).join(', ')} ms`,
  );
  return { ms: median(times), busiestCpuMs: median(busiest), peakRss };
}

const one = await steps(1);
const two = await steps(2);
rmSync(out, { recursive: true, force: true });
const results = [
  {
    id: 'core.lora_step_ms_1_worker',
    value: one.ms,
    unit: 'ms',
    goal: null,
    baseline: null,
    note: `wall-clock median of ${REPS} Trainer steps in this thread`,
  },
  {
    id: 'core.lora_step_ms_2_workers',
    value: two.ms,
    unit: 'ms',
    goal: null,
    baseline: null,
    note: `wall-clock median of ${REPS} Trainer steps, each batch split over 2 worker threads`,
  },
  {
    id: 'core.lora_step_2_workers_over_1',
    value: two.ms / one.ms,
    unit: 'ratio',
    goal: '<= 0.60',
    baseline: 'core.lora_step_ms_1_worker',
    note: `wall-clock; batch ${BATCH} × ${SEQ}; ratios on a machine whose 2 cores other work shares swing with its load`,
  },
  {
    id: 'core.lora_step_2_workers_over_1_thread_cpu',
    value: two.busiestCpuMs / one.busiestCpuMs,
    unit: 'ratio',
    goal: null,
    baseline: `busiest thread ${Math.round(one.busiestCpuMs)} CPU ms per step with 1 worker`,
    note: `per step, the busier worker's CPU time (${Math.round(two.busiestCpuMs)} ms) over the one thread's: the wall-clock ratio two free cores would give, as long as the cores do not slow each other`,
  },
  {
    id: 'core.workers_2_replicas_rss_mb',
    value: (two.peakRss - one.peakRss) / 2 ** 20,
    unit: 'MB',
    goal: null,
    baseline: 'peak RSS of the 1-worker run',
    note: `peak process RSS ${(two.peakRss / 2 ** 20).toFixed(0)} MB with 2 workers, ${(one.peakRss / 2 ** 20).toFixed(0)} MB with 1`,
  },
];

const python = process.env.DELTAHUB_BENCH_NO_PEER ? null : pytorchPython();
if (python) {
  progress('PyTorch peer');
  try {
    const torch = runPytorchScript(python, new URL('./peers/bert_step_torch.py', import.meta.url).pathname, [
      configPath,
      String(BATCH),
      String(SEQ),
      String(REPS),
      '8',
    ]);
    results.push({
      id: 'core.lora_step_2_workers_over_pytorch',
      value: two.ms / torch.lora_step_ms,
      unit: 'ratio',
      goal: '<= 4',
      baseline: `PyTorch ${torch.version} LoRA step ${Math.round(torch.lora_step_ms)} ms (${torch.threads} threads, SGD)`,
      note: 'wall-clock, same shapes, same shared machine; the Trainer step adds AdamW and gradient clipping',
    });
  } catch (err) {
    progress(`the PyTorch peer failed: ${String(err.message).split('\n')[0]}`);
  }
}
writeResults(outPath(new URL('./results/workers.json', import.meta.url).pathname), results);
