// Greedy generation of 128 new tokens after an 8-token prompt with GPT-2 small (gpt2 config, zero
// weights: they compute as fast as trained ones), wasm backend, batch 1:
// - tokens per second with the key/value cache and without it (every step reruns every position),
//   alternating round by round; the ratio is the cache's gain, measured in the same run;
// - the same loop in PyTorch with a hand-written GPT-2 and cache (peers/gpt2_generate_torch.py),
//   when python3 can import torch.
// Sizes (env): DELTAHUB_BENCH_NEW_TOKENS (128), DELTAHUB_BENCH_PROMPT (8), DELTAHUB_BENCH_REPS (2:
// an uncached round runs about 128 × 72 positions of GPT-2 small), DELTAHUB_BENCH_GPT2_CONFIG
// (another config.json, e.g. test-fixtures/hf-tiny/gpt2/config.json for a smoke run),
// DELTAHUB_BENCH_NO_PEER=1 to skip PyTorch, DELTAHUB_BACKEND (wasm).
import { readFileSync } from 'node:fs';
import { GPT2LMHeadModel, selectBackend, withoutRandomInit } from '../dist/index.js';
import {
  envInt,
  measureInterleaved,
  outPath,
  pytorchPython,
  runPytorchScript,
  writeResults,
} from './lib.mjs';

const configPath =
  process.env.DELTAHUB_BENCH_GPT2_CONFIG ??
  new URL('../test-fixtures/hf-tiny/real_configs/gpt2.json', import.meta.url).pathname;
const config = JSON.parse(readFileSync(configPath, 'utf8'));
const NEW_TOKENS = envInt('DELTAHUB_BENCH_NEW_TOKENS', 128);
const PROMPT = envInt('DELTAHUB_BENCH_PROMPT', 8);
const REPS = envInt('DELTAHUB_BENCH_REPS', 2);
if (PROMPT + NEW_TOKENS > config.n_positions) throw new Error('prompt + new tokens exceed n_positions');

const progress = (message) => console.error(`[generate bench] ${message}`);
const backend = (await selectBackend(process.env.DELTAHUB_BACKEND ?? 'wasm')).name;
const sizes = `${backend}, batch 1, prompt ${PROMPT}, ${NEW_TOKENS} new tokens, ${config.n_layer} layers × ${config.n_embd}, vocab ${config.vocab_size}`;
progress(`${sizes}, ${REPS} timed rounds, config ${configPath}`);

const model = withoutRandomInit(() => new GPT2LMHeadModel(config)).eval();
const prompt = [Array.from({ length: PROMPT }, (_, i) => (i * 7919) % config.vocab_size)];
// minNewTokens keeps an end token from stopping a run early: every run makes exactly NEW_TOKENS.
const options = { maxNewTokens: NEW_TOKENS, minNewTokens: NEW_TOKENS };
const generateWith = (useCache) => async () => {
  const { sequences } = await model.generate(prompt, { ...options, useCache });
  if (sequences[0].length !== PROMPT + NEW_TOKENS) throw new Error('generation stopped early');
};
// A short warm-up of each kind packs the weights for XNNPACK and compiles the kernels; a full
// uncached round as warm-up would cost minutes of CPU for nothing.
progress('warm-up');
await model.generate(prompt, { maxNewTokens: 4, useCache: true });
await model.generate(prompt, { maxNewTokens: 4, useCache: false });
progress('cached and uncached generation, alternating');
const timed = await measureInterleaved(
  {
    cached: { setup: () => undefined, run: generateWith(true) },
    uncached: { setup: () => undefined, run: generateWith(false) },
  },
  { warmup: 0, reps: REPS },
);
model.dispose();
const perSecond = (ms) => NEW_TOKENS / (ms / 1000);

let peer = null;
let peerNote = 'python3 cannot import torch here (install Debian python3-torch and libopenblas0-pthread)';
const python = process.env.DELTAHUB_BENCH_NO_PEER ? null : pytorchPython();
if (process.env.DELTAHUB_BENCH_NO_PEER) peerNote = 'skipped (DELTAHUB_BENCH_NO_PEER)';
if (python) {
  progress('PyTorch peer');
  peer = runPytorchScript(python, new URL('./peers/gpt2_generate_torch.py', import.meta.url).pathname, [
    configPath,
    String(PROMPT),
    String(NEW_TOKENS),
    String(REPS),
  ]);
  peerNote = `torch ${peer.version}, ${peer.threads} thread(s), CPU time (median); wall-clock ${peer.cached_tokens_per_s.toFixed(1)} tokens/s; uncached ${peer.uncached_cpu_tokens_per_s.toFixed(2)} tokens/s (CPU)`;
}

const cpuNote = (m) =>
  `CPU time of the wasm thread (median); wall ${Math.round(m.wallMs)} ms per run; ${sizes}`;
const results = [
  {
    id: 'core.generate_tokens_per_s',
    value: perSecond(timed.cached.cpuMs),
    unit: 'token/s',
    goal: null,
    baseline: null,
    note: `with the key/value cache; ${cpuNote(timed.cached)}`,
  },
  {
    id: 'core.generate_tokens_per_s_uncached',
    value: perSecond(timed.uncached.cpuMs),
    unit: 'token/s',
    goal: null,
    baseline: null,
    note: `useCache: false (every step reruns every position); ${cpuNote(timed.uncached)}`,
  },
  {
    id: 'core.generate_cached_over_uncached',
    value: timed.uncached.cpuMs / timed.cached.cpuMs,
    unit: 'ratio',
    goal: '>= 5',
    baseline: 'core.generate_tokens_per_s_uncached',
    note: `tokens/s with the cache over without, CPU time; wall-clock ratio ${(timed.uncached.wallMs / timed.cached.wallMs).toFixed(2)}`,
  },
  {
    id: 'core.generate_tokens_per_s_pytorch',
    value: peer ? peer.cached_cpu_tokens_per_s : null,
    unit: 'token/s',
    goal: null,
    baseline: null,
    note: peerNote,
  },
  {
    id: 'core.generate_tokens_per_s_over_pytorch',
    value: peer ? perSecond(timed.cached.cpuMs) / peer.cached_cpu_tokens_per_s : null,
    unit: 'ratio',
    goal: null,
    baseline: 'core.generate_tokens_per_s_pytorch',
    note: peer
      ? `tokens/s by CPU time, both with a cache; by wall-clock ${(perSecond(timed.cached.wallMs) / peer.cached_tokens_per_s).toFixed(3)}`
      : peerNote,
  },
];
writeResults(outPath(new URL('./results/generate.json', import.meta.url).pathname), results);
