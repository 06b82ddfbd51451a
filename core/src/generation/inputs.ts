/**
 * What `generate` takes as prompts: token ids (a tensor or nested arrays, one prompt or a batch) or a
 * tokenizer's output (`{ inputIds, attentionMask }`), read into plain rows.
 */
import { DeltahubError } from '../errors.js';
import type { TensorLike } from '../models/inputs.js';
import { tf } from '../runtime/tf.js';

/** Prompt ids, or a tokenizer's output with its attention mask. */
export type GenerateInputs = TensorLike | { inputIds: TensorLike; attentionMask?: TensorLike };

/** The prompts as rows of ids and, when given, of mask values. */
export interface PromptRows {
  ids: number[][];
  mask?: number[][];
}

async function rows(name: string, value: TensorLike): Promise<number[][]> {
  const array = value instanceof tf.Tensor ? await value.array() : value;
  const nested = Array.isArray(array) && array.length > 0 && !Array.isArray(array[0]) ? [array] : array;
  const ok =
    Array.isArray(nested) &&
    nested.length > 0 &&
    nested.every(
      (row) =>
        Array.isArray(row) &&
        row.length === (nested[0] as unknown[]).length &&
        row.every((v) => typeof v === 'number' && Number.isInteger(v)),
    );
  if (!ok || (nested[0] as unknown[]).length === 0) {
    throw new DeltahubError(
      'BAD_INPUT',
      `${name} must be integer ids [batch, length] (or one prompt [length]) with equal, non-zero lengths.`,
    );
  }
  return nested as number[][];
}

/** Reads `inputs` into rows, checking shapes (ids and mask alike, integers, at least one token). */
export async function readPrompts(inputs: GenerateInputs): Promise<PromptRows> {
  const given =
    inputs !== null && typeof inputs === 'object' && !Array.isArray(inputs) && !(inputs instanceof tf.Tensor)
      ? inputs
      : { inputIds: inputs };
  if (given.inputIds === undefined) throw new DeltahubError('BAD_INPUT', 'generate needs inputIds.');
  const ids = await rows('inputIds', given.inputIds);
  if (given.attentionMask === undefined) return { ids };
  const mask = await rows('attentionMask', given.attentionMask);
  if (mask.length !== ids.length || mask[0]!.length !== ids[0]!.length) {
    throw new DeltahubError(
      'BAD_INPUT',
      `attentionMask is [${mask.length}, ${mask[0]!.length}] but inputIds are [${ids.length}, ${ids[0]!.length}].`,
    );
  }
  return { ids, mask };
}
