import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BertModel } from '../../models/bert/index.js';
import { GPT2LMHeadModel } from '../../models/gpt2/index.js';
import type { PreTrainedModel } from '../../models/pretrained-model.js';
import { HF_TINY, prependOnes, toTensor } from '../../models/test-support/reference.js';
import { selectBackend } from '../../runtime/backend.js';
import { tf } from '../../runtime/tf.js';
import { outputDiffs } from '../test-support/backbones.js';
import { readDeltaTensors } from '../test-support/opendelta-reference.js';
import { peftFixturePath, readPeftExpected } from '../test-support/peft-reference.js';
import { SoftPromptModel } from './model.js';

/**
 * PEFT v0.6.2 prompt tuning (bert_prompt_tuning on BertModel, gpt2_prompt_tuning on
 * GPT2LMHeadModel; 5 virtual tokens). PEFT prepends `prompt_embeddings` to the word embeddings
 * (`inputs_embeds`), before position embeddings, and prefixes the mask with ones: the same placement
 * as OpenDelta's soft prompt, so copying `prompt_embeddings` into `soft_prompt_layer.soft_embeds`
 * reproduces PEFT's 5-positions-longer outputs.
 */
describe.each(['wasm', 'cpu'] as const)('SoftPrompt against PEFT prompt tuning on %s', (backend) => {
  beforeAll(async () => {
    await selectBackend(backend);
  });

  it.each([
    ['bert_prompt_tuning', 'bert'],
    ['gpt2_prompt_tuning', 'gpt2'],
  ] as const)('%s: recorded prompt reproduces PEFT outputs', async (name, arch) => {
    const expected = readPeftExpected(name);
    const p = expected.adapter_config['num_virtual_tokens'] as number;
    const backbone: PreTrainedModel =
      arch === 'bert'
        ? await BertModel.fromPretrained(join(HF_TINY, 'bert'))
        : await GPT2LMHeadModel.fromPretrained(join(HF_TINY, 'gpt2'));
    const delta = new SoftPromptModel({ backboneModel: backbone, softTokenNum: p });
    expect(delta.resolvedModules).toEqual(['']);
    expect(delta.parameterCounts().delta).toBe(expected.trainable_params);
    expect(delta.parameterCounts().total).toBe(expected.all_params);

    const recorded = await readDeltaTensors(peftFixturePath(name, 'adapter_model.safetensors'));
    const result = backbone.loadStateDict(
      { 'soft_prompt_layer.soft_embeds': recorded['prompt_embeddings']! },
      { strict: false },
    );
    expect(result.mismatchedKeys).toEqual([]);

    const mask = expected.inputs['attention_mask']!;
    const inputs = { inputIds: toTensor(expected.inputs['input_ids']!), attentionMask: toTensor(mask) };
    const diffs = outputDiffs(backbone.forward(inputs), expected.outputs, prependOnes(mask, p));
    for (const [key, diff] of Object.entries(diffs)) expect(diff, key).toBeLessThan(1e-4);
    console.log(`[${backend}] ${name} max abs diff vs PEFT: ${JSON.stringify(diffs)}`);

    delta.detach();
    const base = outputDiffs(backbone.forward(inputs), expected.outputs_base, mask);
    for (const [key, diff] of Object.entries(base)) expect(diff, `detached ${key}`).toBeLessThan(1e-4);
    tf.dispose([...Object.values(recorded), ...Object.values(inputs)]);
    backbone.dispose();
  });
});
