import { tf } from '../../runtime/tf.js';
import type { PreTrainedTokenizer } from '../../tokenizers/tokenizer.js';
import { DatasetError } from '../errors.js';
import type { DataCollator } from './classification.js';
import {
  IGNORE_INDEX,
  inputTensors,
  intArray,
  padFeatures,
  padRows,
  paddedLength,
  specialTokenIds,
  tokenizedFeature,
  type PaddingCollatorOptions,
} from './features.js';

/** Options of {@link dataCollatorForLanguageModeling}. */
export interface LanguageModelingCollatorOptions extends PaddingCollatorOptions {
  /** Masked LM (BERT) when true (default), causal LM (GPT-2) when false. */
  mlm?: boolean;
  /** Share of tokens to predict in masked LM (default 0.15). */
  mlmProbability?: number;
}

/**
 * transformers' `DataCollatorForLanguageModeling`.
 *
 * Masked LM: each non-special, non-padding token is chosen with `mlmProbability`; a chosen token is
 * replaced by the mask token 80% of the time, by a random token 10%, kept 10%, and only chosen
 * tokens have labels (the rest are -100). The choices come from the Trainer's seeded generator.
 *
 * Causal LM: `labels[t]` is the token at `t + 1` (the shift is done here, so every loss in deltahub
 * compares logits and labels position by position), -100 after the last real token and on padding.
 */
export function dataCollatorForLanguageModeling(
  tokenizer: PreTrainedTokenizer,
  options: LanguageModelingCollatorOptions = {},
): DataCollator {
  const mlm = options.mlm ?? true;
  const probability = options.mlmProbability ?? 0.15;
  if (!(probability > 0 && probability < 1)) {
    throw new DatasetError('DATASET_BAD_ARGUMENT', `mlmProbability must be in (0, 1); got ${probability}.`);
  }
  const maskId = tokenizer.tokenToId(tokenizer.specialTokens.maskToken);
  if (mlm && maskId === undefined) {
    throw new DatasetError(
      'DATASET_BAD_ARGUMENT',
      'This tokenizer has no mask token, so it cannot do masked LM: pass { mlm: false } for causal LM.',
    );
  }
  const special = specialTokenIds(tokenizer);
  const vocabSize = tokenizer.size;
  return (features, generator) => {
    const padded = padFeatures(tokenizer, features.map(tokenizedFeature), options);
    const batch = inputTensors(tokenizer, padded);
    const labels = padded.inputIds.map((row, r) =>
      row.map((id, t) => {
        if (mlm) return id;
        const next = t + 1 < row.length && padded.attentionMask[r]![t + 1] === 1 ? row[t + 1]! : IGNORE_INDEX;
        return padded.attentionMask[r]![t] === 1 ? next : IGNORE_INDEX;
      }),
    );
    if (mlm) {
      const inputIds = padded.inputIds.map((row) => [...row]);
      labels.forEach((row, r) =>
        row.forEach((id, t) => {
          const maskable = padded.attentionMask[r]![t] === 1 && !special.has(id);
          // Draw for every position, maskable or not, so one row's draws do not depend on another's.
          const chosen = generator.random() < probability;
          const replace = generator.random();
          const randomToken = generator.integer(vocabSize);
          if (!maskable || !chosen) {
            row[t] = IGNORE_INDEX;
            return;
          }
          if (replace < 0.8) inputIds[r]![t] = maskId!;
          else if (replace < 0.9) inputIds[r]![t] = randomToken;
        }),
      );
      batch['inputIds']!.dispose();
      batch['inputIds'] = tf.tensor2d(inputIds.flat(), [inputIds.length, padded.length], 'int32');
    }
    batch['labels'] = tf.tensor2d(labels.flat(), [labels.length, padded.length], 'int32');
    return batch;
  };
}

/** Options of {@link dataCollatorForSeq2Seq}. */
export interface Seq2SeqCollatorOptions extends PaddingCollatorOptions {
  /** The decoder's first input (`decoder_start_token_id` of the model config: T5's pad, BART's eos). */
  decoderStartTokenId: number;
}

/**
 * transformers' `DataCollatorForSeq2Seq`: pads `inputIds` and the target `labels` (with -100) and
 * builds `decoderInputIds` by shifting the labels right behind `decoderStartTokenId` (padding where the
 * labels are -100), as `prepare_decoder_input_ids_from_labels` does.
 */
export function dataCollatorForSeq2Seq(
  tokenizer: PreTrainedTokenizer,
  options: Seq2SeqCollatorOptions,
): DataCollator {
  return (features) => {
    const padded = padFeatures(tokenizer, features.map(tokenizedFeature), options);
    const batch = inputTensors(tokenizer, padded);
    const targets = features.map((row, i) => intArray(row['labels'], 'labels', i));
    const length = paddedLength(
      targets.map((t) => t.length),
      options.padToMultipleOf,
    );
    const labels = padRows(targets, length, IGNORE_INDEX, 'right');
    const padId = tokenizer.padTokenId ?? 0;
    const decoderInputIds = labels.map((row) => [
      options.decoderStartTokenId,
      ...row.slice(0, -1).map((id) => (id === IGNORE_INDEX ? padId : id)),
    ]);
    batch['labels'] = tf.tensor2d(labels.flat(), [labels.length, length], 'int32');
    batch['decoderInputIds'] = tf.tensor2d(decoderInputIds.flat(), [labels.length, length], 'int32');
    return batch;
  };
}
