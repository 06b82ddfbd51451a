/**
 * The other end of the walkthrough's text pass, run as its own process with an empty cache:
 *
 *     node --import tsx walkthrough/seed/pull-classify.ts <backbone-folder> <owner/name>
 *
 * Builds `pipeline('text-classification', { model, delta })` with the delta pulled from the hub of
 * DELTAHUB_URL (token in DELTAHUB_TOKEN) and its tokenizer, and prints the answers for the
 * held-out reviews and the new sentences as one `@@PREDICTIONS@@{...}` line.
 */
import { pipeline, selectBackend } from 'deltahub';
import { PREDICTIONS_MARKER } from './predictions.js';
import { NEW_SENTENCES, readReviews } from './text-task.js';

const [backboneFolder, repo] = process.argv.slice(2);
if (!backboneFolder || !repo) {
  console.error('usage: pull-classify.ts <backbone-folder> <owner/name>');
  process.exit(2);
}
await selectBackend();
const classify = await pipeline('text-classification', {
  model: backboneFolder,
  delta: repo,
  onWarning: () => {},
});
const held = await classify(readReviews().evaluation.map((r) => r.text));
const fresh = await classify(NEW_SENTENCES);
process.stdout.write(
  `\n${PREDICTIONS_MARKER}${JSON.stringify({ held, fresh, tokenizerFromDelta: classify.tokenizer === classify.delta?.tokenizer })}\n`,
);
classify.dispose();
