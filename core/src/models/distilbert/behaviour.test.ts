import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from '../../runtime/backend.js';
import { tf } from '../../runtime/tf.js';
import type { PretrainedConfig } from '../config.js';
import { MASKED_SCORE } from '../inputs.js';
import { HF_TINY } from '../test-support/reference.js';
import { sinusoidalPositionTable } from './embeddings.js';
import type { MultiHeadSelfAttention } from './index.js';
import { DistilBertForMaskedLM, DistilBertModel } from './index.js';
import { fixtureConfig } from '../test-support/fixtures.js';
import {
  expectDropoutOnlyInTraining,
  expectPrefixPreHooksApply,
  expectTrainableWithPrefix,
  maxDiff,
} from '../test-support/suite.js';

const folder = join(HF_TINY, 'distilbert_perturbed');
const inputIds = [
  [2, 15, 33, 47, 8, 91, 3],
  [2, 64, 12, 77, 3, 0, 0],
];
const attentionMask = [
  [1, 1, 1, 1, 1, 1, 1],
  [1, 1, 1, 1, 1, 0, 0],
];

/** Attention computed by hand from the module's weights, with optional prefix and additive mask. */
function manualAttention(
  attention: MultiHeadSelfAttention,
  x: tf.Tensor3D,
  prefix?: { key: tf.Tensor4D; value: tf.Tensor4D },
  mask?: tf.Tensor,
): tf.Tensor {
  return tf.tidy(() => {
    const [b, s, d] = x.shape;
    const h = attention.nHeads;
    const hd = d / h;
    const project = (l: { weight: tf.Tensor; bias?: tf.Tensor }) =>
      tf
        .add(tf.matMul(x.reshape([b * s, d]), l.weight, false, true), l.bias!)
        .reshape([b, s, h, hd])
        .transpose([0, 2, 1, 3]);
    const q = project(attention.qLin);
    let k = project(attention.kLin);
    let v = project(attention.vLin);
    let fullMask = mask;
    if (prefix) {
      const p = prefix.key.shape[2];
      k = tf.concat([tf.broadcastTo(prefix.key, [b, h, p, hd]), k], 2);
      v = tf.concat([tf.broadcastTo(prefix.value, [b, h, p, hd]), v], 2);
      if (mask) fullMask = tf.concat([tf.zeros([...mask.shape.slice(0, -1), p]), mask], -1);
    }
    let scores = tf.div(tf.matMul(q, k, false, true), Math.sqrt(hd));
    if (fullMask) scores = tf.add(scores, fullMask);
    const ctx = tf
      .matMul(tf.softmax(scores), v)
      .transpose([0, 2, 1, 3])
      .reshape([b * s, d]);
    return tf
      .add(tf.matMul(ctx, attention.outLin.weight, false, true), attention.outLin.bias!)
      .reshape([b, s, d]);
  });
}

describe.each(['wasm', 'cpu'] as const)('DistilBERT behaviour on %s', (backend) => {
  let model: DistilBertModel;

  beforeAll(async () => {
    await selectBackend(backend);
    model = await DistilBertModel.fromPretrained(folder);
  });
  afterAll(() => model.dispose());

  it('applies dropout only in training mode', () => {
    expectDropoutOnlyInTraining(model, { inputIds }, (out) => out.lastHiddenState, 1e-3);
  });

  it('honours the attention mask: masked tokens do not affect the others', () => {
    tf.tidy(() => {
      const changed = [inputIds[0]!, [2, 64, 12, 77, 3, 55, 81]];
      const a = model.forward({ inputIds, attentionMask }).lastHiddenState;
      const b = model.forward({ inputIds: changed, attentionMask }).lastHiddenState;
      const unmasked = (t: tf.Tensor3D) => t.slice([1, 0, 0], [1, 5, -1]);
      expect(maxDiff(unmasked(a), unmasked(b))).toBeLessThan(1e-5);
      const c = model.forward({ inputIds: changed }).lastHiddenState;
      expect(maxDiff(unmasked(a), unmasked(c))).toBeGreaterThan(1e-3);
      // An all-ones mask is the same as none.
      const ones = model.forward({
        inputIds,
        attentionMask: [
          [1, 1, 1, 1, 1, 1, 1],
          [1, 1, 1, 1, 1, 1, 1],
        ],
      });
      expect(maxDiff(ones.lastHiddenState, model.forward({ inputIds }).lastHiddenState)).toBeLessThan(1e-6);
    });
  });

  it('uses inputsEmbeds instead of the word embeddings when given', () => {
    tf.tidy(() => {
      const embeds = model.embeddings.wordEmbeddings.call(
        tf.tensor2d(inputIds, undefined, 'int32'),
      ) as tf.Tensor3D;
      const a = model.forward({ inputIds, attentionMask }).lastHiddenState;
      const b = model.forward({ inputsEmbeds: embeds, attentionMask }).lastHiddenState;
      expect(maxDiff(a, b)).toBeLessThan(1e-6);
    });
  });

  it('prepends prefixKeyValue to keys and values, visible to every query', () => {
    tf.tidy(() => {
      const attention = model.transformer.layer.at(0).attention;
      const x = tf.randomNormal([2, 7, 32], 0, 1, 'float32', 1) as tf.Tensor3D;
      const prefix = {
        key: tf.randomNormal([2, 4, 3, 8], 0, 1, 'float32', 2) as tf.Tensor4D,
        value: tf.randomNormal([2, 4, 3, 8], 0, 1, 'float32', 3) as tf.Tensor4D,
      };
      const mask = tf.tensor4d(
        [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, MASKED_SCORE, MASKED_SCORE],
        [2, 1, 1, 7],
      );
      const withPrefix = attention.call(x, { attentionMask: mask, prefixKeyValue: prefix });
      expect(withPrefix.shape).toEqual([2, 7, 32]);
      expect(maxDiff(withPrefix, manualAttention(attention, x, prefix, mask))).toBeLessThan(1e-5);
      expect(maxDiff(withPrefix, attention.call(x, { attentionMask: mask }))).toBeGreaterThan(1e-3);
      // Without a prefix the module equals the manual computation too.
      expect(
        maxDiff(attention.call(x, { attentionMask: mask }), manualAttention(attention, x, undefined, mask)),
      ).toBeLessThan(1e-5);
      // An empty prefix changes nothing; a batch-1 prefix is shared by every row.
      const empty = {
        key: tf.zeros([2, 4, 0, 8]) as tf.Tensor4D,
        value: tf.zeros([2, 4, 0, 8]) as tf.Tensor4D,
      };
      expect(
        maxDiff(
          attention.call(x, { attentionMask: mask, prefixKeyValue: empty }),
          attention.call(x, { attentionMask: mask }),
        ),
      ).toBe(0);
      const one = {
        key: prefix.key.slice([0], [1]) as tf.Tensor4D,
        value: prefix.value.slice([0], [1]) as tf.Tensor4D,
      };
      const tiled = {
        key: tf.concat([one.key, one.key]) as tf.Tensor4D,
        value: tf.concat([one.value, one.value]) as tf.Tensor4D,
      };
      expect(
        maxDiff(attention.call(x, { prefixKeyValue: one }), attention.call(x, { prefixKeyValue: tiled })),
      ).toBeLessThan(1e-6);
      expect(() =>
        attention.call(x, {
          prefixKeyValue: { key: tf.zeros([2, 3, 1, 8]), value: tf.zeros([2, 3, 1, 8]) } as never,
        }),
      ).toThrow(/prefixKeyValue\.key/);
    });
  });

  it('lets a forward pre-hook attach a prefix to every layer (how prefix tuning plugs in)', () => {
    const attentions = [...model.transformer.layer].map((block) => block.attention);
    expectPrefixPreHooksApply(
      model,
      { inputIds, attentionMask },
      attentions,
      [1, 4, 2, 8],
      (out) => out.lastHiddenState,
    );
  });
});

