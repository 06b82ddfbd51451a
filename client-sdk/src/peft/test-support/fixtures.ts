/**
 * Test helpers: core's PEFT reference fixtures (made by real PEFT 0.6.2), their backbones and outputs.
 * `expected.json` is read and outputs are compared by core's own helpers (through
 * `@deltahub/testing/fixtures`); the backbones come from the built `@deltahub/core`, whose classes
 * the SDK's code under test knows.
 */
import { join } from 'node:path';
import {
  BertModel,
  GPT2LMHeadModel,
  LlamaForCausalLM,
  type ModelInputs,
  type PreTrainedModel,
} from '@deltahub/core';
import { HF_TINY, type JsonTensor, type PeftExpected } from '@deltahub/testing/fixtures';

export {
  maxOutputDiff,
  PEFT_CASES,
  PEFT_FIXTURES,
  readPeftExpected as readExpected,
} from '@deltahub/testing/fixtures';

/** The backbone class PEFT wrapped: BertModel, GPT2LMHeadModel, or LlamaForCausalLM (perturbed weights). */
export async function loadPeftBackbone(arch: PeftExpected['arch']): Promise<PreTrainedModel> {
  switch (arch) {
    case 'bert':
      return BertModel.fromPretrained(join(HF_TINY, 'bert'));
    case 'gpt2':
      return GPT2LMHeadModel.fromPretrained(join(HF_TINY, 'gpt2'));
    case 'llama':
      return LlamaForCausalLM.fromPretrained(join(HF_TINY, 'llama_perturbed'));
  }
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
