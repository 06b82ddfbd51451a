import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BertModel } from '../../models/bert/index.js';
import { GPT2LMHeadModel } from '../../models/gpt2/index.js';
import type { ModelInputs } from '../../models/inputs.js';
import type { PreTrainedModel } from '../../models/pretrained-model.js';
import { HF_TINY, toTensor } from '../../models/test-support/reference.js';
import { selectBackend } from '../../runtime/backend.js';
import { tf } from '../../runtime/tf.js';
import { readDeltaTensors } from '../test-support/opendelta-reference.js';
import { peftFixturePath, readPeftExpected } from '../test-support/peft-reference.js';
import { PrefixModel } from './model.js';
import { splitPrefixTable } from '../peft/keys.js';
import { outputDiffs } from '../test-support/backbones.js';

/**
 * PEFT v0.6.2 prefix tuning (bert_prefix_tuning, gpt2_prefix_tuning: 5 virtual tokens, no
 * projection): the same math as `PrefixModel` with `reparameterize: false`. PEFT stores one table
 * `prompt_embeddings [p, layers·2·hidden]`; layer l's keys are columns `2l·hidden..`, its values the
 * next `hidden` columns (PEFT's `view(p, layers·2, heads, headDim)` then `split(2)`), which this test
 * copies into each layer's `past_key` / `past_value` with the production `splitPrefixTable`.
 *
 * One difference is not in the prefix: transformers treats PEFT's prefixes as cached past tokens, so
 * BERT and GPT-2 number the real tokens from p (`past_key_values_length`), while OpenDelta's hooks
 * (and deltahub's) leave positions alone. Passing `positionIds` p..p+n-1 reproduces PEFT exactly.
 */
describe.each(['wasm', 'cpu'] as const)('Prefix against PEFT prefix tuning on %s', (backend) => {
  beforeAll(async () => {
    await selectBackend(backend);
  });

  it.each([
    ['bert_prefix_tuning', 'bert', ['encoder.layer.0.attention', 'encoder.layer.1.attention']],
    ['gpt2_prefix_tuning', 'gpt2', ['transformer.h.0.attn', 'transformer.h.1.attn']],
  ] as const)('%s: recorded prefixes reproduce PEFT outputs', async (name, arch, modules) => {
    const expected = readPeftExpected(name);
    const config = expected.adapter_config;
    const p = config['num_virtual_tokens'] as number;
    const hidden = config['token_dim'] as number;
    const backbone: PreTrainedModel =
      arch === 'bert'
        ? await BertModel.fromPretrained(join(HF_TINY, 'bert'))
        : await GPT2LMHeadModel.fromPretrained(join(HF_TINY, 'gpt2'));
    const delta = new PrefixModel({ backboneModel: backbone, prefixTokenNum: p, reparameterize: false });
    expect(delta.resolvedModules).toEqual(modules);
    expect(delta.parameterCounts().delta).toBe(expected.trainable_params);
    expect(delta.parameterCounts().total).toBe(expected.all_params);

    const recorded = await readDeltaTensors(peftFixturePath(name, 'adapter_model.safetensors'));
    const table = recorded['prompt_embeddings']!;
    expect(table.shape).toEqual([p, modules.length * 2 * hidden]);
    const layers = splitPrefixTable(table.dataSync() as Float32Array, p, modules.length, hidden);
    const mapped = Object.fromEntries(
      modules.flatMap((module, l) => [
        [`${module}.prefix.past_key`, tf.tensor2d(layers[l]!.key, [p, hidden])],
        [`${module}.prefix.past_value`, tf.tensor2d(layers[l]!.value, [p, hidden])],
      ]),
    );
    const result = backbone.loadStateDict(mapped, { strict: false });
    expect(result.unexpectedKeys).toEqual([]);
    expect(result.mismatchedKeys).toEqual([]);

    const mask = expected.inputs['attention_mask']!;
    const [batch, seq] = mask.shape as [number, number];
    const inputs: ModelInputs = {
      inputIds: toTensor(expected.inputs['input_ids']!),
      attentionMask: toTensor(mask),
      positionIds: tf.tidy(() => tf.tile(tf.range(p, p + seq, 1, 'int32').reshape([1, seq]), [batch, 1])),
    };
    const diffs = outputDiffs(backbone.forward(inputs), expected.outputs, mask);
    for (const [key, diff] of Object.entries(diffs)) expect(diff, key).toBeLessThan(1e-4);
    console.log(`[${backend}] ${name} max abs diff vs PEFT: ${JSON.stringify(diffs)}`);

    delta.detach();
    const base = outputDiffs(
      backbone.forward({ inputIds: inputs.inputIds!, attentionMask: inputs.attentionMask! }),
      expected.outputs_base,
      mask,
    );
    for (const [key, diff] of Object.entries(base)) expect(diff, `detached ${key}`).toBeLessThan(1e-4);
    tf.dispose([
      ...Object.values(recorded),
      ...Object.values(mapped),
      ...(Object.values(inputs) as tf.Tensor[]),
    ]);
    backbone.dispose();
  });
});
