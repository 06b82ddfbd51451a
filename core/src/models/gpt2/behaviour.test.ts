import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from '../../runtime/backend.js';
import { tf } from '../../runtime/tf.js';
import type { PretrainedConfig } from '../config.js';
import { MASKED_SCORE } from '../inputs.js';
import { HF_TINY } from '../test-support/reference.js';
import type { GPT2Attention } from './index.js';
import { GPT2ForSequenceClassification, GPT2LMHeadModel, GPT2Model } from './index.js';
import { fixtureConfig } from '../test-support/fixtures.js';
import {
  expectDropoutOnlyInTraining,
  expectPrefixPreHooksApply,
  expectTrainableWithPrefix,
  maxDiff,
} from '../test-support/suite.js';

const folder = join(HF_TINY, 'gpt2_perturbed');
const inputIds = [
  [98, 15, 33, 47, 8, 91, 3],
  [98, 64, 12, 77, 3, 98, 98],
];
const attentionMask = [
  [1, 1, 1, 1, 1, 1, 1],
  [1, 1, 1, 1, 1, 0, 0],
];

/**
 * GPT-2 attention computed by hand from the module's weights: prefix keys first, visible to all
 * queries, then a causal mask over the module's own keys, plus an optional additive padding mask.
 */
function manualAttention(
  attention: GPT2Attention,
  x: tf.Tensor3D,
  prefix?: { key: tf.Tensor4D; value: tf.Tensor4D },
  mask?: tf.Tensor,
): tf.Tensor {
  return tf.tidy(() => {
    const [b, s, d] = x.shape;
    const h = attention.nHead;
    const hd = d / h;
    const qkv = tf.add(tf.matMul(x.reshape([b * s, d]), attention.cAttn.weight), attention.cAttn.bias);
    const heads = (i: number) =>
      qkv
        .slice([0, i * d], [b * s, d])
        .reshape([b, s, h, hd])
        .transpose([0, 2, 1, 3]);
    const q = heads(0);
    let k = heads(1);
    let v = heads(2);
    const p = prefix ? prefix.key.shape[2] : 0;
    if (prefix) {
      k = tf.concat([tf.broadcastTo(prefix.key, [b, h, p, hd]), k], 2);
      v = tf.concat([tf.broadcastTo(prefix.value, [b, h, p, hd]), v], 2);
    }
    const causal: number[] = [];
    for (let i = 0; i < s; i++) for (let j = 0; j < p + s; j++) causal.push(j - p > i ? MASKED_SCORE : 0);
    let scores = tf.add(
      tf.div(tf.matMul(q, k, false, true), Math.sqrt(hd)),
      tf.tensor4d(causal, [1, 1, s, p + s]),
    );
    if (mask) scores = tf.add(scores, tf.concat([tf.zeros([...mask.shape.slice(0, -1), p]), mask], -1));
    const ctx = tf
      .matMul(tf.softmax(scores), v)
      .transpose([0, 2, 1, 3])
      .reshape([b * s, d]);
    return tf.add(tf.matMul(ctx, attention.cProj.weight), attention.cProj.bias).reshape([b, s, d]);
  });
}

