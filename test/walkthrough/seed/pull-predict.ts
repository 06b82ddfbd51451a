/**
 * The other end of the walkthrough, run as its own process with an empty cache:
 *
 *     node --import tsx walkthrough/seed/pull-predict.ts <backbone-folder> <owner/name>
 *
 * Loads the backbone, pulls the delta from the hub of DELTAHUB_URL (token in DELTAHUB_TOKEN) with
 * `AutoDeltaModel.fromFinetuned`, and prints its predictions on the toy evaluation batch as one
 * `@@PREDICTIONS@@{...}` line.
 */
import { AutoDeltaModel, AutoModelForSequenceClassification, selectBackend } from 'deltahub';
import { predictionsOf, PREDICTIONS_MARKER } from './predictions.js';
import { toyBatch } from './toy-task.js';
import { EVAL_BATCH } from './settings.js';

const [backboneFolder, repo] = process.argv.slice(2);
if (!backboneFolder || !repo) {
  console.error('usage: pull-predict.ts <backbone-folder> <owner/name>');
  process.exit(2);
}
await selectBackend();
const model = await AutoModelForSequenceClassification.fromPretrained(backboneFolder, {
  onWarning: () => {},
});
await AutoDeltaModel.fromFinetuned(repo, { backboneModel: model });
const predictions = predictionsOf(model, toyBatch(EVAL_BATCH.size, EVAL_BATCH.length, EVAL_BATCH.seed));
process.stdout.write(`\n${PREDICTIONS_MARKER}${JSON.stringify(predictions)}\n`);
model.dispose();
