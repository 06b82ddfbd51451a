// Helpers shared by the core benchmarks: timing, result files and the optional PyTorch peer.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs `fn` `warmup` times untimed, then `reps` times; returns each run's milliseconds. */
export async function timeRuns(fn, { warmup = 1, reps = 5 } = {}) {
  for (let i = 0; i < warmup; i++) await fn();
  const times = [];
  for (let i = 0; i < reps; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times;
}

/**
 * Runs `fn` `warmup` times untimed, then `reps` times; returns the median wall-clock and CPU
 * milliseconds. The wasm backend computes on one thread, so its CPU time is the work done whatever
 * else the shared machine runs, while wall-clock time swings with the load; ratios between tfjs
 * runs use CPU time for that reason.
 */
export async function measure(fn, { warmup = 1, reps = 3 } = {}) {
  for (let i = 0; i < warmup; i++) await fn();
  const wall = [];
  const cpu = [];
  for (let i = 0; i < reps; i++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    await fn();
    const used = process.cpuUsage(startCpu);
    wall.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wallMs: median(wall), cpuMs: median(cpu) };
}

/**
 * Alternates variants round by round (`setup` then one timed `run` each), after `warmup` untimed
 * rounds, so drifting machine load affects every variant alike. Returns
 * `{ [name]: { wallMs, cpuMs, bestCpuMs } }`: median wall-clock and CPU milliseconds (CPU time as in
 * {@link measure}) and the lowest CPU time of any round.
 */
export async function measureInterleaved(variants, { warmup = 1, reps = 3 } = {}) {
  const samples = Object.fromEntries(Object.keys(variants).map((name) => [name, { wall: [], cpu: [] }]));
  for (let round = 0; round < warmup + reps; round++) {
    for (const [name, { setup, run }] of Object.entries(variants)) {
      await setup();
      const start = performance.now();
      const startCpu = process.cpuUsage();
      await run();
      const used = process.cpuUsage(startCpu);
      if (round < warmup) continue;
      samples[name].wall.push(performance.now() - start);
      samples[name].cpu.push((used.user + used.system) / 1000);
    }
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, s]) => [
      name,
      { wallMs: median(s.wall), cpuMs: median(s.cpu), bestCpuMs: Math.min(...s.cpu) },
    ]),
  );
}

/** A positive integer from the environment variable `name`, or `fallback` when unset. */
export function envInt(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} must be a positive integer, got '${raw}'`);
  return value;
}

/**
 * The model config the BERT benchmarks build: bert-base-uncased's, or the config.json named by
 * `DELTAHUB_BENCH_CONFIG` (e.g. `test-fixtures/hf-tiny/bert/config.json` for a quick smoke run).
 */
export function benchConfig() {
  const path =
    process.env.DELTAHUB_BENCH_CONFIG ??
    new URL('../test-fixtures/hf-tiny/real_configs/bert-base-uncased.json', import.meta.url).pathname;
  return { path, config: JSON.parse(readFileSync(path, 'utf8')) };
}

/** The `--out` argument, or the default results path of a benchmark. */
export function outPath(defaultPath) {
  const i = process.argv.indexOf('--out');
  return i >= 0 ? process.argv[i + 1] : defaultPath;
}

/** Writes `{ results }` as JSON and prints a table of it. */
export function writeResults(path, results) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify({ results }, null, 2) + '\n');
  console.table(
    results.map((r) => ({
      id: r.id,
      value: round(r.value),
      unit: r.unit,
      goal: r.goal ?? '',
      baseline: r.baseline ?? '',
    })),
  );
}

function round(value) {
  return typeof value === 'number' ? Number(value.toPrecision(4)) : value;
}

/** Debian's python3 with python3-torch, where installed; null otherwise. */
export function pytorchPython() {
  const python = '/usr/bin/python3';
  if (!existsSync(python)) return null;
  try {
    execFileSync(python, ['-c', 'import torch'], { stdio: 'ignore' });
    return python;
  } catch {
    return null;
  }
}

/**
 * Runs a Python snippet with PyTorch and parses the JSON it prints on its last line. This machine
 * sets OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE as a workaround for old OpenBLAS builds; they force a
 * slow kernel, so the peer runs without both (as PyTorch users here would measure it).
 */
export function runPytorch(python, code) {
  return runPython(python, ['-c', code]);
}

/** {@link runPytorch} for a script file with arguments. */
export function runPytorchScript(python, script, args = []) {
  return runPython(python, [script, ...args]);
}

function runPython(python, args) {
  const env = { ...process.env };
  delete env.OPENBLAS_CORETYPE;
  delete env.OPENBLAS_L2_SIZE;
  const out = execFileSync(python, args, { encoding: 'utf8', maxBuffer: 1 << 20, env });
  return JSON.parse(out.trim().split('\n').at(-1));
}
