/**
 * First steps with deltahub: pick a TensorFlow.js backend, load a Hugging Face checkpoint as a
 * sequence classifier, look at its module tree, and classify two token sequences.
 *
 * Run from /work/main/test (after building core: `cd ../core && npx tsc -p tsconfig.build.json`):
 *
 *     npx tsx walkthrough/first-steps.ts [model-folder]
 *
 * The default model is the tiny BART of core/test-fixtures/hf-tiny/bart (hidden size 32, 2 layers),
 * so everything runs in a second or two. Set DELTAHUB_BACKEND=cpu|wasm to force a backend.
 */
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AutoModelForSequenceClassification, Visualization, selectBackend, tf } from '@deltahub/core';

const here = dirname(fileURLToPath(import.meta.url));
const modelFolder = process.argv[2] ?? join(here, '..', '..', 'core', 'test-fixtures', 'hf-tiny', 'bart');

/** Two short inputs, already tokenised: `<s> … </s>` (ids 0 … 2), the second padded with id 1. */
const inputIds = [
  [0, 31, 45, 12, 2],
  [0, 8, 77, 2, 1],
];
const attentionMask = [
  [1, 1, 1, 1, 1],
  [1, 1, 1, 1, 0],
];

function formatRow(values: number[]): string {
  return `[${values.map((v) => (v >= 0 ? ' ' : '') + v.toFixed(4)).join(', ')}]`;
}

async function main(): Promise<void> {
  // 1. Backend: the fastest available (tfjs-node, then WebAssembly, then plain JavaScript).
  const backend = await selectBackend();
  const skipped = backend.skipped.map((s) => `${s.name}: ${s.reason}`).join('; ');
  console.log(`backend: ${backend.name}${skipped ? ` (skipped ${skipped})` : ''}`);

  // 2. Model: the Auto class reads config.json (model_type 'bart') and picks BartForSequenceClassification.
  // Load warnings are reported below from model.loadReport, in plainer words.
  const model = await AutoModelForSequenceClassification.fromPretrained(modelFolder, { onWarning: () => {} });
  const shown = relative(process.cwd(), modelFolder) || modelFolder;
  console.log(
    `model: ${model.constructor.name} from ${shown} (${model.numParameters().toLocaleString('en-US')} parameters)`,
  );
  const missing = model.loadReport?.missingKeys ?? [];
  if (missing.length) {
    // The tiny checkpoint holds a bare BartModel: the classifier on top has no trained weights yet.
    console.log(
      `note: the checkpoint has no classification head, so it is newly initialised (random) - fine-tune it before trusting predictions. Newly initialised: ${missing.join(', ')}`,
    );
  }
  const unexpected = model.loadReport?.unexpectedKeys ?? [];
  if (unexpected.length) console.log(`note: checkpoint tensors not used: ${unexpected.join(', ')}`);

  // 3. Structure: the folded module tree; its names are what delta methods target (e.g. `fc2`).
  console.log('structure graph:');
  new Visualization(model).structureGraph();

  // 4. Forward pass on two sequences; the head reads the decoder state at each row's last </s>.
  const labels = model.config.id2label ?? {};
  const { logits, predicted } = tf.tidy(() => {
    const output = model.forward({ inputIds, attentionMask });
    const scores = output.logits as tf.Tensor2D;
    return { logits: scores.arraySync(), predicted: Array.from(scores.argMax(-1).dataSync()) };
  });
  console.log('inputs:');
  inputIds.forEach((ids, i) =>
    console.log(`  row ${i}: [${ids.join(', ')}]  mask [${attentionMask[i]!.join(', ')}]`),
  );
  console.log(`logits [${logits.length}, ${logits[0]?.length ?? 0}]:`);
  logits.forEach((row, i) => console.log(`  row ${i}: ${formatRow(row)}`));
  console.log(
    `predicted labels: ${predicted.map((id, i) => `row ${i} -> ${labels[String(id)] ?? id} (id ${id})`).join(', ')}`,
  );
  if (missing.length) console.log('(predictions come from the untrained head: expect them to be arbitrary)');

  model.dispose();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
