// Helpers shared by the core benchmarks: timing, result files and the optional PyTorch peer.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
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
  const env = { ...process.env };
  delete env.OPENBLAS_CORETYPE;
  delete env.OPENBLAS_L2_SIZE;
  const out = execFileSync(python, ['-c', code], { encoding: 'utf8', maxBuffer: 1 << 20, env });
  return JSON.parse(out.trim().split('\n').at(-1));
}
