// Merges every workspace's benchmark results (<workspace>/bench/results/*.json) into
// bench/results.json as { date, machine, results } and prints one table with each goal's status.
// Goals are strings such as ">= 0.9" or "<= 25"; ratios are always measured within one run.
// `--clean` instead deletes the results of earlier runs, so a benchmark that fails in this run
// shows as missing rather than with stale figures. Exits 1 when a required result is missing.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const workspaces = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).workspaces;

/** The results every full run must produce (the benchmark report's contract). */
const REQUIRED_IDS = [
  'core.lora_step_over_full_step',
  'core.lora_optimizer_state_over_full',
  'core.merged_lora_inference_over_plain',
  'core.safetensors_read_over_readfile',
  'core.generate_cached_over_uncached',
  'core.dataset_iteration_peak_rss_over_file_size',
  'hub.push_pull_over_raw_s3',
  'hub.repush_unchanged_blob_bytes',
  'hub.search_p99_ms_10k',
  'client.from_finetuned_warm_ms',
];

if (process.argv.includes('--clean')) {
  for (const workspace of workspaces) {
    rmSync(join(root, workspace, 'bench', 'results'), { recursive: true, force: true });
  }
  process.exit(0);
}

const results = [];
for (const workspace of workspaces) {
  const dir = join(root, workspace, 'bench', 'results');
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    results.push(...JSON.parse(readFileSync(join(dir, file), 'utf8')).results);
  }
}

/** 'met', 'missed' or '' (no goal / no value) for a result. */
export function goalStatus(result) {
  if (!result.goal || typeof result.value !== 'number') return '';
  const match = /^(<=|>=|<|>)\s*(-?[\d.e+-]+)$/.exec(result.goal.trim());
  if (!match) return '';
  const target = Number(match[2]);
  const ok = {
    '<=': result.value <= target,
    '>=': result.value >= target,
    '<': result.value < target,
    '>': result.value > target,
  }[match[1]];
  return ok ? 'met' : 'missed';
}

const cpu = cpus()[0];
const report = {
  date: new Date().toISOString(),
  machine: `${cpus().length} × ${cpu?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  results: results.map((r) => ({ ...r, status: goalStatus(r) })),
};
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench', 'results.json'), JSON.stringify(report, null, 2) + '\n');

console.log(`\n${report.date} — ${report.machine}\n`);
console.log('| id | value | unit | goal | status | baseline |');
console.log('|---|---|---|---|---|---|');
for (const r of report.results) {
  const value = typeof r.value === 'number' ? Number(r.value.toPrecision(4)) : (r.value ?? 'n/a');
  console.log(`| ${r.id} | ${value} | ${r.unit} | ${r.goal ?? ''} | ${r.status} | ${r.baseline ?? ''} |`);
}
const missed = report.results.filter((r) => r.status === 'missed');
if (missed.length) console.log(`\nGoals missed: ${missed.map((r) => r.id).join(', ')}`);
const absent = REQUIRED_IDS.filter(
  (id) => !report.results.some((r) => r.id === id && typeof r.value === 'number'),
);
if (absent.length) {
  console.log(`\nMissing results (their benchmark failed; see its output above): ${absent.join(', ')}`);
  process.exitCode = 1;
}
