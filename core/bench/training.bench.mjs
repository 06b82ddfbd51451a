// Delta tuning against full fine-tuning on a BERT-base-sized classifier (bert-base-uncased config,
// random init, batch 8, seq 128, wasm backend, Adam), all measured in this run:
// LoRA step / full step, optimizer state bytes, merged / unmerged LoRA inference against the plain
// backbone, delta state-dict bytes / full state-dict bytes per method, and the same LoRA step in
// PyTorch as the peer baseline.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as core from '../dist/index.js';
import { median, outPath, pytorchPython, timeRuns, writeResults } from './lib.mjs';

const { BertForSequenceClassification, LoraModel, selectBackend, tf } = core;
const config = {
  ...JSON.parse(
    readFileSync(
      new URL('../test-fixtures/hf-tiny/real_configs/bert-base-uncased.json', import.meta.url),
      'utf8',
    ),
  ),
  num_labels: 2,
};
const BATCH = 8;
// 128 tokens, or fewer when a smoke-test config has a shorter position table.
const SEQ = Math.min(128, config.max_position_embeddings ?? 128);
const STEPS = 2;

await selectBackend(process.env.DELTAHUB_BACKEND ?? 'wasm');
const inputIds = tf.randomUniform([BATCH, SEQ], 0, config.vocab_size, 'int32');
const labels = tf.oneHot(tf.randomUniform([BATCH], 0, 2, 'int32'), 2);

function lossOf(model) {
  return () => tf.losses.softmaxCrossEntropy(labels, model.forward({ inputIds }).logits);
}

function optimizerStateBytes(optimizer) {
  return optimizer.getWeights().then((weights) => weights.reduce((n, w) => n + w.tensor.size * 4, 0));
}

// Steps are timed with SGD: Adam's two moments for all 110M parameters of full fine-tuning do not
// fit next to the weights, gradients and activations in the wasm backend's 4 GB heap (it aborts).
// Adam's extra work is element-wise, so the ratio only gets more favourable to LoRA with it.
async function trainingStep(model, variables) {
  model.train();
  const optimizer = tf.train.sgd(1e-4);
  const times = await timeRuns(
    () => {
      const cost = optimizer.minimize(lossOf(model), true, variables);
      cost.dataSync();
      cost.dispose();
    },
    { warmup: 1, reps: STEPS },
  );
  optimizer.dispose();
  return { ms: median(times) };
}

/** Adam state bytes after one real Adam step over `variables` (small batch: state size is per weight). */
async function adamStateBytes(model, variables) {
  model.train();
  const optimizer = tf.train.adam(1e-4);
  const ids = inputIds.slice([0, 0], [1, 8]);
  const cost = optimizer.minimize(
    () =>
      tf.losses.softmaxCrossEntropy(labels.slice([0, 0], [1, 2]), model.forward({ inputIds: ids }).logits),
    true,
    variables,
  );
  cost.dispose();
  ids.dispose();
  const bytes = await optimizerStateBytes(optimizer);
  optimizer.dispose();
  return bytes;
}

async function inferenceMs(model) {
  model.eval();
  return median(
    await timeRuns(
      () => {
        const out = model.forward({ inputIds });
        out.logits.dataSync();
        tf.dispose(out);
      },
      { warmup: 1, reps: 3 },
    ),
  );
}

function stateDictBytes(model) {
  return Object.values(model.stateDict()).reduce((n, t) => n + t.size * 4, 0);
}

const results = [];
const progress = (message) => console.error(`[training bench] ${message}`);

// Full fine-tuning: every parameter trainable.
progress('building the full model');
let model = BertForSequenceClassification.fromConfig(config);
const fullBytes = stateDictBytes(model);
const fullParameters = model.numParameters();
const plainInferenceMs = await inferenceMs(model);
progress('plain inference done; full fine-tuning steps');
const full = await trainingStep(model, model.trainableVariables());
progress('LoRA steps');

// LoRA r=8 on the default targets (query, value), classifier trainable.
const lora = new LoraModel({ backboneModel: model, loraR: 8 });
lora.freezeModule({ exclude: ['deltas', 'classifier'], setStateDict: true });
const loraStep = await trainingStep(model, lora.trainableVariables());
const loraStateBytes = await adamStateBytes(model, lora.trainableVariables());
// Adam keeps two float32 moments per trainable parameter (plus a step counter); measuring it for all
// 110M parameters aborts the wasm heap, so the full side is that count, not a measurement.
const fullStateBytes = 2 * 4 * fullParameters + 4;
const loraBytes = stateDictBytes(model);
const unmergedMs = await inferenceMs(model);
lora.merge();
const mergedMs = await inferenceMs(model);
lora.unmerge();

