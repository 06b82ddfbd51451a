// Memory of a 0.5 B-parameter Llama-family decoder on the wasm backend (4 GB heap): Qwen2.5-0.5B's
// real config, random weights written to a temporary BF16 safetensors file (as the hub ships them),
// then, in a fresh child process: load it, run a forward pass at batch 1 × 256, and train one LoRA
// step (r=8 on q_proj/v_proj, Adam, language-modelling loss over all 256 positions, with gradient
// checkpointing and the chunked causalLMLoss). Rows: peak RSS
// over the float32 weight bytes after loading and after the whole run (goal <= 1.3: the weights are
// streamed into the backend, never held twice), with the wasm heap size in the notes.
// Sizes (env): DELTAHUB_BENCH_DECODER_CONFIG (another config.json, e.g. the tiny
// test-fixtures/hf-tiny/llama/config.json for a smoke run), DELTAHUB_BENCH_SEQ (256).
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { clearInterval, setInterval } from 'node:timers';
import * as core from '../dist/index.js';
import { fromFloat32, writeSafetensorsFile } from '../dist/safetensors/index.js';
import { envInt, outPath, writeResults } from './lib.mjs';

const { AutoModelForCausalLM, LoraModel, causalLMLoss, selectBackend, tf } = core;
const SEQ = envInt('DELTAHUB_BENCH_SEQ', 256);
const MiB = 1024 * 1024;
const progress = (message) => console.error(`[decoder memory bench] ${message}`);

/** VmHWM of this process in bytes (Linux), or 0 where /proc is unavailable. */
async function highWaterMark() {
  try {
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(await readFile('/proc/self/status', 'utf8'));
    return kb ? Number(kb[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** The larger of RSS sampled every 5 ms and the kernel's high-water mark. */
function rssSampler() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  return {
    async peak() {
      peak = Math.max(peak, process.memoryUsage().rss, await highWaterMark());
      return peak;
    },
    stop: () => clearInterval(timer),
  };
}

// Child mode: load, forward, LoRA step in a fresh process; print the peaks as JSON.
if (process.argv[2] === '--child') {
  const folder = process.argv[3];
  await selectBackend('wasm');
  const sampler = rssSampler();
  const start = Date.now();
  const model = await AutoModelForCausalLM.fromPretrained(folder);
  const loadMs = Date.now() - start;
  const afterLoad = await sampler.peak();
  const parameters = model.numParameters();
  const vocab = model.settings.vocabSize;
  const ids = tf.randomUniform([1, SEQ], 0, vocab, 'int32', 7);
  // Read back one number: the logits themselves stay in the backend.
  tf.tidy(() => tf.sum(model.forward({ inputIds: ids }).logits).dataSync());
  const afterForward = await sampler.peak();
  const delta = new LoraModel({ backboneModel: model, loraR: 8 });
  delta.freezeModule({ exclude: ['deltas'] });
  // One layer's activations at a time, and the vocabulary logits 64 positions at a time.
  model.model.gradientCheckpointing = true;
  const optimizer = tf.train.adam(1e-3);
  const stepStart = Date.now();
  const loss = optimizer.minimize(
    () =>
      causalLMLoss(model.lmHead, model.model.forward({ inputIds: ids }).lastHiddenState, ids, {
        chunkSize: 64,
      }),
    true,
    delta.trainableVariables(),
  );
  const lossValue = loss.dataSync()[0];
  const stepMs = Date.now() - stepStart;
  const afterStep = await sampler.peak();
  const rssAfterStep = process.memoryUsage().rss;
  sampler.stop();
  const heapBytes = tf.backend().wasm.HEAPU8.length;
  process.stdout.write(
    JSON.stringify({
      parameters,
      afterLoad,
      afterForward,
      afterStep,
      rssAfterStep,
      heapBytes,
      loadMs,
      stepMs,
      lossValue,
    }),
  );
  process.exit(0);
}

const configPath =
  process.env.DELTAHUB_BENCH_DECODER_CONFIG ??
  fileURLToPath(new URL('../test-fixtures/hf-tiny/real_configs/Qwen__Qwen2.5-0.5B.json', import.meta.url));
const config = JSON.parse(await readFile(configPath, 'utf8'));
const name = configPath
  .split('/')
  .pop()
  .replace(/\.json$/, '');

/**
 * The checkpoint `save_pretrained` would write for `config`, with random BF16 values: names and
 * shapes from a shape-only model (tied copies left out), weights ~ U(±0.02·√3) (std 0.02 as
 * transformers' init), norms 1, biases 0.
 */
function randomCheckpoint() {
  const shapes = AutoModelForCausalLM.fromConfig(config, { emptyWeights: true });
  const tied = new Set(shapes.tiedKeys());
  const tensors = {};
  const bound = 0.02 * Math.sqrt(3);
  for (const [key, parameter] of Object.entries(shapes.stateDict())) {
    if (tied.has(key)) continue;
    const values = new Float32Array(parameter.size);
    if (key.endsWith('norm.weight')) values.fill(1);
    else if (!key.endsWith('.bias'))
      for (let i = 0; i < values.length; i++) values[i] = (Math.random() * 2 - 1) * bound;
    tensors[key] = fromFloat32(values, 'BF16', parameter.shape);
  }
  const parameters = shapes.numParameters();
  shapes.dispose();
  return { tensors, parameters };
}

await selectBackend('wasm');
const dir = await mkdtemp(join(tmpdir(), 'deltahub-decoder-bench-'));
try {
  progress(`writing a random BF16 checkpoint of ${name}`);
  const { tensors, parameters } = randomCheckpoint();
  await writeFile(join(dir, 'config.json'), JSON.stringify(config));
  await writeSafetensorsFile(join(dir, 'model.safetensors'), tensors, { format: 'pt' }, { fsync: false });
  progress(`${parameters} parameters; loading, forward at 1 × ${SEQ} and one LoRA step in a child process`);
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', dir], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (child.status !== 0) throw new Error(`child failed (exit ${child.status})`);
  const run = JSON.parse(child.stdout);
  const weightBytes = run.parameters * 4;
  const mib = (bytes) => `${Math.round(bytes / MiB)} MiB`;
  const sizes = `${name}, ${run.parameters} parameters (${mib(weightBytes)} float32), wasm, batch 1 × ${SEQ}`;
  writeResults(outPath(fileURLToPath(new URL('./results/decoder-memory.json', import.meta.url))), [
    {
      id: 'core.decoder_load_peak_rss_over_weights',
      value: run.afterLoad / weightBytes,
      unit: 'ratio',
      goal: '<= 1.3',
      baseline: 'float32 bytes of the weights (parameters × 4)',
      note: `peak RSS ${mib(run.afterLoad)} while loading a BF16 file in ${run.loadMs} ms; ${sizes}`,
    },
    {
      id: 'core.decoder_lora_step_peak_rss_over_weights',
      value: run.afterStep / weightBytes,
      unit: 'ratio',
      goal: '<= 1.3',
      baseline: 'float32 bytes of the weights (parameters × 4)',
      note: `peak RSS ${mib(run.afterStep)} after load, forward (${mib(run.afterForward)}) and one LoRA r=8 Adam step with gradient checkpointing (${run.stepMs} ms, loss ${run.lossValue.toFixed(3)}); wasm heap ${mib(run.heapBytes)} of 4096 MiB, RSS ${mib(run.rssAfterStep)} once the step is done; ${sizes}`,
    },
  ]);
} finally {
  await rm(dir, { recursive: true, force: true });
}
