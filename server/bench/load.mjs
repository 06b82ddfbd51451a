// A small closed-loop HTTP load generator (keep-alive, fixed concurrency), so the benchmarks need
// no extra dependency. Returns throughput and latency percentiles in milliseconds.
import http from 'node:http';

/**
 * Sends `total` GET requests to the URLs `pathFor(i)` yields, `concurrency` at a time.
 * @param {string} base
 * @param {(i: number) => string} pathFor
 * @param {{ total: number, concurrency: number }} options
 */
export async function load(base, pathFor, { total, concurrency }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies = [];
  let next = 0;
  let failures = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < total) {
      const i = next++;
      const t0 = performance.now();
      const status = await new Promise((resolve, reject) => {
        http
          .get(base + pathFor(i), { agent }, (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode));
          })
          .on('error', reject);
      });
      latencies.push(performance.now() - t0);
      if (status !== 200) failures++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return {
    requests: total,
    failures,
    rps: total / seconds,
    p50: at(0.5),
    p99: at(0.99),
    max: latencies.at(-1),
  };
}
