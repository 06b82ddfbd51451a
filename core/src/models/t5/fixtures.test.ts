import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from '../../runtime/backend.js';
import { tf } from '../../runtime/tf.js';
import { AutoModel, AutoModelForSeq2SeqLM } from '../auto.js';
import type { PreTrainedModel } from '../pretrained-model.js';
import { HF_TINY, maxAbsDiff, readReference, toTensor, type Reference } from '../test-support/reference.js';
import { T5EncoderModel, T5ForConditionalGeneration, T5Model } from './index.js';
import { referenceInputs } from './test-support/checkpoint.js';

const TOLERANCE = 1e-4;

/** Max abs differences of decoder and encoder outputs against the reference (encoder: unmasked rows). */
function diffs(model: PreTrainedModel, ref: Reference): { decoder: number; encoder: number } {
  return tf.tidy(() => {
    const out = model.forward(referenceInputs(ref));
    return {
      decoder: maxAbsDiff(out.lastHiddenState, ref.outputs['last_hidden_state']!),
      encoder: maxAbsDiff(
        out.encoderLastHiddenState!,
        ref.outputs['encoder_last_hidden_state']!,
        ref.inputs['attention_mask'],
      ),
    };
  });
}

describe.each(['wasm', 'cpu'] as const)('T5 fixtures on %s', (backend) => {
  beforeAll(async () => {
    await selectBackend(backend);
  });

  describe.each(['t5', 't5_perturbed'])('%s', (name) => {
    const folder = join(HF_TINY, name);
    const ref = readReference(name);

    it('T5Model matches the transformers outputs', async () => {
      const model = await T5Model.fromPretrained(folder);
      expect(model.loadReport).toMatchObject({
        missingKeys: [],
        unexpectedKeys: [],
        prefixAdjustment: 'none',
      });
      const d = diffs(model, ref);
      console.log(
        `[${backend}] ${name} T5Model max abs diff: last_hidden_state ${d.decoder.toExponential(2)}, encoder_last_hidden_state ${d.encoder.toExponential(2)}`,
      );
      expect(d.decoder).toBeLessThan(TOLERANCE);
      expect(d.encoder).toBeLessThan(TOLERANCE);
      model.dispose();
    });

    it('AutoModel builds T5Model with the same outputs', async () => {
      const model = await AutoModel.fromPretrained(folder);
      expect(model).toBeInstanceOf(T5Model);
      const d = diffs(model, ref);
      expect(d.decoder).toBeLessThan(TOLERANCE);
      expect(d.encoder).toBeLessThan(TOLERANCE);
      model.dispose();
    });

    it('has the reference state dict keys, tied groups and parameter count', async () => {
      const model = await T5Model.fromPretrained(folder);
      const dict = model.stateDict();
      expect(Object.keys(dict).sort()).toEqual([...ref.state_dict_keys].sort());
      for (const group of ref.tied_groups) {
        for (const key of group) expect(dict[key]).toBe(dict[group[0]!]);
      }
      expect(model.numParameters()).toBe(ref.num_parameters);
      model.dispose();
    });

    it('T5ForConditionalGeneration (AutoModelForSeq2SeqLM) gives the same states and tied, rescaled logits', async () => {
      const model = await AutoModelForSeq2SeqLM.fromPretrained(folder);
      expect(model).toBeInstanceOf(T5ForConditionalGeneration);
      // The checkpoint is a T5Model one: lm_head.weight is absent but tied, so nothing is reported.
      expect(model.loadReport).toMatchObject({ missingKeys: [], unexpectedKeys: [] });
      const d = diffs(model, ref);
      expect(d.decoder).toBeLessThan(TOLERANCE);
      expect(d.encoder).toBeLessThan(TOLERANCE);
      const diff = tf.tidy(() => {
        const out = model.forward(referenceInputs(ref));
        const dModel = model.config['d_model'] as number;
        // Expected logits from the reference decoder output: (h · d_model^-½) · sharedᵀ.
        const hidden = toTensor(ref.outputs['last_hidden_state']!).reshape([-1, dModel]) as tf.Tensor2D;
        const shared = model.getParameter('shared.weight') as unknown as tf.Tensor2D;
        const expected = tf.matMul(tf.mul(hidden, dModel ** -0.5), shared, false, true);
        expect(out.logits!.shape).toEqual([2, 5, 99]);
        return tf.max(tf.abs(tf.sub(out.logits!.reshape([-1, 99]), expected))).dataSync()[0]!;
      });
      console.log(
        `[${backend}] ${name} T5ForConditionalGeneration logits max abs diff ${diff.toExponential(2)}`,
      );
      expect(diff).toBeLessThan(TOLERANCE);
      model.dispose();
    });

    it('T5EncoderModel gives the reference encoder output and ignores the decoder keys quietly', async () => {
      const warnings: string[] = [];
      const model = await T5EncoderModel.fromPretrained(folder, { onWarning: (m) => warnings.push(m) });
      expect(model.loadReport).toMatchObject({ missingKeys: [], unexpectedKeys: [] });
      expect(warnings).toEqual([]);
      const diff = tf.tidy(() => {
        const { inputIds, attentionMask } = referenceInputs(ref);
        const out = model.forward({ inputIds, attentionMask });
        expect(out.encoderLastHiddenState).toBeUndefined();
        return maxAbsDiff(
          out.lastHiddenState,
          ref.outputs['encoder_last_hidden_state']!,
          ref.inputs['attention_mask'],
        );
      });
      console.log(`[${backend}] ${name} T5EncoderModel max abs diff ${diff.toExponential(2)}`);
      expect(diff).toBeLessThan(TOLERANCE);
      model.dispose();
    });
  });
});
