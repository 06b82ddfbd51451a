/**
 * The seed document's path, end to end, on tiny backbones:
 *
 *   BART backbone -> structure graph -> AdapterModel on fc2 -> log() -> freezeModule(...)
 *   -> a few Adam steps on a toy task -> saveFinetuned -> pushToHub -> fromFinetuned in another
 *   process -> identical predictions;
 *
 * then the same with BERT and the adapter's default placement.
 *
 *     npm run walkthrough            # from the repository root (builds first)
 *     npx tsx walkthrough/seed-path.ts   # from test/, after a build
 *
 * Without DELTAHUB_URL an embedded hub (SQLite + files in a temp folder, ephemeral port) is started;
 * with DELTAHUB_URL set, DELTAHUB_TOKEN must hold a write token of that hub. DELTAHUB_BACKEND=cpu|wasm
 * forces a backend. Exits non-zero when any check fails.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { selectBackend } from 'deltahub';
import { publishBackboneWithHead } from './seed/backbone.js';
import { openWalkthroughHub } from './seed/hub.js';
import { bartVariant, bertVariant, runVariant } from './seed/run-variant.js';

const fixtures = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'core',
  'test-fixtures',
  'hf-tiny',
);

async function main(): Promise<void> {
  const backend = await selectBackend();
  console.log(`backend: ${backend.name}`);
  const hub = await openWalkthroughHub();
  console.log(
    `hub: ${hub.url} (${hub.embedded ? 'embedded, SQLite + files in a temp folder' : 'DELTAHUB_URL'}) as ${hub.user}`,
  );
  const backbones = await mkdtemp(join(tmpdir(), 'deltahub-walkthrough-backbones-'));
  try {
    for (const [arch, variant] of [
      ['bart', bartVariant],
      ['bert', bertVariant],
    ] as const) {
      const folder = join(backbones, arch);
      await mkdir(folder);
      await publishBackboneWithHead(join(fixtures, arch), folder);
      await runVariant(variant(folder), hub, backend.name);
    }
    console.log('seed path: all checks passed');
  } finally {
    await hub.stop();
    await rm(backbones, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
