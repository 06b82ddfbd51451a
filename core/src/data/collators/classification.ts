import type { Generator } from '../../random/generator.js';
import { tf } from '../../runtime/tf.js';
import type { PreTrainedTokenizer } from '../../tokenizers/tokenizer.js';
import { DatasetError } from '../errors.js';
import type { Row } from '../row-source.js';
import {
  IGNORE_INDEX,
  inputTensors,
  intArray,
  padFeatures,
  padRows,
  tokenizedFeature,
  type Batch,
  type PaddingCollatorOptions,
} from './features.js';

/**
 * What a data collator is: tokenized rows in, a padded batch of tensors out. `generator` is the
 * Trainer's seeded generator (the masked-LM collator draws its masks from it, so they are
 * reproducible and resume with the run).
 */
export type DataCollator = (features: readonly Row[], generator: Generator) => Batch;

/**
 * transformers' `DataCollatorWithPadding` for sequence classification: pads each batch to its
 * longest row (dynamic padding) and turns `label` (or `labels`) into int32 `labels` — float32 for
 * regression (non-integer labels).
 */
export function dataCollatorWithPadding(
  tokenizer: PreTrainedTokenizer,
  options: PaddingCollatorOptions = {},
): DataCollator {
  return (features) => {
    const batch = inputTensors(tokenizer, padFeatures(tokenizer, features.map(tokenizedFeature), options));
    const labels = features.map((row) => row['labels'] ?? row['label']);
    if (labels.every((l) => l !== undefined)) {
      if (labels.some((l) => typeof l !== 'number' || !Number.isFinite(l))) {
        throw new DatasetError(
          'DATASET_BAD_ROW',
          `Labels must be numbers; got ${JSON.stringify(labels.find((l) => typeof l !== 'number'))}.`,
        );
      }
      const numeric = labels as number[];
      batch['labels'] = tf.tensor1d(numeric, numeric.every(Number.isInteger) ? 'int32' : 'float32');
    }
    return batch;
  };
}

/**
 * transformers' `DataCollatorForTokenClassification`: pads inputs like {@link dataCollatorWithPadding}
 * and each row's per-token `labels` with -100 (ignored by the loss and the metrics).
 */
export function dataCollatorForTokenClassification(
  tokenizer: PreTrainedTokenizer,
  options: PaddingCollatorOptions & { labelPadTokenId?: number } = {},
): DataCollator {
  return (features) => {
    const tokenized = features.map(tokenizedFeature);
    const padded = padFeatures(tokenizer, tokenized, options);
    const batch = inputTensors(tokenizer, padded);
    const labels = features.map((row, i) => intArray(row['labels'], 'labels', i));
    labels.forEach((row, i) => {
      if (row.length !== tokenized[i]!.ids.length) {
        throw new DatasetError(
          'DATASET_BAD_ROW',
          `Example ${i} of the batch has ${row.length} labels for ${tokenized[i]!.ids.length} tokens.`,
        );
      }
    });
    const rows = padRows(
      labels,
      padded.length,
      options.labelPadTokenId ?? IGNORE_INDEX,
      tokenizer.paddingSide,
    );
    batch['labels'] = tf.tensor2d(rows.flat(), [rows.length, padded.length], 'int32');
    return batch;
  };
}
