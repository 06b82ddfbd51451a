import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { withoutRandomInit } from '../../nn/init.js';
import { selectBackend } from '../../runtime/backend.js';
import { tf } from '../../runtime/tf.js';
import type { PretrainedConfig } from '../config.js';
import { HF_TINY, lastHiddenStateDiff, maxAbsDiff, readReference } from '../test-support/reference.js';
import {
  BertForMaskedLM,
  BertForPreTraining,
  BertForSequenceClassification,
  BertModel,
  readBertSettings,
  type BertForPreTrainingOutput,
} from './index.js';
import { fixtureConfig, referenceInputs } from '../test-support/fixtures.js';
import { describeBertFamily } from './test-support/family-suite.js';

const bertClasses = {
  BertModel: (config: PretrainedConfig) => new BertModel(config),
  'BertModel(add_pooling_layer=False)': (config: PretrainedConfig) =>
    new BertModel(config, { addPoolingLayer: false }),
  BertForMaskedLM: (config: PretrainedConfig) => new BertForMaskedLM(config),
  BertForPreTraining: (config: PretrainedConfig) => new BertForPreTraining(config),
};

describeBertFamily({
  arch: 'bert',
  prefix: 'bert',
  base: BertModel,
  maskedLM: BertForMaskedLM,
  sequenceClassification: BertForSequenceClassification,
  maskedLMHeadKeys: [
    'cls.predictions.bias',
    'cls.predictions.transform.dense.weight',
    'cls.predictions.transform.dense.bias',
    'cls.predictions.transform.LayerNorm.weight',
    'cls.predictions.transform.LayerNorm.bias',
    'cls.predictions.decoder.weight',
    'cls.predictions.decoder.bias',
  ],
  maskedLMTiedKeys: ['cls.predictions.decoder.weight', 'cls.predictions.decoder.bias'],
  maskedLMHeadModules: {
    cls: 'BertOnlyMLMHead',
    'cls.predictions': 'BertLMPredictionHead',
    'cls.predictions.transform': 'BertPredictionHeadTransform',
    'cls.predictions.transform.dense': 'Linear',
    'cls.predictions.transform.transform_act_fn': 'GELUActivation',
    'cls.predictions.transform.LayerNorm': 'LayerNorm',
    'cls.predictions.decoder': 'Linear',
  },
  sequenceClassificationHeadModules: { dropout: 'Dropout', classifier: 'Linear' },
  sequenceClassificationHasPooler: true,
  realModels: { 'bert-base-uncased': bertClasses, 'bert-base-cased': bertClasses },
});

describe('BERT specifics', () => {
  const config = fixtureConfig('bert');
  const quiet = { onWarning: () => {} };

  beforeAll(async () => {
    await selectBackend('wasm');
  });

  it('token type ids are embedded (zeros by default)', async () => {
    const ref = readReference('bert_perturbed');
    const model = await BertModel.fromPretrained(join(HF_TINY, 'bert_perturbed'), quiet);
    const inputs = referenceInputs(ref);
    const byDefault = model.forward(inputs);
    const zeros = model.forward({ ...inputs, tokenTypeIds: tf.zeros([2, 7], 'int32') });
    const ones = model.forward({ ...inputs, tokenTypeIds: tf.ones([2, 7], 'int32') });
    expect(lastHiddenStateDiff(zeros, ref)).toBeLessThan(1e-4);
    expect(
      tf.max(tf.abs(tf.sub(ones.lastHiddenState, byDefault.lastHiddenState))).dataSync()[0],
    ).toBeGreaterThan(1e-3);
    model.dispose();
  });

  it('explicit position ids are used', async () => {
    const ref = readReference('bert_perturbed');
    const model = await BertModel.fromPretrained(join(HF_TINY, 'bert_perturbed'), quiet);
    const same = model.forward({
      ...referenceInputs(ref),
      positionIds: tf.range(0, 7, 1, 'int32').tile([2]).reshape([2, 7]),
    });
    expect(lastHiddenStateDiff(same, ref)).toBeLessThan(1e-4);
    const shifted = model.forward({
      ...referenceInputs(ref),
      positionIds: tf.range(3, 10, 1, 'int32').tile([2]).reshape([2, 7]),
    });
    expect(lastHiddenStateDiff(shifted, ref)).toBeGreaterThan(1e-3);
    model.dispose();
  });

  it('BertForPreTraining loads a base checkpoint and returns MLM and next-sentence logits', async () => {
    const ref = readReference('bert');
    const model = await BertForPreTraining.fromPretrained(join(HF_TINY, 'bert'), quiet);
    expect(model.loadReport?.prefixAdjustment).toBe('added');
    expect(model.loadReport?.unexpectedKeys).toEqual([]);
    expect([...model.loadReport!.missingKeys].sort()).toEqual(
      [
        'cls.predictions.bias',
        'cls.predictions.transform.dense.weight',
        'cls.predictions.transform.dense.bias',
        'cls.predictions.transform.LayerNorm.weight',
        'cls.predictions.transform.LayerNorm.bias',
        'cls.seq_relationship.weight',
        'cls.seq_relationship.bias',
      ].sort(),
    );
    const out = model.forward(referenceInputs(ref)) as BertForPreTrainingOutput;
    expect(maxAbsDiff(out.poolerOutput!, ref.outputs['pooler_output']!)).toBeLessThan(1e-4);
    expect(out.logits!.shape).toEqual([2, 7, 99]);
    expect(out.seqRelationshipLogits.shape).toEqual([2, 2]);
    expect(model.getSubmodule('cls').typeName).toBe('BertPreTrainingHeads');
    model.dispose();
  });

  it('is_decoder makes self-attention causal', () => {
    const model = BertModel.fromConfig({ ...config, is_decoder: true }).eval();
    const ids = tf.tensor2d([[5, 6, 7, 8, 9]], undefined, 'int32');
    const changedTail = tf.tensor2d([[5, 6, 7, 1, 2]], undefined, 'int32');
    const a = model.forward({ inputIds: ids }).lastHiddenState.slice([0, 0, 0], [1, 3, 32]);
    const b = model.forward({ inputIds: changedTail }).lastHiddenState.slice([0, 0, 0], [1, 3, 32]);
    expect(tf.max(tf.abs(tf.sub(a, b))).dataSync()[0]).toBeLessThan(1e-6);
    model.dispose();
  });

  it('unsupported config options are typed errors', () => {
    for (const [override, code] of [
      [{ position_embedding_type: 'relative_key' }, 'CONFIG_UNSUPPORTED'],
      [{ add_cross_attention: true }, 'CONFIG_UNSUPPORTED'],
      [{ hidden_size: 30 }, 'CONFIG_INVALID'],
      [{ hidden_act: 'nope' }, 'UNKNOWN_ACTIVATION'],
    ] as const) {
      expect(() => withoutRandomInit(() => new BertModel({ ...config, ...override }))).toThrow(
        expect.objectContaining({ code }),
      );
    }
  });

  it('defaults follow BertConfig when keys are absent', () => {
    expect(readBertSettings({ model_type: 'bert' })).toMatchObject({
      vocabSize: 30522,
      hiddenSize: 768,
      numHiddenLayers: 12,
      padTokenId: 0,
      layerNormEps: 1e-12,
      typeVocabSize: 2,
      maxPositionEmbeddings: 512,
      classifierDropout: 0.1,
      tieWordEmbeddings: true,
      numLabels: 2,
    });
    expect(
      readBertSettings({ model_type: 'bert', classifier_dropout: 0.3, pad_token_id: null }),
    ).toMatchObject({
      classifierDropout: 0.3,
      padTokenId: null,
    });
  });
});
