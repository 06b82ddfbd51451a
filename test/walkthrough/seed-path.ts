/**
 * The seed document's path, end to end, on tiny backbones:
 *
 *   BART backbone -> structure graph -> AdapterModel on fc2 -> log() -> freezeModule(...)
 *   -> a few Adam steps on a toy task -> saveFinetuned -> pushToHub -> fromFinetuned in another
 *   process -> identical predictions;
 *
 * then from text to prediction with BERT and its real tokenizer: tokenize labelled reviews
 * (`walkthrough/data/reviews.csv`), train the adapter at its default placement, accuracy before and
 * after, save and push with the tokenizer, and classify held-out reviews and new sentences with
 * `pipeline('text-classification', { model, delta })` in another process.
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
import { bartVariant, runVariant } from './seed/run-variant.js';
import { publishTextBackbone } from './seed/text-backbone.js';
import { runTextVariant } from './seed/text-variant.js';

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
    const bart = join(backbones, 'bart');
    await mkdir(bart);
    await publishBackboneWithHead(join(fixtures, 'bart'), bart);
    await runVariant(bartVariant(bart), hub, backend.name);
    const bert = join(backbones, 'bert');
    await mkdir(bert);
    await publishTextBackbone(bert);
    await runTextVariant(bert, 'bert-lora-reviews', hub, backend.name);
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