describe.each(['wasm', 'cpu'] as const)('GPT-2 behaviour on %s', (backend) => {
  let model: GPT2LMHeadModel;

  beforeAll(async () => {
    await selectBackend(backend);
    model = await GPT2LMHeadModel.fromPretrained(folder);
  });
  afterAll(() => model.dispose());

  it('applies dropout only in training mode', () => {
    expectDropoutOnlyInTraining(model, { inputIds }, (out) => out.logits!, 1e-4);
  });

  it('is causal: a later token never changes earlier positions', () => {
    tf.tidy(() => {
      const a = model.forward({ inputIds: [[98, 15, 33, 47]] }).lastHiddenState;
      const b = model.forward({ inputIds: [[98, 15, 33, 60]] }).lastHiddenState;
      expect(maxDiff(a.slice([0, 0, 0], [1, 3, -1]), b.slice([0, 0, 0], [1, 3, -1]))).toBeLessThan(1e-6);
      expect(maxDiff(a.slice([0, 3, 0], [1, 1, -1]), b.slice([0, 3, 0], [1, 1, -1]))).toBeGreaterThan(1e-3);
    });
  });

  it('honours the attention mask on keys', () => {
    tf.tidy(() => {
      // Masking the middle token changes the positions after it; the positions before are unaffected.
      const ids = [[98, 15, 33, 47, 8]];
      const plain = model.forward({ inputIds: ids }).lastHiddenState;
      const masked = model.forward({ inputIds: ids, attentionMask: [[1, 1, 0, 1, 1]] }).lastHiddenState;
      expect(maxDiff(plain.slice([0, 0, 0], [1, 2, -1]), masked.slice([0, 0, 0], [1, 2, -1]))).toBeLessThan(
        1e-6,
      );
      expect(
        maxDiff(plain.slice([0, 3, 0], [1, 2, -1]), masked.slice([0, 3, 0], [1, 2, -1])),
      ).toBeGreaterThan(1e-3);
      // An all-ones mask is the same as none.
      const ones = model.forward({ inputIds: ids, attentionMask: [[1, 1, 1, 1, 1]] }).lastHiddenState;
      expect(maxDiff(plain, ones)).toBeLessThan(1e-6);
    });
  });

  it('uses inputsEmbeds, explicit positionIds and tokenTypeIds as transformers does', () => {
    tf.tidy(() => {
      const wte = model.transformer.wte;
      const ids = tf.tensor2d(inputIds, undefined, 'int32');
      const a = model.forward({ inputIds, attentionMask }).logits!;
      const b = model.forward({ inputsEmbeds: wte.call(ids) as tf.Tensor3D, attentionMask }).logits!;
      expect(maxDiff(a, b)).toBeLessThan(1e-6);
      const positions = [
        [0, 1, 2, 3, 4, 5, 6],
        [0, 1, 2, 3, 4, 5, 6],
      ];
      expect(
        maxDiff(a, model.forward({ inputIds, attentionMask, positionIds: positions }).logits!),
      ).toBeLessThan(1e-6);
      const shifted = model.forward({
        inputIds,
        attentionMask,
        positionIds: [
          [1, 2, 3, 4, 5, 6, 7],
          [1, 2, 3, 4, 5, 6, 7],
        ],
      });
      expect(maxDiff(a, shifted.logits!)).toBeGreaterThan(1e-3);
      // Token type ids are embedded with wte and added.
      const types = [
        [5, 5, 5, 5, 5, 5, 5],
        [6, 6, 6, 6, 6, 6, 6],
      ];
      const withTypes = model.forward({ inputIds, attentionMask, tokenTypeIds: types }).logits!;
      const byHand = model.forward({
        inputsEmbeds: tf.add(wte.call(ids), wte.call(tf.tensor2d(types, undefined, 'int32'))) as tf.Tensor3D,
        attentionMask,
      }).logits!;
      expect(maxDiff(withTypes, byHand)).toBeLessThan(1e-5);
    });
  });

  it('prepends prefixKeyValue visible to every query, under a past-aware causal mask', () => {
    tf.tidy(() => {
      const attention = model.transformer.h.at(1).attn;
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
      expect(
        maxDiff(attention.call(x, { attentionMask: mask }), manualAttention(attention, x, undefined, mask)),
      ).toBeLessThan(1e-5);
      // Even the first query (which sees only itself among its own keys) is changed by the prefix.
      const first = (t: tf.Tensor) => t.slice([0, 0, 0], [2, 1, 32]);
      expect(maxDiff(first(withPrefix), first(attention.call(x, { attentionMask: mask })))).toBeGreaterThan(
        1e-3,
      );
      const empty = {
        key: tf.zeros([2, 4, 0, 8]) as tf.Tensor4D,
        value: tf.zeros([2, 4, 0, 8]) as tf.Tensor4D,
      };
      expect(maxDiff(attention.call(x, { prefixKeyValue: empty }), attention.call(x, {}))).toBe(0);
    });
  });

  it('lets a forward pre-hook attach a prefix to every block (how prefix tuning plugs in)', () => {
    const attentions = [...model.transformer.h].map((block) => block.attn);
    expectPrefixPreHooksApply(
      model,
      { inputIds, attentionMask },
      attentions,
      [1, 4, 2, 8],
      (out) => out.logits!,
    );
  });
});

