// Runs every core benchmark in its own process (so one backend's memory never skews the next)
// and leaves their JSON in bench/results/. The root `npm run bench` merges them into one report.
// A failing benchmark does not stop the others; the run exits non-zero and names it at the end.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const here = new URL('.', import.meta.url).pathname;
const only = process.argv[2];
const failed = [];
for (const file of readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .sort()) {
  if (only && !file.includes(only)) continue;
  console.log(`\n# ${file}`);
  const { status } = spawnSync(process.execPath, [`${here}${file}`], { stdio: 'inherit' });
  if (status !== 0) failed.push(`${file} (exit ${status})`);
}
if (failed.length) {
  console.error(`\nfailed benchmarks: ${failed.join(', ')}`);
  process.exitCode = 1;
}