describe('DistilBERT configuration options', () => {
  const config = (extra: Partial<PretrainedConfig> = {}): PretrainedConfig => ({
    model_type: 'distilbert',
    vocab_size: 99,
    dim: 32,
    hidden_dim: 37,
    n_layers: 2,
    n_heads: 4,
    max_position_embeddings: 64,
    ...extra,
  });

  beforeAll(async () => {
    await selectBackend('wasm');
  });

  it('initialises like transformers (normal weights, zero biases, unit norms, zero padding row)', () => {
    const model = DistilBertModel.fromConfig(config({ initializer_range: 0.05 }));
    const words = model.embeddings.wordEmbeddings.weight;
    expect(Math.abs(tf.tidy(() => tf.sum(tf.abs(words.slice([0], [1]))).dataSync()[0]!))).toBe(0);
    const lin1 = model.transformer.layer.at(1).ffn.lin1;
    const std = tf.tidy(() => tf.sqrt(tf.moments(lin1.weight).variance).dataSync()[0]!);
    expect(std).toBeGreaterThan(0.04);
    expect(std).toBeLessThan(0.06);
    expect(lin1.bias!.dataSync().every((v) => v === 0)).toBe(true);
    expect(model.embeddings.layerNorm.weight.dataSync().every((v) => v === 1)).toBe(true);
    model.dispose();
  });

  it('supports fixed sinusoidal position embeddings', () => {
    const model = DistilBertModel.fromConfig(config({ sinusoidal_pos_embds: true }));
    const positions = model.embeddings.positionEmbeddings.weight;
    expect(positions.trainable).toBe(false);
    expect(model.trainableVariables()).not.toContain(positions);
    const table = sinusoidalPositionTable(64, 32);
    expect(table[1 * 32 + 0]).toBeCloseTo(Math.sin(1), 6);
    expect(table[1 * 32 + 1]).toBeCloseTo(Math.cos(1), 6);
    expect(table[3 * 32 + 2]).toBeCloseTo(Math.sin(3 / Math.pow(10000, 2 / 32)), 6);
    expect(Array.from(positions.dataSync())).toEqual(Array.from(table));
    model.dispose();
  });

  it('rejects inconsistent configs and over-long inputs with typed errors', () => {
    expect(() => DistilBertModel.fromConfig(config({ n_heads: 5 }))).toThrow(/multiple of n_heads/);
    const model = DistilBertModel.fromConfig(config({ max_position_embeddings: 4 }));
    expect(() => model.forward({ inputIds: [[1, 2, 3, 4, 5]] })).toThrow(/max_position_embeddings/);
    model.dispose();
  });
});

describe('DistilBERT training support', () => {
  beforeAll(async () => {
    await selectBackend('wasm');
  });

  it('leaks no tensors and gives gradients to every parameter and to a prefix', () => {
    const model = DistilBertForMaskedLM.fromConfig(fixtureConfig('distilbert_perturbed')).eval();
    expectTrainableWithPrefix(
      model,
      { inputIds, attentionMask },
      model.distilbert.transformer.layer.at(1).attention,
      [1, 4, 2, 8],
      (out) => tf.sum(tf.square(out.logits!)),
    );
  });
});
