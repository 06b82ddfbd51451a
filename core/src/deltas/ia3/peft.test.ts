import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BertModel } from '../../models/bert/index.js';
import { GPT2LMHeadModel } from '../../models/gpt2/index.js';
import type { PreTrainedModel } from '../../models/pretrained-model.js';
import { HF_TINY, toTensor } from '../../models/test-support/reference.js';
import { selectBackend } from '../../runtime/backend.js';
import { tf } from '../../runtime/tf.js';
import { readDeltaTensors } from '../test-support/opendelta-reference.js';
import { checkPeftMergeAndDetach } from '../test-support/peft-check.js';
import {
  maxOutputDiff,
  peftAdapterModules,
  peftFixturePath,
  readPeftExpected,
} from '../test-support/peft-reference.js';
import type { IA3Vector } from './layer.js';
import { IA3Model } from './model.js';
import { deltahubNameOf, parsePeftKey } from '../peft/keys.js';

/**
 * PEFT v0.6.2 (IA)³ references, made with PEFT's default targets: deltahub's default IA3Model on the
 * same backbone, with the recorded vectors copied in, reproduces PEFT's outputs, merged outputs and
 * merged weights.
 */

/** `base_model.model.<module>.ia3_l` (`[out, 1]` or `[1, in]`) → `<module>.ia3.ia3_l` (flat). */
function peftIa3ToDeltahub(recorded: Record<string, tf.Tensor>): Record<string, tf.Tensor> {
  return Object.fromEntries(
    Object.entries(recorded).map(([key, tensor]) => {
      const parsed = parsePeftKey(key);
      if (parsed?.kind !== 'ia3_l') throw new Error(`unexpected PEFT IA3 key ${key}`);
      return [deltahubNameOf(parsed), tensor.reshape([-1])];
    }),
  );
}

describe.each(['wasm', 'cpu'] as const)('IA3 against PEFT on %s', (backend) => {
  beforeAll(async () => {
    await selectBackend(backend);
  });

  it.each(['bert_ia3', 'gpt2_ia3'] as const)(
    '%s: default placement, outputs, merged outputs and weights',
    async (name) => {
      const expected = readPeftExpected(name);
      const backbone: PreTrainedModel =
        expected.arch === 'bert'
          ? await BertModel.fromPretrained(join(HF_TINY, 'bert'))
          : await GPT2LMHeadModel.fromPretrained(join(HF_TINY, 'gpt2'));
      const delta = new IA3Model({ backboneModel: backbone });
      const config = expected.adapter_config;
      expect(delta.modifiedModules).toEqual(
        expected.arch === 'bert'
          ? ['attention.self.key', 'attention.self.value', 'output.dense']
          : ['attn.c_attn', 'mlp.c_proj'],
      );
      expect([...delta.resolvedModules].sort()).toEqual(peftAdapterModules(expected, /\.ia3_l$/));
      // Feed-forward targets are exactly those PEFT stored as `[1, in]`.
      for (const [key, shape] of Object.entries(expected.adapter_keys)) {
        const module = key.replace(/^base_model\.model\./, '').replace(/\.ia3_l$/, '');
        expect(delta.isFeedforward(module), module).toBe(shape[0] === 1);
        const vector = backbone.getSubmodule(`${module}.ia3`) as IA3Vector;
        expect(vector.ia3L.shape).toEqual([shape[0] === 1 ? shape[1]! : shape[0]!]);
      }
      expect(config['feedforward_modules']).toEqual(
        expected.arch === 'bert' ? ['output.dense'] : ['mlp.c_proj'],
      );
      const counts = delta.parameterCounts();
      expect(counts.delta).toBe(expected.trainable_params);
      expect(counts.total).toBe(expected.all_params);

      const mask = expected.inputs['attention_mask']!;
      const inputs = { inputIds: toTensor(expected.inputs['input_ids']!), attentionMask: toTensor(mask) };
      // Ones at initialisation: nothing changes yet.
      const fresh = backbone.forward(inputs);
      expect(maxOutputDiff(fresh, expected.outputs_base, mask)).toBeLessThan(1e-4);

      const recorded = await readDeltaTensors(peftFixturePath(name, 'adapter_model.safetensors'));
      const result = backbone.loadStateDict(peftIa3ToDeltahub(recorded), { strict: false });
      expect(result.unexpectedKeys).toEqual([]);
      expect(result.mismatchedKeys).toEqual([]);
      expect(result.missingKeys.filter((k) => k.includes('.ia3.'))).toEqual([]);
      const out = backbone.forward(inputs);
      expect(maxOutputDiff(out, expected.outputs, mask)).toBeLessThan(1e-4);

      await checkPeftMergeAndDetach(name, expected, backbone, delta, inputs, mask, out);
      tf.dispose([fresh, out, Object.values(recorded)] as never);
      backbone.dispose();
    },
  );
});
