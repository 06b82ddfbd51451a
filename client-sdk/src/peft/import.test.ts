import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IA3Model, LoraModel, PrefixModel, SoftPromptModel, fromPeft, type ModelInputs } from '../index.js';
import {
  PEFT_CASES,
  PEFT_FIXTURES,
  inputsOf,
  loadPeftBackbone,
  maxOutputDiff,
  readExpected,
} from './test-support/fixtures.js';

/**
 * Every PEFT reference (real PEFT 0.6.2 on the tiny BERT and GPT-2) imported with `fromPeft`
 * reproduces PEFT's outputs, and for LoRA and IA3 its merged outputs after `merge()`.
 */
describe('fromPeft on the PEFT references', () => {
  it.each(PEFT_CASES)('%s: outputs (and merged outputs) within 1e-4', async (name) => {
    const expected = readExpected(name);
    const backbone = await loadPeftBackbone(expected.arch);
    const delta = await fromPeft(join(PEFT_FIXTURES, name), { backboneModel: backbone });
    const config = expected.adapter_config;
    // Parameter counts as PEFT printed them: the delta's, and the backbone's with it.
    expect(delta.parameterCounts()).toMatchObject({
      delta: expected.trainable_params,
      total: expected.all_params,
    });
    const p = (config['num_virtual_tokens'] as number | undefined) ?? 0;
    const mask = expected.inputs['attention_mask']!;
    let inputs: ModelInputs = inputsOf(expected);
    let promptTokens = 0;
    switch (config['peft_type']) {
      case 'LORA':
        expect(delta).toBeInstanceOf(LoraModel);
        expect((delta as LoraModel).config).toMatchObject({
          loraR: config['r'],
          loraAlpha: config['lora_alpha'],
        });
        break;
      case 'IA3':
        expect(delta).toBeInstanceOf(IA3Model);
        break;
      case 'PROMPT_TUNING':
        expect(delta).toBeInstanceOf(SoftPromptModel);
        promptTokens = p;
        break;
      case 'PREFIX_TUNING':
        expect(delta).toBeInstanceOf(PrefixModel);
        // transformers numbers real tokens after PEFT's prefix.
        inputs = inputsOf(expected, p);
        break;
    }
    expect(maxOutputDiff(backbone.forward(inputs), expected.outputs, mask, promptTokens)).toBeLessThan(1e-4);

    if (delta instanceof LoraModel || delta instanceof IA3Model) {
      delta.merge();
      expect(maxOutputDiff(backbone.forward(inputs), expected.outputs_merged!, mask)).toBeLessThan(1e-4);
      delta.unmerge();
    }
    // Detached, the backbone computes PEFT's base outputs again.
    delta.detach();
    expect(maxOutputDiff(backbone.forward(inputsOf(expected)), expected.outputs_base, mask)).toBeLessThan(
      1e-4,
    );
    backbone.dispose();
  });
});
