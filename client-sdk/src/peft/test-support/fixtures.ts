/** Test helpers: core's PEFT reference fixtures (made by real PEFT 0.6.2), their backbones and outputs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { tf } from '@deltahub/core';
import {
  BertModel,
  GPT2LMHeadModel,
  type ModelInputs,
  type ModelOutput,
  type PreTrainedModel,
} from '@deltahub/core';
import { HF_TINY } from '../../test-support/tiny.js';

/** core/test-fixtures/deltas/peft: one folder per case, as PEFT's `save_pretrained` wrote it. */
export const PEFT_FIXTURES = fileURLToPath(
  new URL('../../../../core/test-fixtures/deltas/peft/', import.meta.url),
);

/** Every PEFT reference case. */
export const PEFT_CASES = [
  'bert_lora',
  'bert_lora_query_value',
  'bert_lora_regex',
  'bert_lora_key_dense',
  'gpt2_lora',
  'gpt2_lora_c_attn',
  'gpt2_lora_all',
  'bert_ia3',
  'gpt2_ia3',
  'bert_prompt_tuning',
  'gpt2_prompt_tuning',
  'bert_prefix_tuning',
  'gpt2_prefix_tuning',
] as const;

/** A tensor as `expected.json` stores it. */
export interface JsonTensor {
  shape: number[];
  dtype: string;
  data: number[];
}

/** The fields of `expected.json` the tests use. */
export interface PeftExpected {
  arch: 'bert' | 'gpt2';
  adapter_config: Record<string, unknown>;
  trainable_params: number;
  all_params: number;
  inputs: Record<string, JsonTensor>;
  outputs_base: Record<string, JsonTensor>;
  outputs: Record<string, JsonTensor>;
  outputs_merged?: Record<string, JsonTensor>;
}

export function readExpected(name: string): PeftExpected {
  return JSON.parse(readFileSync(join(PEFT_FIXTURES, name, 'expected.json'), 'utf8')) as PeftExpected;
}

/** The backbone class PEFT wrapped: BertModel, or GPT2LMHeadModel. */
export async function loadPeftBackbone(arch: 'bert' | 'gpt2'): Promise<PreTrainedModel> {
  return arch === 'bert'
    ? BertModel.fromPretrained(join(HF_TINY, 'bert'))
    : GPT2LMHeadModel.fromPretrained(join(HF_TINY, 'gpt2'));
}

/** The recorded inputs; `positionOffset` numbers tokens from there (PEFT's prefix tuning shift). */
export function inputsOf(expected: PeftExpected, positionOffset = 0): ModelInputs {
  const ids = expected.inputs['input_ids']!;
  const mask = expected.inputs['attention_mask']!;
  const [batch, seq] = ids.shape as [number, number];
  const rows = (t: JsonTensor): number[][] =>
    Array.from({ length: batch }, (_, b) => t.data.slice(b * seq, (b + 1) * seq));
  const inputs: ModelInputs = { inputIds: rows(ids), attentionMask: rows(mask) };
  if (positionOffset) {
    inputs.positionIds = Array.from({ length: batch }, () =>
      Array.from({ length: seq }, (_, i) => i + positionOffset),
    );
  }
  return inputs;
}

const FIELDS: Record<string, keyof ModelOutput> = {
  last_hidden_state: 'lastHiddenState',
  pooler_output: 'poolerOutput',
  logits: 'logits',
};

/**
 * Max |actual − expected| over every recorded output, skipping padded positions of `[batch, seq,
 * ...]` outputs; `promptTokens` soft-prompt positions lead every row (always attended).
 */
export function maxOutputDiff(
  out: ModelOutput,
  expected: Record<string, JsonTensor>,
  mask: JsonTensor,
  promptTokens = 0,
): number {
  let max = 0;
  const [, seq] = mask.shape as [number, number];
  for (const [key, tensor] of Object.entries(expected)) {
    const actual = out[FIELDS[key]!] as tf.Tensor;
    if (actual.shape.join() !== tensor.shape.join())
      throw new Error(`${key}: shape [${actual.shape.join()}] != [${tensor.shape.join()}]`);
    const values = actual.dataSync();
    const perPosition = tensor.shape.slice(2).reduce((a, b) => a * b, 1);
    const width = seq + promptTokens;
    for (let i = 0; i < values.length; i++) {
      if (tensor.shape.length >= 3) {
        const position = Math.floor(i / perPosition);
        const [b, s] = [Math.floor(position / width), position % width];
        if (s >= promptTokens && mask.data[b * seq + s - promptTokens] === 0) continue;
      }
      max = Math.max(max, Math.abs(values[i]! - tensor.data[i]!));
    }
  }
  return max;
}
