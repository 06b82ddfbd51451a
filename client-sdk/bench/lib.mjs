// Helpers shared by the client-sdk benchmarks: a real local hub in a temp folder, and the timing
// and result-file helpers of core's benchmarks (same JSON shape, merged by scripts/bench-report.mjs).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, startServer } from '@deltahub/server';

export { median, timeRuns, writeResults } from '../../core/bench/lib.mjs';

/** Where a benchmark writes its results: client-sdk/bench/results/<name>.json. */
export function resultsPath(name) {
  return new URL(`./results/${name}.json`, import.meta.url).pathname;
}

/**
 * Starts a hub on 127.0.0.1 (SQLite + filesystem blobs in a fresh temp folder) and signs up `user`.
 * Returns `{ url, token, tmp, stop }`; `tmp` is a scratch folder removed by `stop()`.
 */
export async function startBenchHub(user = 'bench') {
  const tmp = mkdtempSync(join(tmpdir(), 'deltahub-sdk-bench-'));
  const hub = await startServer(
    loadConfig({
      DELTAHUB_DATA: join(tmp, 'hub'),
      PORT: '0',
      LOG_LEVEL: 'silent',
      DELTAHUB_ALLOW_SIGNUP: 'true',
    }),
  );
  const res = await fetch(`${hub.url}/api/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: user }),
  });
  if (res.status !== 201) throw new Error(`signup failed: ${res.status} ${await res.text()}`);
  const { token } = await res.json();
  return {
    url: hub.url,
    token,
    tmp,
    async stop() {
      await hub.close(1000);
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}
