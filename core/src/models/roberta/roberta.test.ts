import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { withoutRandomInit } from '../../nn/init.js';
import { selectBackend } from '../../runtime/backend.js';
import { tf } from '../../runtime/tf.js';
import type { PretrainedConfig } from '../config.js';
import { HF_TINY, lastHiddenStateDiff, readReference } from '../test-support/reference.js';
import { BertModel } from '../bert/index.js';
import { referenceInputs } from '../test-support/fixtures.js';
import { describeBertFamily } from '../bert/test-support/family-suite.js';
import {
  RobertaEmbeddings,
  RobertaForMaskedLM,
  RobertaForSequenceClassification,
  RobertaModel,
  createPositionIdsFromInputIds,
  createPositionIdsFromInputsEmbeds,
} from './index.js';

describeBertFamily({
  arch: 'roberta',
  prefix: 'roberta',
  base: RobertaModel,
  maskedLM: RobertaForMaskedLM,
  sequenceClassification: RobertaForSequenceClassification,
  maskedLMHeadKeys: [
    'lm_head.bias',
    'lm_head.dense.weight',
    'lm_head.dense.bias',
    'lm_head.layer_norm.weight',
    'lm_head.layer_norm.bias',
    'lm_head.decoder.weight',
    'lm_head.decoder.bias',
  ],
  maskedLMTiedKeys: ['lm_head.decoder.weight', 'lm_head.decoder.bias'],
  maskedLMHeadModules: {
    lm_head: 'RobertaLMHead',
    'lm_head.dense': 'Linear',
    'lm_head.layer_norm': 'LayerNorm',
    'lm_head.decoder': 'Linear',
  },
  sequenceClassificationHeadModules: {
    classifier: 'RobertaClassificationHead',
    'classifier.dense': 'Linear',
    'classifier.dropout': 'Dropout',
    'classifier.out_proj': 'Linear',
  },
  sequenceClassificationHasPooler: false,
  realModels: {
    'roberta-base': {
      RobertaModel: (config: PretrainedConfig) => new RobertaModel(config),
      'RobertaModel(add_pooling_layer=False)': (config: PretrainedConfig) =>
        new RobertaModel(config, { addPoolingLayer: false }),
      RobertaForMaskedLM: (config: PretrainedConfig) => new RobertaForMaskedLM(config),
    },
  },
});

describe('RoBERTa specifics', () => {
  const quiet = { onWarning: () => {} };

  beforeAll(async () => {
    await selectBackend('wasm');
  });

  it('position ids count non-padding tokens from padding_idx + 1 (create_position_ids_from_input_ids)', () => {
    const ids = tf.tensor2d(
      [
        [0, 5, 6, 2, 1, 1],
        [1, 4, 1, 6, 2, 1],
      ],
      undefined,
      'int32',
    );
    expect(createPositionIdsFromInputIds(ids, 1).arraySync()).toEqual([
      [2, 3, 4, 5, 1, 1],
      [1, 2, 1, 3, 4, 1],
    ]);
    expect(createPositionIdsFromInputsEmbeds(4, 1).arraySync()).toEqual([[2, 3, 4, 5]]);
  });

  it('the position table has a zero padding row and RoBERTa defaults apply', () => {
    const model = RobertaModel.fromConfig({
      model_type: 'roberta',
      num_hidden_layers: 1,
      hidden_size: 32,
      num_attention_heads: 2,
      vocab_size: 50,
      max_position_embeddings: 20,
    });
    expect(model.embeddings).toBeInstanceOf(RobertaEmbeddings);
    expect(model.embeddings.typeName).toBe('RobertaEmbeddings');
    expect(model.embeddings.position_embeddings.paddingIdx).toBe(1);
    expect(model.settings).toMatchObject({ padTokenId: 1, layerNormEps: 1e-12, typeVocabSize: 2 });
    const row = model.embeddings.position_embeddings.weight.slice([1, 0], [1, 32]).dataSync();
    expect([...row].every((v) => v === 0)).toBe(true);
    // 20 positions minus padding_idx + 1 leave room for 18 tokens.
    expect(() => model.forward({ inputIds: tf.fill([1, 19], 5, 'int32') })).toThrow(
      expect.objectContaining({ code: 'SEQUENCE_TOO_LONG' }),
    );
    model.dispose();
  });

  it('explicit position ids override the padding-aware default', async () => {
    const ref = readReference('roberta_perturbed');
    const model = await RobertaModel.fromPretrained(join(HF_TINY, 'roberta_perturbed'), quiet);
    const positionIds = createPositionIdsFromInputIds(referenceInputs(ref).inputIds as tf.Tensor2D, 1);
    const same = model.forward({ ...referenceInputs(ref), positionIds });
    expect(lastHiddenStateDiff(same, ref)).toBeLessThan(1e-4);
    // BERT-style positions (0, 1, 2...) are not what RoBERTa was trained with: different outputs.
    const bertStyle = model.forward({
      ...referenceInputs(ref),
      positionIds: tf.range(0, 7, 1, 'int32').tile([2]).reshape([2, 7]),
    });
    expect(lastHiddenStateDiff(bertStyle, ref)).toBeGreaterThan(1e-3);
    model.dispose();
  });

  it('reuses the BERT implementation under Roberta type names', () => {
    const model = withoutRandomInit(
      () =>
        new RobertaModel({
          model_type: 'roberta',
          num_hidden_layers: 1,
          hidden_size: 8,
          num_attention_heads: 2,
          vocab_size: 10,
          intermediate_size: 16,
        }),
    );
    expect(model).toBeInstanceOf(BertModel);
    const types = new Set([...model.namedModules()].map(([, m]) => m.typeName));
    for (const type of types) expect(type.startsWith('Bert'), type).toBe(false);
    expect(types).toContain('RobertaPooler');
    expect(RobertaModel.modelType).toBe('roberta');
    expect(model.baseModelPrefix).toBe('roberta');
    model.dispose();
  });
});
