import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DeltahubError } from '../../errors.js';
import { selectBackend } from '../../runtime/backend.js';
import { tf } from '../../runtime/tf.js';
import { AutoModel, AutoModelForSeq2SeqLM, AutoModelForSequenceClassification } from '../auto.js';
import type { PretrainedConfig } from '../config.js';
import { readPretrainedConfig } from '../loading.js';
import { HF_TINY, readReference } from '../test-support/reference.js';
import {
  BartEosTokenError,
  BartForConditionalGeneration,
  BartForSequenceClassification,
  BartModel,
} from './index.js';
import { seq2seqReferenceInputs as referenceInputs } from '../test-support/fixtures.js';
import { maxDiffSameShape as maxDiff } from '../test-support/suite.js';

const folder = join(HF_TINY, 'bart_perturbed');
const ref = readReference('bart_perturbed');
const quiet = { onWarning: () => {} };

/** The error `fn` throws (fails the test when it returns). */
function errorOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('BART heads', () => {
  let config: PretrainedConfig;

  beforeAll(async () => {
    await selectBackend('cpu');
    config = await readPretrainedConfig(folder);
  });

  it('the Auto classes pick the BART classes', () => {
    const tiny = { ...config };
    const models = [
      AutoModel.fromConfig(tiny),
      AutoModelForSeq2SeqLM.fromConfig(tiny),
      AutoModelForSequenceClassification.fromConfig(tiny),
    ];
    expect(models.map((m) => m.constructor.name)).toEqual([
      'BartModel',
      'BartForConditionalGeneration',
      'BartForSequenceClassification',
    ]);
    for (const m of models) m.dispose();
  });

  it('BartForConditionalGeneration: logits = lm_head(decoder) + final_logits_bias, lm_head tied', async () => {
    const model = await BartForConditionalGeneration.fromPretrained(folder, quiet);
    const bias = tf.randomNormal([1, 99]);
    model.registerBuffer('final_logits_bias', bias);
    const keys = Object.keys(model.stateDict()).sort();
    expect(keys).toEqual(
      [...ref.state_dict_keys.map((k) => `model.${k}`), 'lm_head.weight', 'final_logits_bias'].sort(),
    );
    expect(model.lmHead.weight).toBe(model.model.shared.weight);
    expect(model.lmHead.typeName).toBe('Linear');
    expect(model.tiedKeys()).toContain('lm_head.weight');
    expect(model.numParameters()).toBe(ref.num_parameters);
    tf.tidy(() => {
      const out = model.forward(referenceInputs(ref));
      expect(out.logits!.shape).toEqual([2, 5, 99]);
      const manual = tf.add(
        tf
          .matMul(out.lastHiddenState.reshape([10, 32]), model.model.shared.weight, false, true)
          .reshape([2, 5, 99]),
        bias,
      );
      expect(maxDiff(out.logits!, manual)).toBeLessThan(1e-5);
    });
    bias.dispose();
    model.dispose();
  });

  it('tie_word_embeddings: false gives lm_head its own weight', () => {
    const model = BartForConditionalGeneration.fromConfig({ ...config, tie_word_embeddings: false });
    expect(model.lmHead.weight).not.toBe(model.model.shared.weight);
    expect(model.tiedKeys()).not.toContain('lm_head.weight');
    expect(model.numParameters()).toBe(ref.num_parameters + 99 * 32);
    model.dispose();
  });

  it('BartForSequenceClassification reads the decoder state at the last EOS of each row', async () => {
    const model = await BartForSequenceClassification.fromPretrained(folder, quiet);
    expect(model.classificationHead.outProj.weight.shape).toEqual([3, 32]); // id2label has 3 entries
    // Two EOS tokens per row (row 1 has its last at position 4, then padding).
    const inputIds = [
      [0, 2, 33, 47, 8, 91, 2],
      [0, 64, 2, 77, 2, 1, 1],
    ];
    const attentionMask = [
      [1, 1, 1, 1, 1, 1, 1],
      [1, 1, 1, 1, 1, 0, 0],
    ];
    tf.tidy(() => {
      const out = model.forward({ inputIds, attentionMask });
      expect(out.logits!.shape).toEqual([2, 3]);
      const hidden = out.lastHiddenState;
      expect(hidden.shape).toEqual([2, 7, 32]);
      const picked = tf.stack([
        hidden.slice([0, 6, 0], [1, 1, 32]).reshape([32]),
        hidden.slice([1, 4, 0], [1, 1, 32]).reshape([32]),
      ]);
      const manual = model.classificationHead.call(picked);
      expect(maxDiff(out.logits!, manual)).toBeLessThan(1e-6);
    });
    model.dispose();
  });

  it('BartForSequenceClassification raises typed errors like transformers', async () => {
    const model = await BartForSequenceClassification.fromPretrained(folder, quiet);
    const uneven = errorOf(() =>
      model.forward({
        inputIds: [
          [0, 5, 2, 2],
          [0, 5, 6, 2],
        ],
      }),
    );
    expect(uneven).toBeInstanceOf(BartEosTokenError);
    expect((uneven as BartEosTokenError).code).toBe('BART_EOS_MISMATCH');
    expect((uneven as BartEosTokenError).eosCounts).toEqual([2, 1]);
    const none = errorOf(() => model.forward({ inputIds: [[0, 5, 6, 7]] }));
    expect((none as BartEosTokenError).code).toBe('BART_EOS_MISMATCH');
    const embedsOnly = errorOf(() => model.forward({ inputsEmbeds: tf.zeros([1, 4, 32]) }));
    expect((embedsOnly as DeltahubError).code).toBe('BAD_INPUT');
    model.dispose();
  });

  it('fromConfig honours num_labels and id2label (BartConfig defaults to 3 labels)', () => {
    const rows = (c: PretrainedConfig): number => {
      const model = BartForSequenceClassification.fromConfig(c);
      const n = model.classificationHead.outProj.weight.shape[0]!;
      tf.tidy(() => {
        expect(model.forward({ inputIds: [[0, 4, 2]] }).logits!.shape).toEqual([1, n]);
      });
      model.dispose();
      return n;
    };
    const { id2label: _i, label2id: _l, ...bare } = config;
    expect(rows({ ...bare })).toBe(3);
    expect(rows({ ...bare, num_labels: 3 })).toBe(3);
    expect(rows({ ...bare, num_labels: 1 })).toBe(1);
    expect(rows({ ...bare, id2label: { 0: 'neg', 1: 'neutral', 2: 'pos', 3: 'mixed', 4: 'other' } })).toBe(5);
  });

  it('classifier dropout is a Dropout module active only in training', () => {
    const model = BartForSequenceClassification.fromConfig({
      ...config,
      classifier_dropout: 0.5,
      dropout: 0,
    });
    expect(model.classificationHead.dropout.typeName).toBe('Dropout');
    const input = { inputIds: [[0, 4, 9, 2]] };
    const run = (): Float32Array => tf.tidy(() => model.forward(input).logits!.dataSync() as Float32Array);
    model.eval();
    expect(run()).toEqual(run());
    model.train();
    const a = Array.from({ length: 5 }, run);
    expect(a.some((x) => x.some((v, i) => v !== a[0]![i]))).toBe(true);
    model.dispose();
  });

  it('initWeights follows _init_weights: N(0, init_std), zero biases, zero padding row, tied kept', () => {
    const model = BartForConditionalGeneration.fromConfig({ ...config, init_std: 0.05 });
    const shared = model.model.shared.weight;
    expect(model.model.encoder.embedTokens.weight).toBe(shared);
    expect(model.lmHead.weight).toBe(shared);
    tf.tidy(() => {
      expect(Array.from(shared.slice([1, 0], [1, 32]).dataSync()).every((v) => v === 0)).toBe(true); // pad_token_id 1
      const { variance } = tf.moments(model.getParameter('model.encoder.layers.0.fc1.weight'));
      expect(Math.sqrt(variance.dataSync()[0]!)).toBeCloseTo(0.05, 1);
      expect(tf.max(tf.abs(model.getParameter('model.decoder.layers.1.fc2.bias'))).dataSync()[0]).toBe(0);
      expect(tf.min(model.getParameter('model.encoder.layernorm_embedding.weight')).dataSync()[0]).toBe(1);
      expect(tf.max(tf.abs(model.getBuffer('final_logits_bias'))).dataSync()[0]).toBe(0);
    });
    model.dispose();
  });

  it('BartModel without decoder inputs and without inputIds is a typed error', () => {
    const model = BartModel.fromConfig(config);
    const error = errorOf(() => model.forward({ inputsEmbeds: tf.zeros([1, 3, 32]) }));
    expect((error as DeltahubError).code).toBe('BAD_INPUT');
    model.dispose();
  });
});
