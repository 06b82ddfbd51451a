// Benchmark of @deltahub/core/safetensors against plain Node file I/O (run after `tsc` build):
//   node bench/safetensors.bench.mjs [--size-mb 400] [--runs 3] [--out bench/results/safetensors.json]
// - read:  loadSafetensorsFile vs fs.promises.readFile of the same file (ratio readFile / ours, goal >= 0.9)
// - write: writeSafetensorsFile vs fs.promises.writeFile of an equal-size buffer (ratio, goal >= 0.8), and
//          like for like: writeFile vs ours with { fsync: false }, and writeFile + fsync vs ours
//          with its durable default (fsync of the file and of its folder after the rename)
// - memory: peak RSS growth while loading / file size, measured in a fresh child process (goal <= 1.2)
// Times are the best of --runs interleaved rounds, after one warm-up of each, page cache warm.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, open, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { clearInterval, setInterval } from 'node:timers';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadSafetensorsFile, writeSafetensorsFile } from '../dist/safetensors/index.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');
const MiB = 1024 * 1024;

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
}

// Child mode: measure peak RSS growth of one load in a fresh process, print JSON, exit.
// The peak is the larger of RSS sampled every millisecond and the kernel's high-water mark VmHWM
// (not getrusage's maxRSS: on Linux that includes the parent's RSS inherited through fork).
if (process.argv[2] === '--child-rss') {
  const [, , , mode, path] = process.argv;
  gc();
  const baseline = process.memoryUsage().rss;
  let sampledPeak = baseline;
  const timer = setInterval(() => {
    sampledPeak = Math.max(sampledPeak, process.memoryUsage().rss);
  }, 1);
  const loaded = mode === 'ours' ? await loadSafetensorsFile(path) : await readFile(path);
  clearInterval(timer);
  sampledPeak = Math.max(sampledPeak, process.memoryUsage().rss);
  const peak = Math.max(sampledPeak, await highWaterMark());
  process.stdout.write(JSON.stringify({ growth: peak - baseline, loaded: loaded !== undefined }));
  process.exit(0);
}

