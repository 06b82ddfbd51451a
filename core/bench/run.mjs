// Runs every core benchmark in its own process (so one backend's memory never skews the next)
// and leaves their JSON in bench/results/. The root `npm run bench` merges them into one report.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const here = new URL('.', import.meta.url).pathname;
const only = process.argv[2];
for (const file of readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .sort()) {
  if (only && !file.includes(only)) continue;
  console.log(`\n# ${file}`);
  execFileSync(process.execPath, [`${here}${file}`], { stdio: 'inherit' });
}
