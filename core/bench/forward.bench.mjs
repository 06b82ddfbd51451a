// Forward pass of a BERT-base model (bert-base-uncased config, zero weights) on each available
// backend; the ratio of the pure-JS cpu backend to wasm is measured in the same run.
// Sizes (env): DELTAHUB_BENCH_BATCH (2), DELTAHUB_BENCH_SEQ (128), DELTAHUB_BENCH_REPS (3),
// DELTAHUB_BENCH_CONFIG (another config.json).
import { BertModel, selectBackend, tf, withoutRandomInit } from '../dist/index.js';
import { benchConfig, envInt, measure, outPath, writeResults } from './lib.mjs';

const { config } = benchConfig();
const BATCH = envInt('DELTAHUB_BENCH_BATCH', 2);
const SEQ = Math.min(envInt('DELTAHUB_BENCH_SEQ', 128), config.max_position_embeddings ?? 512);
const REPS = envInt('DELTAHUB_BENCH_REPS', 3);

async function forwardTimes(backend) {
  await selectBackend(backend);
  // Zero weights compute exactly as fast as trained ones and skip drawing 110M random numbers.
  // Building the model is not timed: only forward passes are.
  const model = withoutRandomInit(() => new BertModel(config)).eval();
  const inputIds = tf.randomUniform([BATCH, SEQ], 0, config.vocab_size, 'int32');
  // The pure-JS cpu backend needs a minute or more per pass at this size: one timed pass, no warmup.
  const times = await measure(
    () => {
      const out = model.forward({ inputIds });
      out.lastHiddenState.dataSync();
      tf.dispose(out);
    },
    backend === 'cpu' ? { warmup: 0, reps: 1 } : { warmup: 1, reps: REPS },
  );
  inputIds.dispose();
  model.dispose();
  return times;
}

const measured = {};
for (const backend of ['tensorflow', 'wasm', 'cpu']) {
  try {
    measured[backend] = await forwardTimes(backend);
  } catch (error) {
    if (backend === 'tensorflow' && error?.code === 'BACKEND_UNAVAILABLE') continue; // tfjs-node is optional
    throw error;
  }
}
const results = Object.entries(measured).map(([backend, { cpuMs, wallMs }]) => ({
  id: `core.bert_base_forward_ms_${backend}`,
  value: cpuMs,
  unit: 'ms',
  goal: null,
  baseline: null,
  note: `CPU ms (median); wall ${Math.round(wallMs)} ms; batch ${BATCH}, seq ${SEQ}`,
}));
if (measured.cpu && measured.wasm) {
  results.push({
    id: 'core.bert_base_forward_cpu_over_wasm',
    value: measured.cpu.cpuMs / measured.wasm.cpuMs,
    unit: 'ratio',
    goal: null,
    baseline: 'core.bert_base_forward_ms_wasm',
  });
}
writeResults(outPath(new URL('./results/forward.json', import.meta.url).pathname), results);