/** VmHWM of this process in bytes (Linux), or 0 where /proc is unavailable. */
async function highWaterMark() {
  try {
    const status = await readFile('/proc/self/status', 'utf8');
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(status);
    return kb ? Number(kb[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

const sizeMb = Number(arg('size-mb', '400'));
const runs = Number(arg('runs', '3'));
const out = resolve(arg('out', fileURLToPath(new URL('./results/safetensors.json', import.meta.url))));
if (!(sizeMb > 0) || !(runs > 0)) throw new Error('--size-mb and --runs must be positive numbers');

/** ~sizeMb MiB of F32 tensors shaped like model weights: 2 MiB matrices plus small bias vectors. */
function makeTensors() {
  const tensors = {};
  const matrices = Math.max(1, Math.round(sizeMb / 2));
  for (let i = 0; i < matrices; i++) {
    const data = new Float32Array(512 * 1024);
    for (let j = 0; j < data.length; j += 1024) data[j] = i + j;
    tensors[`model.layers.${i}.weight`] = { dtype: 'F32', shape: [1024, 512], data };
    tensors[`model.layers.${i}.bias`] = { dtype: 'F32', shape: [512], data: new Float32Array(512).fill(i) };
  }
  return tensors;
}

async function time(fn) {
  gc();
  const start = process.hrtime.bigint();
  const result = await fn();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, result };
}

function childGrowth(mode, path) {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child-rss', mode, path], {
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`child ${mode} failed: ${child.stderr}`);
  return JSON.parse(child.stdout).growth;
}

const dir = await mkdtemp(join(tmpdir(), 'deltahub-st-bench-'));
try {
  const tensors = makeTensors();
  const file = join(dir, 'model.safetensors');
  await writeSafetensorsFile(file, tensors);
  const fileSize = (await stat(file)).size;
  const plain = new Uint8Array(fileSize);
  for (let i = 0; i < plain.length; i += 4096) plain[i] = i & 0xff;

  // Read: one warm-up each, then interleaved rounds (alternating which goes first).
  await readFile(file);
  await loadSafetensorsFile(file);
  const read = { ours: Infinity, base: Infinity };
  for (let r = 0; r < runs; r++) {
    const order = r % 2 === 0 ? ['base', 'ours'] : ['ours', 'base'];
    for (const which of order) {
      const { ms } = await time(() => (which === 'ours' ? loadSafetensorsFile(file) : readFile(file)));
      read[which] = Math.min(read[which], ms);
    }
  }

  // Write: each round writes fresh files (removed first). Ours is atomic and fsyncs by default, which
  // plain writeFile does not, so two baselines: writeFile alone (the goal's baseline), and writeFile
  // followed by fsync (equal durability). Ours with {fsync: false} is timed too, for the note.
  const write = { ours: Infinity, oursNoSync: Infinity, base: Infinity, baseSync: Infinity };
  const targets = Object.fromEntries(Object.keys(write).map((k) => [k, join(dir, `w-${k}.bin`)]));
  const writers = {
    ours: () => writeSafetensorsFile(targets.ours, tensors),
    oursNoSync: () => writeSafetensorsFile(targets.oursNoSync, tensors, undefined, { fsync: false }),
    base: () => writeFile(targets.base, plain),
    baseSync: async () => {
      const handle = await open(targets.baseSync, 'w');
      try {
        await handle.writeFile(plain);
        await handle.sync();
      } finally {
        await handle.close();
      }
    },
  };
  for (const fn of Object.values(writers)) await fn(); // warm-up
  for (let r = 0; r < runs; r++) {
    const order = Object.keys(writers);
    if (r % 2 === 1) order.reverse();
    for (const which of order) {
      await rm(targets[which], { force: true });
      const { ms } = await time(writers[which]);
      write[which] = Math.min(write[which], ms);
    }
  }

  const oursGrowth = childGrowth('ours', file);
  const baseGrowth = childGrowth('readfile', file);

  const mb = (fileSize / MiB).toFixed(0);
  const results = [
    {
      id: 'core.safetensors_read_over_readfile',
      value: round(read.base / read.ours),
      unit: 'ratio',
      goal: '>= 0.9',
      baseline: round(read.base),
      note: `readFile time / loadSafetensorsFile time, ${mb} MiB F32 file, best of ${runs}: readFile ${read.base.toFixed(1)} ms, ours ${read.ours.toFixed(1)} ms (baseline = readFile ms)`,
    },
    {
      // Like for like: fs.writeFile does not fsync, so ours runs with { fsync: false } (still atomic:
      // temp file + rename). The durable default is compared with writeFile + fsync in the next row.
      id: 'core.safetensors_write_over_writefile',
      value: round(write.base / write.oursNoSync),
      unit: 'ratio',
      goal: '>= 0.8',
      baseline: round(write.base),
      note: `writeFile time / writeSafetensorsFile({ fsync: false }) time, ${mb} MiB, best of ${runs}: writeFile ${write.base.toFixed(1)} ms, ours ${write.oursNoSync.toFixed(1)} ms (baseline = writeFile ms)`,
    },
    {
      id: 'core.safetensors_write_over_writefile_fsync',
      value: round(write.baseSync / write.ours),
      unit: 'ratio',
      goal: '>= 0.8',
      baseline: round(write.baseSync),
      note: `equal durability: (writeFile + fsync) time / writeSafetensorsFile time, ${mb} MiB, best of ${runs}: ${write.baseSync.toFixed(1)} ms vs ${write.ours.toFixed(1)} ms (baseline = writeFile + fsync ms)`,
    },
    {
      id: 'core.safetensors_peak_rss_over_file',
      value: round(oursGrowth / fileSize),
      unit: 'ratio',
      goal: '<= 1.2',
      baseline: round(baseGrowth / fileSize),
      note: `peak RSS growth during loadSafetensorsFile / file size, fresh child process: ${(oursGrowth / MiB).toFixed(0)} MiB for ${mb} MiB (baseline = same ratio for readFile: ${(baseGrowth / MiB).toFixed(0)} MiB)`,
    },
  ];

  console.log(`safetensors bench: ${mb} MiB file, best of ${runs}`);
  console.table(
    Object.fromEntries(results.map((r) => [r.id, { value: r.value, goal: r.goal, baseline: r.baseline }])),
  );
  console.log(`read:  readFile ${read.base.toFixed(1)} ms, loadSafetensorsFile ${read.ours.toFixed(1)} ms`);
  console.log(
    `write: writeFile ${write.base.toFixed(1)} ms (+fsync ${write.baseSync.toFixed(1)} ms), writeSafetensorsFile ${write.ours.toFixed(1)} ms (fsync), ${write.oursNoSync.toFixed(1)} ms (no fsync)`,
  );
  console.log(
    `rss:   ours +${(oursGrowth / MiB).toFixed(0)} MiB, readFile +${(baseGrowth / MiB).toFixed(0)} MiB`,
  );
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify({ results }, null, 2)}\n`);
  console.log(`wrote ${out}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}

function round(x) {
  return Math.round(x * 1000) / 1000;
}
