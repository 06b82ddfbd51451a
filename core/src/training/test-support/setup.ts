/**
 * The small real setup the Trainer tests share: the tiny test BERT (2 layers, hidden 32, dropout
 * on) with a two-class head and LoRA on query/value, the WordPiece tokenizer of the review
 * vocabulary, and the 300-review CSV tokenized.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { loadDataset } from '../../data/load-dataset.js';
import type { Dataset } from '../../data/dataset.js';
import { LoraModel } from '../../deltas/lora/index.js';
import { BertForSequenceClassification } from '../../models/bert/index.js';
import type { PreTrainedModel } from '../../models/pretrained-model.js';
import { HF_TINY } from '../../models/test-support/reference.js';
import { tf } from '../../runtime/tf.js';
import { AutoTokenizer } from '../../tokenizers/auto.js';
import type { PreTrainedTokenizer } from '../../tokenizers/tokenizer.js';

export const TRAINING_FIXTURES = fileURLToPath(new URL('../../../test-fixtures/training/', import.meta.url));
export const REVIEWS_CSV = join(TRAINING_FIXTURES, 'reviews.csv');

export function tinyTokenizer(): Promise<PreTrainedTokenizer> {
  return AutoTokenizer.fromPretrained(join(TRAINING_FIXTURES, 'tiny-tokenizer'));
}

/**
 * The tiny BERT classifier with LoRA attached, backbone frozen but for the delta and the classifier;
 * dropout on (as in the fixture's config) unless `dropout` is false.
 */
export async function tinyLoraClassifier(
  options: { dropout?: boolean } = {},
): Promise<{ model: PreTrainedModel; delta: LoraModel }> {
  const noDropout = { hidden_dropout_prob: 0, attention_probs_dropout_prob: 0 };
  const model = (await BertForSequenceClassification.fromPretrained(join(HF_TINY, 'bert'), {
    configOverrides: { num_labels: 2, ...(options.dropout === false ? noDropout : {}) },
    onWarning: () => undefined,
  })) as PreTrainedModel;
  const delta = new LoraModel({ backboneModel: model, loraR: 4 });
  delta.freezeModule({ exclude: ['deltas', 'classifier'] });
  return { model, delta };
}

/** The reviews, tokenized (text removed), split 240 / 60 with seed 0. */
export async function tokenizedReviews(
  tokenizer: PreTrainedTokenizer,
): Promise<{ train: Dataset; test: Dataset }> {
  const reviews = await loadDataset(REVIEWS_CSV);
  const tokenized = await reviews.map((batch) => tokenizer(batch['text'] as string[], { truncation: true }), {
    batched: true,
    removeColumns: ['text'],
  });
  return tokenized.trainTestSplit({ testSize: 0.2, seed: 0 });
}

/** A copy of the trainable parameters' values by name. */
export function trainableValues(model: PreTrainedModel): Map<string, Float32Array> {
  return new Map(
    [...model.namedParameters()]
      .filter(([, p]) => p.trainable)
      .map(([n, p]) => [n, p.dataSync().slice() as Float32Array]),
  );
}

/** Sets the trainable parameters back to `values`. */
export function restoreTrainable(model: PreTrainedModel, values: Map<string, Float32Array>): void {
  for (const [name, p] of model.namedParameters()) {
    const v = values.get(name);
    if (v) p.assign(tf.tensor(v, p.shape, 'float32'));
  }
}
