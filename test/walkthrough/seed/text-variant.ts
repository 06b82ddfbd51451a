/**
 * The walkthrough's pass on text: a BERT with a real tokenizer, a LoRA at its default placement
 * (query and value) trained with the classifier on labelled reviews (accuracy before and after), saved and pushed with its tokenizer, then
 * pulled in another process by `pipeline('text-classification', { model, delta })`, which
 * classifies the held-out reviews exactly as here and labels new sentences.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AutoModelForSequenceClassification,
  AutoTokenizer,
  LoraModel,
  TextClassificationPipeline,
  Visualization,
  type TextClassificationOutput,
} from 'deltahub';
import { frozenWeightsDigest } from './frozen.js';
import type { WalkthroughHub } from './hub.js';
import { check, pullInChild } from './run-variant.js';
import { seedWeights } from './text-backbone.js';
import { accuracy, NEW_SENTENCES, readReviews, trainOnReviews } from './text-task.js';

/** Epochs, batch and learning rate: enough to learn the reviews, few enough to run in seconds. */
export const TEXT_TRAINING = { epochs: 16, batchSize: 16, learningRate: 0.01 } as const;

/** What the pulling process answers. */
interface Pulled {
  held: TextClassificationOutput[];
  fresh: TextClassificationOutput[];
  tokenizerFromDelta: boolean;
}

/** The text pass on the backbone in `backboneFolder`, pushed as `<user>/<repo>`; prints each step. */
export async function runTextVariant(
  backboneFolder: string,
  repo: string,
  hub: WalkthroughHub,
  backend: string,
): Promise<void> {
  const say = (line: string): void => console.log(`[bert] ${line}`);
  const model = await AutoModelForSequenceClassification.fromPretrained(backboneFolder);
  const tokenizer = await AutoTokenizer.fromPretrained(backboneFolder);
  const work = await mkdtemp(join(tmpdir(), 'deltahub-walkthrough-text-'));
  try {
    say(`model: ${model.constructor.name} (${model.numParameters().toLocaleString('en-US')} parameters)`);
    say('structure graph:');
    new Visualization(model).structureGraph();
    const { train, evaluation } = readReviews();
    const example = tokenizer(train[0]!.text);
    say(`tokenized "${train[0]!.text}" -> [${example.inputIds.join(', ')}]`);

    // Rank 16 on query and value: the LoRA learns where the first token looks, which a random
    // backbone's attention does not know (an adapter on this backbone stays near 70% here).
    const delta = new LoraModel({ backboneModel: model, loraR: 16 });
    // Seeded, like the backbone, so every run trains the same delta (lora_B starts at zero).
    seedWeights(
      [...model.namedParameters()].filter(([name]) => name.endsWith('lora_A')),
      0.01,
      2,
    );
    say(
      `delta: ${delta.constructor.name} on ${delta.modifiedModules.join(', ')} (default placement) -> ${delta.resolvedModules.length} modules`,
    );
    delta.log();
    delta.freezeModule({ exclude: ['deltas', 'classifier'], setStateDict: true });
    const { trainable, total } = delta.parameterCounts();
    say(`frozen all but deltas, classifier: ${trainable} of ${total} parameters trainable`);

    const before = accuracy(model, tokenizer, evaluation);
    const frozen = frozenWeightsDigest(model);
    const losses = trainOnReviews(delta, model, tokenizer, train, TEXT_TRAINING);
    const after = accuracy(model, tokenizer, evaluation);
    say(
      `loss: ${losses[0]!.toFixed(4)} -> ${losses[losses.length - 1]!.toFixed(4)} over ${losses.length} epochs of ${train.length} reviews`,
    );
    say(
      `accuracy on ${evaluation.length} held-out reviews: ${before.toFixed(3)} before training -> ${after.toFixed(3)} after`,
    );
    check(after >= before + 0.15, `training did not improve accuracy enough (${before} -> ${after})`);
    check(frozenWeightsDigest(model) === frozen, 'training changed frozen backbone weights');
    say('frozen weights unchanged: yes');

    const saved = await delta.saveFinetuned(join(work, 'delta'), {
      tokenizer,
      card: {
        task: 'text-classification',
        dataset: 'walkthrough reviews',
        tags: ['walkthrough'],
        license: 'apache-2.0',
      },
    });
    say(`saved: ${(await readdir(saved.dir)).sort().join(', ')}`);
    const id = `${hub.user}/${repo}`;
    const pushed = await delta.pushToHub(id, { hubUrl: hub.url, token: hub.token, tokenizer });
    say(`pushed: ${id} revision ${pushed.revision} (${pushed.uploadedBytes} bytes uploaded)`);

    const mine = await new TextClassificationPipeline({ model, tokenizer })(evaluation.map((r) => r.text));
    const theirs = await pullInChild<Pulled>('pull-classify.ts', [backboneFolder, id], hub, backend);
    check(theirs.tokenizerFromDelta, 'the pulled pipeline did not use the tokenizer pushed with the delta');
    check(
      JSON.stringify(theirs.held) === JSON.stringify(mine),
      'the pulled delta classifies the held-out reviews differently from the trained one',
    );
    say(
      `pulled pipeline: identical labels and scores on the ${mine.length} held-out reviews (separate process, empty cache)`,
    );
    NEW_SENTENCES.forEach((sentence, i) => {
      const { label, score } = theirs.fresh[i]!;
      say(`pulled pipeline: "${sentence}" -> ${label} (${score.toFixed(3)})`);
    });
  } finally {
    model.dispose();
    await rm(work, { recursive: true, force: true });
  }
}
