import { tf } from '../../runtime/tf.js';
import { padEncodings } from '../../tokenizers/padding.js';
import { allSpecialTokens } from '../../tokenizers/special-tokens.js';
import type { PreTrainedTokenizer } from '../../tokenizers/tokenizer.js';
import { DatasetError } from '../errors.js';
import type { Row } from '../row-source.js';

/** The label id losses and metrics skip (padding, unmasked tokens), as in PyTorch and transformers. */
export const IGNORE_INDEX = -100;

/** A collated batch: model inputs (`inputIds`, `attentionMask`...) and `labels`, as tensors. */
export type Batch = Record<string, tf.Tensor>;

/** Token ids of one tokenized example, read from its row. */
export interface TokenizedFeature {
  ids: number[];
  typeIds: number[];
}

/** Options every padding collator takes. */
export interface PaddingCollatorOptions {
  /** Rounds each batch's padded length up to a multiple of this (e.g. 8). */
  padToMultipleOf?: number;
}

/** The `inputIds` (and `tokenTypeIds`) of a row, checked: the column the tokenizer's `map` wrote. */
export function tokenizedFeature(row: Row, position: number): TokenizedFeature {
  const ids = intArray(row['inputIds'], 'inputIds', position);
  const typeIds =
    row['tokenTypeIds'] === undefined
      ? ids.map(() => 0)
      : intArray(row['tokenTypeIds'], 'tokenTypeIds', position);
  return { ids, typeIds };
}

/** An array of integers from a row's column, or `DATASET_BAD_ROW`/`DATASET_MISSING_COLUMN`. */
export function intArray(value: unknown, column: string, position: number): number[] {
  if (value === undefined) {
    throw new DatasetError(
      'DATASET_MISSING_COLUMN',
      `Example ${position} of the batch has no '${column}' column: tokenize the dataset first (dataset.map(...)).`,
    );
  }
  if (!Array.isArray(value) || value.some((v) => !Number.isInteger(v))) {
    throw new DatasetError(
      'DATASET_BAD_ROW',
      `Example ${position} of the batch: '${column}' must be an array of integers.`,
    );
  }
  return value as number[];
}

/** The length a batch pads to: its longest row, rounded up to `multiple`. */
export function paddedLength(lengths: number[], multiple: number | undefined): number {
  const longest = Math.max(0, ...lengths);
  return multiple ? Math.ceil(longest / multiple) * multiple : longest;
}

/** Pads tokenized features into `inputIds`, `attentionMask` and `tokenTypeIds` rows. */
export function padFeatures(
  tokenizer: PreTrainedTokenizer,
  features: TokenizedFeature[],
  options: PaddingCollatorOptions,
): { inputIds: number[][]; attentionMask: number[][]; tokenTypeIds: number[][]; length: number } {
  const length = paddedLength(
    features.map((f) => f.ids.length),
    options.padToMultipleOf,
  );
  const padId = tokenizer.padTokenId;
  if (padId === undefined && features.some((f) => f.ids.length < length)) {
    throw new DatasetError(
      'DATASET_BAD_ARGUMENT',
      'The tokenizer has no padding token: set one (tokenizer.padToken = tokenizer.specialTokens.eosToken).',
    );
  }
  const padded = padEncodings(features, length, padId ?? 0, tokenizer.paddingSide);
  return {
    inputIds: padded.map((p) => p.ids),
    attentionMask: padded.map((p) => p.attentionMask),
    tokenTypeIds: padded.map((p) => p.typeIds),
    length,
  };
}

/** Pads each row of `rows` to `length` with `value` on `side`. */
export function padRows(rows: number[][], length: number, value: number, side: 'left' | 'right'): number[][] {
  return rows.map((row) => {
    const fill = new Array<number>(Math.max(0, length - row.length)).fill(value);
    return side === 'right' ? [...row, ...fill] : [...fill, ...row];
  });
}

/** The model inputs of padded rows as int32 tensors (`tokenTypeIds` only where the tokenizer uses them). */
export function inputTensors(
  tokenizer: PreTrainedTokenizer,
  padded: { inputIds: number[][]; attentionMask: number[][]; tokenTypeIds: number[][] },
): Batch {
  const batch: Batch = {
    inputIds: int2d(padded.inputIds),
    attentionMask: int2d(padded.attentionMask),
  };
  if (tokenizer.returnsTokenTypeIds) batch['tokenTypeIds'] = int2d(padded.tokenTypeIds);
  return batch;
}

/** An int32 `[rows, length]` tensor. */
export function int2d(rows: number[][]): tf.Tensor2D {
  return tf.tensor2d(rows.flat(), [rows.length, rows[0]?.length ?? 0], 'int32');
}

/** The ids of the tokenizer's special tokens (never masked by the masked-LM collator). */
export function specialTokenIds(tokenizer: PreTrainedTokenizer): Set<number> {
  const ids = allSpecialTokens(tokenizer.specialTokens)
    .map((token) => tokenizer.tokenToId(token))
    .filter((id): id is number => id !== undefined);
  return new Set(ids);
}
