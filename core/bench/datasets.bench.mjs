// Lazily read datasets: iterating a large JSON Lines file in batches keeps memory flat. Generates a
// JSONL file (DELTAHUB_BENCH_JSONL_MB, 1024 MB by default) of short text-classification rows in the
// system temp folder, then measures, in this one process:
// - the peak RSS growth while indexing the file (16 bytes a row: the offsets) and reading every row in batches of 1000 through
//   `Dataset.iter`, over the file's size (a loader that read the file whole would be ≥ 1);
// - the same for a shuffled pass (`shuffle(seed)`: random positioned reads, plus the 4-byte order);
// - the indexing and iteration throughput (MB/s, rows/s) for context.
// The file is deleted at the end.
import { closeSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDataset } from '../dist/index.js';
import { envInt, outPath, writeResults } from './lib.mjs';

const MEGABYTES = envInt('DELTAHUB_BENCH_JSONL_MB', 1024);
const progress = (message) => console.error(`[datasets bench] ${message}`);
const path = join(tmpdir(), `deltahub-bench-${process.pid}.jsonl`);

const words = [
  'the',
  'movie',
  'was',
  'really',
  'great',
  'boring',
  'and',
  'plot',
  'music',
  'cast',
  'fun',
  'slow',
];
function writeFile() {
  const fd = openSync(path, 'w');
  let bytes = 0;
  let rows = 0;
  let chunk = '';
  while (bytes < MEGABYTES * 1024 * 1024) {
    const text = Array.from(
      { length: 20 + (rows % 30) },
      (_, i) => words[(rows * 7 + i * 3) % words.length],
    ).join(' ');
    const line = `${JSON.stringify({ id: rows, text, label: rows % 2 })}\n`;
    chunk += line;
    bytes += Buffer.byteLength(line);
    rows++;
    if (chunk.length > 1 << 20) {
      writeSync(fd, chunk);
      chunk = '';
    }
  }
  writeSync(fd, chunk);
  closeSync(fd);
  return rows;
}

/**
 * Runs `fn`, sampling RSS whenever it calls `sample` (after every batch) and at its end; returns the
 * peak growth over the start. Indexing is synchronous, so its sample is the RSS it leaves.
 */
async function peakRss(fn) {
  globalThis.gc?.();
  const start = process.memoryUsage().rss;
  let peak = start;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().rss);
  };
  const began = performance.now();
  const result = await fn(sample);
  sample();
  return { growth: peak - start, ms: performance.now() - began, result };
}

progress(`writing ${MEGABYTES} MB of JSON Lines to ${path}`);
const rows = writeFile();
const size = statSync(path).size;
const results = [];
try {
  let dataset;
  const indexing = await peakRss(async () => (dataset = await loadDataset(path)));
  if (dataset.numRows !== rows) throw new Error(`indexed ${dataset.numRows} rows, wrote ${rows}`);
  progress(`indexed ${rows} rows in ${Math.round(indexing.ms)} ms`);
  const pass = (ds) =>
    peakRss(async (sample) => {
      let seen = 0;
      let labels = 0;
      for await (const batch of ds.iter({ batchSize: 1000 })) {
        seen += batch.length;
        for (const row of batch) labels += row.label;
        sample();
      }
      if (seen !== rows) throw new Error(`read ${seen} rows of ${rows}`);
      return labels;
    });
  const sequential = await pass(dataset);
  progress(
    `sequential pass ${Math.round(sequential.ms)} ms, peak RSS +${(sequential.growth / 2 ** 20).toFixed(1)} MB`,
  );
  const shuffled = await pass(dataset.shuffle({ seed: 0 }));
  progress(
    `shuffled pass ${Math.round(shuffled.ms)} ms, peak RSS +${(shuffled.growth / 2 ** 20).toFixed(1)} MB`,
  );
  const note = (m) =>
    `${(m.growth / 2 ** 20).toFixed(1)} MB peak RSS growth for a ${(size / 2 ** 20).toFixed(0)} MB file of ${rows} rows; ${Math.round(m.ms)} ms`;
  results.push(
    {
      id: 'core.dataset_index_peak_rss_over_file_size',
      value: indexing.growth / size,
      unit: 'ratio',
      goal: null,
      baseline: 'JSONL file bytes',
      note: note(indexing),
    },
    {
      id: 'core.dataset_iteration_peak_rss_over_file_size',
      value: sequential.growth / size,
      unit: 'ratio',
      goal: '<= 0.05',
      baseline: 'JSONL file bytes',
      note: note(sequential),
    },
    {
      id: 'core.dataset_shuffled_iteration_peak_rss_over_file_size',
      value: shuffled.growth / size,
      unit: 'ratio',
      goal: '<= 0.05',
      baseline: 'JSONL file bytes',
      note: note(shuffled),
    },
    {
      id: 'core.dataset_iteration_rows_per_s',
      value: rows / (sequential.ms / 1000),
      unit: 'rows/s',
      goal: null,
      baseline: null,
      note: `${(size / 2 ** 20 / (sequential.ms / 1000)).toFixed(0)} MB/s sequential; shuffled ${Math.round(rows / (shuffled.ms / 1000))} rows/s`,
    },
  );
} finally {
  rmSync(path, { force: true });
}
writeResults(outPath(new URL('./results/datasets.json', import.meta.url).pathname), results);
