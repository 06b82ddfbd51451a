import { expect, it } from 'vitest';
import { tf } from '../../runtime/tf.js';
import { AutoModelForSeq2SeqLM } from '../auto.js';
import { seq2seqReferenceInputs as referenceInputs } from '../test-support/fixtures.js';
import { maxAbsDiff, toTensor } from '../test-support/reference.js';
import { describeSeq2SeqFixtures, seq2seqDiffs as diffs } from '../test-support/suite.js';
import { T5EncoderModel, T5ForConditionalGeneration, T5Model } from './index.js';

const TOLERANCE = 1e-4;

describeSeq2SeqFixtures({
  title: 'T5',
  fixtures: ['t5', 't5_perturbed'],
  base: T5Model,
  tolerance: TOLERANCE,
  more: ({ backend, name, folder, ref }) => {
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
  },
});
