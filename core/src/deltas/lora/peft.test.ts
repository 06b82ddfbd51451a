import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BertModel } from '../../models/bert/index.js';
import { GPT2LMHeadModel } from '../../models/gpt2/index.js';
import { LlamaForCausalLM } from '../../models/llama/index.js';
import type { PreTrainedModel } from '../../models/pretrained-model.js';
import { HF_TINY, toTensor } from '../../models/test-support/reference.js';
import { selectBackend } from '../../runtime/backend.js';
import { tf } from '../../runtime/tf.js';
import { readDeltaTensors } from '../test-support/opendelta-reference.js';
import { checkPeftMergeAndDetach } from '../test-support/peft-check.js';
import {
  maxOutputDiff,
  PEFT_CASES,
  peftAdapterModules,
  peftFixturePath,
  readPeftExpected,
  type PeftExpected,
} from '../test-support/peft-reference.js';
import { LoraModel } from './model.js';
import { deltahubNameOf, parsePeftKey, peftTargetPatterns } from '../peft/keys.js';

/**
 * PEFT v0.6.2 LoRA references: the same targets, r and alpha on the same backbone, with the recorded
 * lora_A / lora_B copied in, reproduce PEFT's outputs and merged outputs. Keys map through the
 * production PEFT key mapping (`../peft/keys.ts`); the file-level import is the client SDK's `fromPeft`.
 */

/** `base_model.model.<module>.lora_A.weight` → `<module>.lora.lora_A` (likewise for lora_B). */
function peftLoraKeyToDeltahub(key: string): string {
  const parsed = parsePeftKey(key);
  if (parsed?.kind !== 'lora_A' && parsed?.kind !== 'lora_B')
    throw new Error(`unexpected PEFT LoRA key ${key}`);
  return deltahubNameOf(parsed);
}

/** The backbone PEFT wrapped; the Llama reference was made on the perturbed tiny Llama. */
async function loadBackbone(arch: PeftExpected['arch']): Promise<PreTrainedModel> {
  switch (arch) {
    case 'bert':
      return BertModel.fromPretrained(join(HF_TINY, 'bert'));
    case 'gpt2':
      return GPT2LMHeadModel.fromPretrained(join(HF_TINY, 'gpt2'));
    case 'llama':
      return LlamaForCausalLM.fromPretrained(join(HF_TINY, 'llama_perturbed'));
  }
}

const FIXTURES = PEFT_CASES.filter((name) => name.includes('_lora'));

describe.each(['wasm', 'cpu'] as const)('LoRA against PEFT on %s', (backend) => {
  beforeAll(async () => {
    await selectBackend(backend);
  });

  it.each(FIXTURES)('%s: placement, counts, outputs, merged outputs and weights', async (name) => {
    const expected: PeftExpected = readPeftExpected(name);
    const config = expected.adapter_config;
    const backbone = await loadBackbone(expected.arch);
    // `bert_lora`, `gpt2_lora` and `llama_lora` used PEFT's default targets: deltahub's own default must agree.
    const usesDefault = name === 'bert_lora' || name === 'gpt2_lora' || name === 'llama_lora';
    const delta = new LoraModel({
      backboneModel: backbone,
      ...(usesDefault
        ? {}
        : { modifiedModules: peftTargetPatterns(config['target_modules'] as string | string[]) }),
      loraR: config['r'] as number,
      loraAlpha: config['lora_alpha'] as number,
    });
    expect([...delta.resolvedModules].sort()).toEqual(peftAdapterModules(expected, /\.lora_[AB]\.weight$/));
    const counts = delta.parameterCounts();
    expect(counts.delta).toBe(expected.trainable_params);
    expect(counts.total).toBe(expected.all_params);

    const recorded = await readDeltaTensors(peftFixturePath(name, 'adapter_model.safetensors'));
    const mapped = Object.fromEntries(
      Object.entries(recorded).map(([k, t]) => [peftLoraKeyToDeltahub(k), t]),
    );
    const result = backbone.loadStateDict(mapped, { strict: false });
    expect(result.unexpectedKeys).toEqual([]);
    expect(result.mismatchedKeys).toEqual([]);
    expect(result.missingKeys.filter((k) => k.includes('.lora.'))).toEqual([]);

    const mask = expected.inputs['attention_mask']!;
    const inputs = { inputIds: toTensor(expected.inputs['input_ids']!), attentionMask: toTensor(mask) };
    const out = backbone.forward(inputs);
    expect(maxOutputDiff(out, expected.outputs, mask)).toBeLessThan(1e-4);

    await checkPeftMergeAndDetach(name, expected, backbone, delta, inputs, mask, out);
    tf.dispose([out, Object.values(recorded)] as never);
    backbone.dispose();
  });
});