describe('GPT-2 configuration options', () => {
  const config = (extra: Partial<PretrainedConfig> = {}): PretrainedConfig => ({
    model_type: 'gpt2',
    vocab_size: 99,
    n_embd: 32,
    n_layer: 2,
    n_head: 4,
    n_positions: 16,
    ...extra,
  });

  beforeAll(async () => {
    await selectBackend('wasm');
  });

  it('initialises like transformers, with the scaled residual projections', () => {
    const model = GPT2Model.fromConfig(config({ n_layer: 8, n_embd: 64, initializer_range: 0.05 }));
    expect(model.settings.nInner).toBe(256);
    const std = (t: tf.Tensor) => tf.tidy(() => tf.sqrt(tf.moments(t).variance).dataSync()[0]!);
    const block = model.h.at(3);
    expect(std(block.attn.cAttn.weight)).toBeCloseTo(0.05, 2);
    expect(std(block.attn.cProj.weight)).toBeCloseTo(0.05 / 4, 2);
    expect(std(block.mlp.cProj.weight)).toBeCloseTo(0.05 / 4, 2);
    expect(std(model.wte.weight)).toBeCloseTo(0.05, 2);
    expect(block.mlp.cFc.bias.dataSync().every((v) => v === 0)).toBe(true);
    expect(model.lnF.weight.dataSync().every((v) => v === 1)).toBe(true);
    model.dispose();
  });

  it('supports scale_attn_weights false and scale_attn_by_inverse_layer_idx', () => {
    const plain = GPT2Model.fromConfig(config());
    expect(plain.h.at(1).attn.scoreDivisor).toBeCloseTo(Math.sqrt(8), 6);
    plain.dispose();
    const inverse = GPT2Model.fromConfig(config({ scale_attn_by_inverse_layer_idx: true }));
    expect(inverse.h.at(1).attn.scoreDivisor).toBeCloseTo(Math.sqrt(8) * 2, 6);
    inverse.dispose();
    const unscaled = GPT2Model.fromConfig(config({ scale_attn_weights: false }));
    expect(unscaled.h.at(1).attn.scoreDivisor).toBe(1);
    unscaled.dispose();
  });

  it('rejects inconsistent configs and over-long inputs with typed errors', () => {
    expect(() => GPT2Model.fromConfig(config({ n_head: 5 }))).toThrow(/multiple of n_head/);
    expect(() => GPT2Model.fromConfig(config({ add_cross_attention: true }))).toThrow(/add_cross_attention/);
    const model = GPT2Model.fromConfig(config());
    expect(() => model.forward({ inputIds: [Array.from({ length: 17 }, () => 1)] })).toThrow(/n_positions/);
    model.dispose();
  });
});

describe('GPT-2 training support', () => {
  beforeAll(async () => {
    await selectBackend('wasm');
  });

  it('leaks no tensors and gives gradients to every parameter and to a prefix', () => {
    const model = GPT2ForSequenceClassification.fromConfig({
      ...fixtureConfig('gpt2_perturbed'),
      num_labels: 3,
    }).eval();
    expectTrainableWithPrefix(
      model,
      { inputIds, attentionMask },
      model.transformer.h.at(0).attn,
      [1, 4, 2, 8],
      (out) => tf.sum(out.logits!),
    );
  });
});
