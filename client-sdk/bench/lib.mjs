// Helpers shared by the client-sdk benchmarks: a real local hub in a temp folder, and the timing
// and result-file helpers of core's benchmarks (same JSON shape, merged by scripts/bench-report.mjs).
// Run under tsx (`node --import tsx`): hubs and fixtures come from `@deltahub/testing`, which is
// TypeScript source.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestHub } from '@deltahub/testing/hub';

export { median, timeRuns, writeResults } from '../../core/bench/lib.mjs';

/** Where a benchmark writes its results: client-sdk/bench/results/<name>.json. */
export function resultsPath(name) {
  return new URL(`./results/${name}.json`, import.meta.url).pathname;
}

/**
 * Starts a hub on 127.0.0.1 (`@deltahub/testing`'s test hub: SQLite + filesystem blobs in a fresh
 * temp folder) and signs up `user`. Returns `{ url, token, tmp, stop }`; `tmp` is a scratch folder
 * removed by `stop()`.
 */
export async function startBenchHub(user = 'bench') {
  const tmp = mkdtempSync(join(tmpdir(), 'deltahub-sdk-bench-'));
  const hub = await startTestHub();
  return {
    url: hub.url,
    token: await hub.user(user),
    tmp,
    async stop() {
      await hub.stop();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}
