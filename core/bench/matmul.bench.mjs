// Matrix multiply 1024×768 · 768×768 in GFLOP/s on every available tfjs backend, with PyTorch on
// the same machine in the same run as the peer baseline (skipped with a note where not installed).
import { selectBackend, tf } from '../dist/index.js';
import { median, outPath, pytorchPython, runPytorch, timeRuns, writeResults } from './lib.mjs';

const M = 1024;
const K = 768;
const N = 768;
const FLOP = 2 * M * K * N;

async function tfjsGflops(backend) {
  await selectBackend(backend);
  const a = tf.randomNormal([M, K]);
  const b = tf.randomNormal([K, N]);
  const times = await timeRuns(
    () => {
      const c = tf.matMul(a, b);
      c.dataSync();
      c.dispose();
    },
    { warmup: 2, reps: backend === 'cpu' ? 3 : 10 },
  );
  a.dispose();
  b.dispose();
  return FLOP / (median(times) / 1000) / 1e9;
}

const results = [];
const measured = {};
for (const backend of ['tensorflow', 'wasm', 'cpu']) {
  try {
    measured[backend] = await tfjsGflops(backend);
  } catch {
    continue; // tfjs-node is optional
  }
  results.push({
    id: `core.matmul_gflops_${backend}`,
    value: measured[backend],
    unit: 'GFLOP/s',
    goal: null,
    baseline: null,
  });
}

const python = pytorchPython();
if (python) {
  const torch = runPytorch(
    python,
    `
import json, time, torch
a = torch.randn(${M}, ${K}); b = torch.randn(${K}, ${N})
for _ in range(3): a @ b
ts = []
for _ in range(20):
    t = time.perf_counter(); a @ b; ts.append(time.perf_counter() - t)
ts.sort()
print(json.dumps({"gflops": ${FLOP} / ts[len(ts)//2] / 1e9, "version": torch.__version__, "threads": torch.get_num_threads()}))
`,
  );
  results.push({
    id: 'core.matmul_gflops_pytorch',
    value: torch.gflops,
    unit: 'GFLOP/s',
    goal: null,
    baseline: null,
    note: `PyTorch ${torch.version}, ${torch.threads} threads`,
  });
  for (const backend of Object.keys(measured)) {
    results.push({
      id: `core.matmul_${backend}_over_pytorch`,
      value: measured[backend] / torch.gflops,
      unit: 'ratio',
      goal: null,
      baseline: 'core.matmul_gflops_pytorch',
    });
  }
} else {
  results.push({
    id: 'core.matmul_gflops_pytorch',
    value: null,
    unit: 'GFLOP/s',
    goal: null,
    baseline: null,
    note: 'skipped: Debian python3-torch is not installed (apt-get install python3-torch)',
  });
}
if (measured.cpu && measured.wasm) {
  results.push({
    id: 'core.matmul_wasm_over_cpu',
    value: measured.wasm / measured.cpu,
    unit: 'ratio',
    goal: null,
    baseline: 'core.matmul_gflops_cpu',
  });
}
writeResults(outPath(new URL('./results/matmul.json', import.meta.url).pathname), results);
