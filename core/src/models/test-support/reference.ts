import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tf } from '../../runtime/tf.js';

/** Root of the in-repo copy of the Hugging Face reference fixtures. */
export const HF_TINY = fileURLToPath(new URL('../../../test-fixtures/hf-tiny/', import.meta.url));

/** A tensor as the fixtures store it: shape, dtype and row-major data. */
export interface JsonTensor {
  shape: number[];
  dtype: string;
  data: number[];
}

/** A `reference.json` written by the Python generator. */
export interface Reference {
  arch: string;
  model_class: string;
  inputs: Record<string, JsonTensor>;
  outputs: Record<string, JsonTensor>;
  state_dict_keys: string[];
  tied_groups: string[][];
  hf_save_pretrained_keys: string[];
  num_parameters: number;
}

/** Reads `test-fixtures/hf-tiny/<name>/reference.json`. */
export function readReference(name: string): Reference {
  return JSON.parse(readFileSync(`${HF_TINY}${name}/reference.json`, 'utf8')) as Reference;
}

/** A fixture tensor as a tf tensor of its dtype (int64 ids become int32). */
export function toTensor(t: JsonTensor): tf.Tensor {
  return tf.tensor(t.data, t.shape, t.dtype.startsWith('int') ? 'int32' : 'float32');
}

/**
 * Max |actual - expected| over positions whose mask is 1. `mask` is `[batch, seq]` and masks the
 * first two dimensions of a `[batch, seq, ...]` output; without it every position counts.
 */
export function maxAbsDiff(actual: tf.Tensor, expected: JsonTensor, mask?: JsonTensor): number {
  const values = actual.dataSync();
  if (actual.shape.join() !== expected.shape.join()) {
    throw new Error(`shape [${actual.shape.join(', ')}] != expected [${expected.shape.join(', ')}]`);
  }
  const perPosition = expected.shape.slice(2).reduce((a, b) => a * b, 1);
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    if (mask && expected.shape.length >= 2 && mask.data[Math.floor(i / perPosition)] === 0) continue;
    max = Math.max(max, Math.abs(values[i]! - expected.data[i]!));
  }
  return max;
}

/** A `[batch, seq]` mask with `n` leading ones per row (the soft-prompt positions). */
export function prependOnes(mask: JsonTensor, n: number): JsonTensor {
  const [batch, seq] = mask.shape as [number, number];
  const data: number[] = [];
  for (let b = 0; b < batch; b++)
    data.push(...new Array<number>(n).fill(1), ...mask.data.slice(b * seq, (b + 1) * seq));
  return { shape: [batch, seq + n], dtype: mask.dtype, data };
}

/** {@link maxAbsDiff} of an output's last hidden state against the fixture's, over unmasked positions. */
export function lastHiddenStateDiff(output: { lastHiddenState: tf.Tensor }, ref: Reference): number {
  return maxAbsDiff(output.lastHiddenState, ref.outputs['last_hidden_state']!, ref.inputs['attention_mask']);
}

/** Root of the in-repo copies of small real models (`test-fixtures/real/`) with their references. */
export const REAL_MODELS = fileURLToPath(new URL('../../../test-fixtures/real/', import.meta.url));
