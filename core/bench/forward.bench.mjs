// Forward pass of a BERT-base-sized model (bert-base-uncased config, random init, batch 8, seq 128)
// on each available backend; the ratio to the wasm backend is measured in the same run.
import { readFileSync } from 'node:fs';
import { BertModel, selectBackend, tf, withoutRandomInit } from '../dist/index.js';
import { median, outPath, timeRuns, writeResults } from './lib.mjs';

const config = JSON.parse(
  readFileSync(
    new URL('../test-fixtures/hf-tiny/real_configs/bert-base-uncased.json', import.meta.url),
    'utf8',
  ),
);
const BATCH = 8;
const SEQ = 128;
// The pure-JS cpu backend needs minutes per pass at this size: one timed pass is all it gets.
const REPS = { tensorflow: 3, wasm: 3, cpu: 1 };

async function forwardMs(backend) {
  await selectBackend(backend);
  // Zero weights compute exactly as fast as trained ones and skip drawing 110M random numbers.
  const model = withoutRandomInit(() => new BertModel(config)).eval();
  const inputIds = tf.randomUniform([BATCH, SEQ], 0, config.vocab_size, 'int32');
  const times = await timeRuns(
    () => {
      const out = model.forward({ inputIds });
      out.lastHiddenState.dataSync();
      tf.dispose(out);
    },
    { warmup: backend === 'cpu' ? 0 : 1, reps: REPS[backend] },
  );
  inputIds.dispose();
  model.dispose();
  return median(times);
}

const measured = {};
for (const backend of ['tensorflow', 'wasm', 'cpu']) {
  try {
    measured[backend] = await forwardMs(backend);
  } catch (error) {
    if (backend === 'tensorflow') continue; // tfjs-node is an optional install
    throw error;
  }
}
const results = Object.entries(measured).map(([backend, ms]) => ({
  id: `core.bert_base_forward_ms_${backend}`,
  value: ms,
  unit: 'ms',
  goal: null,
  baseline: null,
  note: `batch ${BATCH}, seq ${SEQ}`,
}));
if (measured.cpu && measured.wasm) {
  results.push({
    id: 'core.bert_base_forward_cpu_over_wasm',
    value: measured.cpu / measured.wasm,
    unit: 'ratio',
    goal: null,
    baseline: 'core.bert_base_forward_ms_wasm',
  });
}
writeResults(outPath(new URL('./results/forward.json', import.meta.url).pathname), results);