results.push(
  { id: 'core.full_step_ms', value: full.ms, unit: 'ms', goal: null, baseline: null },
  { id: 'core.lora_step_ms', value: loraStep.ms, unit: 'ms', goal: null, baseline: null },
  {
    id: 'core.lora_step_over_full_step',
    value: loraStep.ms / full.ms,
    unit: 'ratio',
    goal: '<= 0.70',
    baseline: 'core.full_step_ms',
  },
  {
    id: 'core.lora_optimizer_state_over_full',
    value: loraStateBytes / fullStateBytes,
    unit: 'ratio',
    goal: '<= 0.01',
    baseline: 'Adam state bytes of full fine-tuning (2 float32 moments per parameter)',
    note: `LoRA Adam state ${loraStateBytes} bytes (measured); full ${fullStateBytes} bytes (computed)`,
  },
  { id: 'core.plain_inference_ms', value: plainInferenceMs, unit: 'ms', goal: null, baseline: null },
  {
    id: 'core.merged_lora_inference_over_plain',
    value: mergedMs / plainInferenceMs,
    unit: 'ratio',
    goal: '<= 1.02',
    baseline: 'core.plain_inference_ms',
  },
  {
    id: 'core.unmerged_lora_inference_over_plain',
    value: unmergedMs / plainInferenceMs,
    unit: 'ratio',
    goal: '<= 1.15',
    baseline: 'core.plain_inference_ms',
  },
  {
    id: 'core.delta_state_dict_bytes_over_full.lora',
    value: loraBytes / fullBytes,
    unit: 'ratio',
    goal: null,
    baseline: 'full state dict bytes',
  },
);
lora.detach();
model.dispose();

// Delta state-dict size of the other methods on their default placement (no training needed).
const methods = [
  'AdapterModel',
  'BitFitModel',
  'CompacterModel',
  'LowRankAdapterModel',
  'ParallelAdapterModel',
  'IA3Model',
  'PrefixModel',
  'SoftPromptModel',
];
for (const name of methods) {
  const Method = core[name];
  if (!Method) continue;
  model = core.withoutRandomInit(() => new BertForSequenceClassification(config));
  const delta = new Method({ backboneModel: model });
  delta.freezeModule({ exclude: ['deltas'], setStateDict: true });
  results.push({
    id: `core.delta_state_dict_bytes_over_full.${delta.deltaType}`,
    value: stateDictBytes(model) / fullBytes,
    unit: 'ratio',
    goal: null,
    baseline: 'full state dict bytes',
  });
  model.dispose();
}

const python = process.env.DELTAHUB_BENCH_NO_PEER ? null : pytorchPython();
if (python) {
  progress('PyTorch peer');
  const env = { ...process.env };
  delete env.OPENBLAS_CORETYPE;
  delete env.OPENBLAS_L2_SIZE;
  const torch = JSON.parse(
    execFileSync(python, [new URL('./peers/bert_step_torch.py', import.meta.url).pathname, String(STEPS)], {
      encoding: 'utf8',
      env,
    })
      .trim()
      .split('\n')
      .at(-1),
  );
  results.push(
    {
      id: 'core.pytorch_lora_step_ms',
      value: torch.lora_step_ms,
      unit: 'ms',
      goal: null,
      baseline: null,
      note: `PyTorch ${torch.version}, ${torch.threads} threads`,
    },
    {
      id: 'core.lora_step_over_pytorch',
      value: loraStep.ms / torch.lora_step_ms,
      unit: 'ratio',
      goal: null,
      baseline: 'core.pytorch_lora_step_ms',
    },
    {
      id: 'core.pytorch_lora_step_over_full_step',
      value: torch.lora_step_ms / torch.full_step_ms,
      unit: 'ratio',
      goal: null,
      baseline: 'PyTorch full step',
    },
  );
} else {
  results.push({
    id: 'core.pytorch_lora_step_ms',
    value: null,
    unit: 'ms',
    goal: null,
    baseline: null,
    note: 'skipped: Debian python3-torch not installed',
  });
}
writeResults(outPath(new URL('./results/training.json', import.meta.url).pathname), results);
