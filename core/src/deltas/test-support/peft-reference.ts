/**
 * The PEFT reference fixtures, read and compared. Also the SDK's PEFT tests read them through this
 * file, via `@deltahub/testing/fixtures` (the private test package; nothing of it is published): it
 * imports no model code, so that only these few files enter other packages' type checks and test
 * runs (the models there are the built package's).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ModelOutput } from '../../models/inputs.js';
import { maxAbsDiff, prependOnes, type JsonTensor } from '../../models/test-support/reference.js';
import { tf } from '../../runtime/tf.js';

export type { JsonTensor };

/** `test-fixtures/deltas/peft/`: one folder per case, as PEFT's `save_pretrained` wrote it. */
export const PEFT_FIXTURES = fileURLToPath(new URL('../../../test-fixtures/deltas/peft/', import.meta.url));

/** Every PEFT reference case (a folder of `test-fixtures/deltas/peft/`). */
export const PEFT_CASES = [
  'bert_lora',
  'bert_lora_query_value',
  'bert_lora_regex',
  'bert_lora_key_dense',
  'gpt2_lora',
  'gpt2_lora_c_attn',
  'gpt2_lora_all',
  'llama_lora',
  'bert_ia3',
  'gpt2_ia3',
  'bert_prompt_tuning',
  'gpt2_prompt_tuning',
  'bert_prefix_tuning',
  'gpt2_prefix_tuning',
] as const;

/**
 * A PEFT reference's `expected.json` (the fields the tests use): what the real PEFT v0.6.2 code
 * produced on a tiny backbone, see `test-fixtures/deltas/README.md`.
 */
export interface PeftExpected {
  arch: 'bert' | 'gpt2' | 'llama';
  variant: string;
  base_model_class: string;
  adapter_config: Record<string, unknown>;
  /** `base_model.model.<module>.<tensor>` → shape, as saved in `adapter_model.safetensors`. */
  adapter_keys: Record<string, number[]>;
  trainable_params: number;
  all_params: number;
  inputs: Record<string, JsonTensor>;
  outputs_base: Record<string, JsonTensor>;
  outputs: Record<string, JsonTensor>;
  outputs_merged?: Record<string, JsonTensor>;
  merged_changed_keys?: string[];
}

/** Reads `test-fixtures/deltas/peft/<name>/expected.json`. */
export function readPeftExpected(name: string): PeftExpected {
  return JSON.parse(readFileSync(`${PEFT_FIXTURES}${name}/expected.json`, 'utf8')) as PeftExpected;
}

/** Path of a file of a PEFT reference (`adapter_model.safetensors`, `merged_model.safetensors`). */
export function peftFixturePath(name: string, file: string): string {
  return `${PEFT_FIXTURES}${name}/${file}`;
}

/** The module names that carry adapter tensors, from the recorded keys (`base_model.model.` removed). */
export function peftAdapterModules(expected: PeftExpected, tensorSuffix: RegExp): string[] {
  const modules = new Set<string>();
  for (const key of Object.keys(expected.adapter_keys)) {
    const inner = key.replace(/^base_model\.model\./, '');
    const match = tensorSuffix.exec(inner);
    if (match) modules.add(inner.slice(0, match.index));
  }
  return [...modules].sort();
}

const OUTPUT_FIELDS: Record<string, keyof ModelOutput> = {
  last_hidden_state: 'lastHiddenState',
  pooler_output: 'poolerOutput',
  logits: 'logits',
};

/**
 * Max difference over every recorded output (padding positions of `[batch, seq, ...]` skipped);
 * `promptTokens` soft-prompt positions lead every row of the outputs (always attended).
 */
export function maxOutputDiff(
  out: ModelOutput,
  expected: Record<string, JsonTensor>,
  mask: JsonTensor,
  promptTokens = 0,
): number {
  const outputMask = promptTokens ? prependOnes(mask, promptTokens) : mask;
  let max = 0;
  for (const [key, tensor] of Object.entries(expected)) {
    const actual = out[OUTPUT_FIELDS[key]!] as tf.Tensor;
    max = Math.max(max, maxAbsDiff(actual, tensor, tensor.shape.length >= 3 ? outputMask : undefined));
  }
  return max;
}

/** Max difference between two outputs of the same model, every field. */
export function maxDiffBetween(a: ModelOutput, b: ModelOutput): number {
  let max = 0;
  for (const field of ['lastHiddenState', 'poolerOutput', 'logits', 'encoderLastHiddenState'] as const) {
    const x = a[field];
    const y = b[field];
    if (x && y)
      max = Math.max(
        max,
        tf.tidy(() => tf.max(tf.abs(tf.sub(x, y))).dataSync()[0]!),
      );
  }
  return max;
}
