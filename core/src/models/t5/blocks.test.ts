import { beforeAll, describe, expect, it } from 'vitest';
import { DeltahubError } from '../../errors.js';
import { geluNew } from '../../nn/activations.js';
import type { Linear } from '../../nn/linear.js';
import { selectBackend } from '../../runtime/backend.js';
import { tf } from '../../runtime/tf.js';
import { AutoModel } from '../auto.js';
import type { PretrainedConfig } from '../config.js';
import { additiveCausalMask, additivePaddingMask } from '../inputs.js';
import {
  readT5Config,
  relativePositionBucket,
  t5ShiftTokensRight,
  T5Attention,
  T5DenseGatedActDense,
  T5EncoderModel,
  T5ForConditionalGeneration,
  T5Model,
  type T5PrefixKeyValue,
  type T5AttentionOptions,
} from './index.js';
import { fixtureConfig } from '../test-support/fixtures.js';
import { maxDiff } from '../test-support/suite.js';

const BIDIRECTIONAL_32_128 =
  '15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,12,12,12,12,12,12,12,12,12,12,12,12,12,12,11,11,11,11,11,11,11,11,11,10,10,10,10,10,10,10,9,9,9,9,8,8,8,8,7,6,5,4,3,2,1,0,17,18,19,20,21,22,23,24,24,24,24,25,25,25,25,26,26,26,26,26,26,26,27,27,27,27,27,27,27,27,27,28,28,28,28,28,28,28,28,28,28,28,28,28,28,29,29,29,29,29,29,29,29,29,29,29,29,29,29,29,29,29,29,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31';
const UNIDIRECTIONAL_32_128 =
  '31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,30,30,30,30,30,30,30,30,30,30,30,30,30,30,29,29,29,29,29,29,29,29,29,29,29,29,28,28,28,28,28,28,28,28,28,28,27,27,27,27,27,27,27,27,27,27,26,26,26,26,26,26,26,26,25,25,25,25,25,25,25,24,24,24,24,24,24,23,23,23,23,23,23,22,22,22,22,22,21,21,21,21,20,20,20,20,19,19,19,18,18,18,17,17,16,16,16,15,14,13,12,11,10,9,8,7,6,5,4,3,2,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0';

const TINY = fixtureConfig('t5');
const IDS = [
  [15, 33, 47, 8, 91, 3, 1],
  [64, 12, 77, 3, 1, 0, 0],
];
const MASK = [
  [1, 1, 1, 1, 1, 1, 1],
  [1, 1, 1, 1, 1, 0, 0],
];
const DECODER_IDS = [
  [0, 21, 5, 60, 44],
  [0, 9, 81, 1, 0],
];

/** Row `[batch, position]` of a `[batch, seq, hidden]` tensor. */
function row(t: tf.Tensor, batch: number, position: number): tf.Tensor {
  return tf.slice(t, [batch, position, 0], [1, 1, -1]);
}

describe('relative position buckets', () => {
  it("match transformers' _relative_position_bucket (32 buckets, max distance 128), offsets -140..140", () => {
    const offsets = Array.from({ length: 281 }, (_, i) => i - 140);
    expect(offsets.map((r) => relativePositionBucket(r, true, 32, 128)).join(',')).toBe(BIDIRECTIONAL_32_128);
    expect(offsets.map((r) => relativePositionBucket(r, false, 32, 128)).join(',')).toBe(
      UNIDIRECTIONAL_32_128,
    );
  });

  it('handle the fixture setting (8 buckets) and the exact float32 boundaries', () => {
    const offsets = Array.from({ length: 21 }, (_, i) => i - 10);
    expect(offsets.map((r) => relativePositionBucket(r, true, 8, 128))).toEqual([
      2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 0, 5, 6, 6, 6, 6, 6, 6, 6, 6, 6,
    ]);
    expect(offsets.map((r) => relativePositionBucket(r, false, 8, 128))).toEqual([
      5, 4, 4, 4, 4, 4, 4, 3, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ]);
    // log(64/8)/log(16)*8 is exactly 6 in float32: bucket 8 + 6 (bidirectional, positive side 16 + 14).
    expect(relativePositionBucket(64, true)).toBe(30);
    expect(relativePositionBucket(63, true)).toBe(29);
  });
});

describe.each(['wasm', 'cpu'] as const)('T5 building blocks on %s', (backend) => {
  beforeAll(async () => {
    await selectBackend(backend);
  });

  const settings = readT5Config(TINY);

  it('computeBias reads relative_attention_bias at the bucket of each (query, key) pair', () => {
    const attention = new T5Attention(settings, { isDecoder: false, hasRelativeAttentionBias: true }).eval();
    const bias = attention.computeBias(3, 5);
    expect(bias.shape).toEqual([1, 4, 3, 5]);
    const table = attention.relativeAttentionBias!.weight.arraySync() as number[][];
    const values = bias.arraySync() as number[][][][];
    for (let h = 0; h < 4; h++) {
      for (let i = 0; i < 3; i++) {
        for (let j = 0; j < 5; j++) {
          expect(values[0]![h]![i]![j]).toBeCloseTo(
            table[relativePositionBucket(j - i, true, 8, 128)]![h]!,
            6,
          );
        }
      }
    }
    // Blocks after the first have no table: their own bias is zeros.
    const plain = new T5Attention(settings, { isDecoder: false, hasRelativeAttentionBias: false });
    expect(plain.computeBias(2, 3).arraySync()).toEqual(tf.zeros([1, 4, 2, 3]).arraySync());
    expect([...plain.namedModules()].map(([n]) => n)).toEqual(['', 'q', 'k', 'v', 'o']);
    attention.dispose();
    plain.dispose();
  });

  it('prefixKeyValue on self-attention is a past: queries after the prefix in the position bias, mask extended with zeros', () => {
    const attention = new T5Attention(settings, { isDecoder: false, hasRelativeAttentionBias: true }).eval();
    const [batch, seq, p, heads, dKv] = [2, 4, 3, 4, 8];
    const x = tf.randomNormal([batch, seq, 32]) as tf.Tensor3D;
    const prefix: T5PrefixKeyValue = {
      key: tf.randomNormal([batch, heads, p, dKv]) as tf.Tensor4D,
      value: tf.randomNormal([batch, heads, p, dKv]) as tf.Tensor4D,
    };
    const mask = additivePaddingMask(
      tf.tensor2d([
        [1, 1, 1, 1],
        [1, 1, 0, 0],
      ]),
    );
    const actual = attention.forward(x, { attentionMask: mask, prefixKeyValue: prefix });
    expect(actual.shape).toEqual([batch, seq, 32]);

    const weight = (name: string): tf.Tensor2D =>
      (attention.getSubmodule(name) as Linear).weight as tf.Tensor2D;
    // transformers' compute_bias(p + seq, p + seq)[:, :, -seq:] plus the mask with p open positions in front.
    const pastBias = tf.tidy(() => {
      const full = attention.computeBias(p + seq, p + seq); // [1, h, p+q, p+k]
      return full.slice([0, 0, p, 0], [1, heads, seq, p + seq]);
    });
    expect(maxDiff(attention.computeBias(seq, p + seq, p), pastBias)).toBe(0);
    const bias = tf.add(pastBias, tf.concat([tf.zeros([batch, 1, 1, p]), mask], 3)); // [b, h, q, p+k]
    const outputs: tf.Tensor[] = [];
    for (let b = 0; b < batch; b++) {
      const xb = x.slice([b, 0, 0], [1, seq, 32]).reshape([seq, 32]) as tf.Tensor2D;
      const heads_: tf.Tensor[] = [];
      for (let h = 0; h < heads; h++) {
        const rows = (name: string) => weight(name).slice([h * dKv, 0], [dKv, 32]) as tf.Tensor2D;
        const q = tf.matMul(xb, rows('q'), false, true);
        const k = tf.concat([
          prefix.key.slice([b, h, 0, 0], [1, 1, p, dKv]).reshape([p, dKv]),
          tf.matMul(xb, rows('k'), false, true),
        ]);
        const v = tf.concat([
          prefix.value.slice([b, h, 0, 0], [1, 1, p, dKv]).reshape([p, dKv]),
          tf.matMul(xb, rows('v'), false, true),
        ]);
        const fullBias = bias.slice([b, h, 0, 0], [1, 1, seq, p + seq]).reshape([seq, p + seq]);
        const probs = tf.softmax(tf.add(tf.matMul(q, k as tf.Tensor2D, false, true), fullBias));
        heads_.push(tf.matMul(probs as tf.Tensor2D, v as tf.Tensor2D));
      }
      outputs.push(tf.matMul(tf.concat(heads_, 1) as tf.Tensor2D, weight('o'), false, true));
    }
    const expected = tf.stack(outputs);
    expect(maxDiff(actual, expected)).toBeLessThan(1e-5);

    // A shared position bias over the module's own keys only (the stack's) is recomputed, as in transformers.
    const shared = tf.add(attention.computeBias(seq, seq), mask);
    const viaShared = attention.forward(x, {
      positionBias: shared,
      attentionMask: mask,
      prefixKeyValue: prefix,
    });
    expect(maxDiff(viaShared, expected)).toBeLessThan(1e-5);
    // One that covers the prefix is used as given: the mask is not added twice.
    const viaBias = attention.forward(x, { positionBias: bias, prefixKeyValue: prefix });
    expect(maxDiff(viaBias, expected)).toBeLessThan(1e-5);
    attention.dispose();
  });

  it('prefix positions stay visible to every decoder query under the causal mask', () => {
    const attention = new T5Attention(settings, { isDecoder: true, hasRelativeAttentionBias: true }).eval();
    const x = tf.randomNormal([1, 3, 32]) as tf.Tensor3D;
    const causal = additiveCausalMask(3);
    const key = tf.randomNormal([1, 4, 2, 8]) as tf.Tensor4D;
    const options = (value: tf.Tensor4D): T5AttentionOptions => ({
      attentionMask: causal,
      prefixKeyValue: { key, value },
    });
    const a = attention.forward(x, options(tf.randomNormal([1, 4, 2, 8])));
    const b = attention.forward(x, options(tf.randomNormal([1, 4, 2, 8])));
    // Query 0 sees only key 0 of its own, but both prefix positions: changing prefix values changes it.
    expect(maxDiff(row(a, 0, 0), row(b, 0, 0))).toBeGreaterThan(1e-3);
    // Without a prefix, query 0's output does not depend on later tokens (causality holds).
    const x2 = tf.concat([x.slice([0, 0, 0], [1, 1, 32]), tf.randomNormal([1, 2, 32])], 1) as tf.Tensor3D;
    const c = attention.forward(x, { attentionMask: causal });
    const d = attention.forward(x2, { attentionMask: causal });
    expect(maxDiff(row(c, 0, 0), row(d, 0, 0))).toBeLessThan(1e-6);
    attention.dispose();
  });

  it('a forward pre-hook can attach prefixKeyValue to a model attention (how prefix tuning plugs in)', () => {
    const model = T5Model.fromConfig(TINY).eval();
    const inputs = { inputIds: IDS, attentionMask: MASK, decoderInputIds: DECODER_IDS };
    const base = model.forward(inputs);
    const target = model.getSubmodule('decoder.block.1.layer.1.EncDecAttention') as T5Attention;
    const key = tf.randomNormal([2, 4, 3, 8]) as tf.Tensor4D;
    const value = tf.randomNormal([2, 4, 3, 8]) as tf.Tensor4D;
    const handle = target.registerForwardPreHook((_m, [hidden, options]) => [
      hidden,
      { ...options, prefixKeyValue: { key, value } },
    ]);
    const prefixed = model.forward(inputs);
    expect(prefixed.lastHiddenState.shape).toEqual(base.lastHiddenState.shape);
    expect(maxDiff(prefixed.lastHiddenState, base.lastHiddenState)).toBeGreaterThan(1e-4);
    expect(maxDiff(prefixed.encoderLastHiddenState!, base.encoderLastHiddenState!)).toBe(0);
    handle.remove();
    expect(maxDiff(model.forward(inputs).lastHiddenState, base.lastHiddenState)).toBe(0);
    model.dispose();
  });

  it('dropout is active only in training mode', () => {
    const model = T5ForConditionalGeneration.fromConfig(TINY);
    const inputs = { inputIds: IDS, attentionMask: MASK, decoderInputIds: DECODER_IDS };
    model.train();
    const a = model.forward(inputs).logits!;
    const b = model.forward(inputs).logits!;
    expect(maxDiff(a, b)).toBeGreaterThan(1e-4);
    model.eval();
    expect(maxDiff(model.forward(inputs).logits!, model.forward(inputs).logits!)).toBe(0);
    model.dispose();
  });

  it('honours the encoder mask, the decoder mask and causality', () => {
    const model = T5Model.fromConfig(TINY).eval();
    const base = model.forward({ inputIds: IDS, attentionMask: MASK, decoderInputIds: DECODER_IDS });
    // Changing padded source tokens changes nothing the mask lets through.
    const otherPads = [IDS[0]!, [64, 12, 77, 3, 1, 55, 66]];
    const repadded = model.forward({
      inputIds: otherPads,
      attentionMask: MASK,
      decoderInputIds: DECODER_IDS,
    });
    expect(maxDiff(repadded.lastHiddenState, base.lastHiddenState)).toBeLessThan(1e-5);
    expect(
      maxDiff(row(repadded.encoderLastHiddenState!, 1, 2), row(base.encoderLastHiddenState!, 1, 2)),
    ).toBeLessThan(1e-5);
    // Without the mask they do matter.
    const unmasked = model.forward({ inputIds: otherPads, decoderInputIds: DECODER_IDS });
    expect(maxDiff(unmasked.lastHiddenState, base.lastHiddenState)).toBeGreaterThan(1e-4);
    // Causality: the decoder's position 1 ignores later target tokens.
    const laterChanged = [[0, 21, 7, 7, 7], DECODER_IDS[1]!];
    const causal = model.forward({ inputIds: IDS, attentionMask: MASK, decoderInputIds: laterChanged });
    expect(maxDiff(row(causal.lastHiddenState, 0, 1), row(base.lastHiddenState, 0, 1))).toBeLessThan(1e-5);
    expect(maxDiff(row(causal.lastHiddenState, 0, 2), row(base.lastHiddenState, 0, 2))).toBeGreaterThan(1e-4);
    // decoderAttentionMask hides decoder padding from later queries... and from earlier ones, nothing changes.
    const decoderMask = [
      [1, 0, 1, 1, 1],
      [1, 1, 1, 1, 1],
    ];
    const withDecoderMask = model.forward({
      inputIds: IDS,
      attentionMask: MASK,
      decoderInputIds: DECODER_IDS,
      decoderAttentionMask: decoderMask,
    });
    expect(maxDiff(row(withDecoderMask.lastHiddenState, 0, 0), row(base.lastHiddenState, 0, 0))).toBeLessThan(
      1e-5,
    );
    expect(
      maxDiff(row(withDecoderMask.lastHiddenState, 0, 3), row(base.lastHiddenState, 0, 3)),
    ).toBeGreaterThan(1e-4);
    const otherMaskedToken = [[0, 99 - 1, 5, 60, 44], DECODER_IDS[1]!];
    const maskedChanged = model.forward({
      inputIds: IDS,
      attentionMask: MASK,
      decoderInputIds: otherMaskedToken,
      decoderAttentionMask: decoderMask,
    });
    expect(
      maxDiff(row(maskedChanged.lastHiddenState, 0, 3), row(withDecoderMask.lastHiddenState, 0, 3)),
    ).toBeLessThan(1e-5);
    model.dispose();
  });

  it('accepts inputsEmbeds / decoderInputsEmbeds instead of ids, and needs decoder inputs', () => {
    const model = T5ForConditionalGeneration.fromConfig(TINY).eval();
    const base = model.forward({ inputIds: IDS, attentionMask: MASK, decoderInputIds: DECODER_IDS });
    const embeds = model.shared.forward(tf.tensor2d(IDS, undefined, 'int32'));
    const decoderEmbeds = model.shared.forward(tf.tensor2d(DECODER_IDS, undefined, 'int32'));
    const viaEmbeds = model.forward({
      inputsEmbeds: embeds,
      attentionMask: MASK,
      decoderInputsEmbeds: decoderEmbeds,
    });
    expect(maxDiff(viaEmbeds.logits!, base.logits!)).toBeLessThan(1e-5);
    expect(() => model.forward({ inputIds: IDS })).toThrow(DeltahubError);
    expect(() => model.forward({ inputIds: IDS })).toThrow(/decoderInputIds or decoderInputsEmbeds/);
    const encoderOnly = T5EncoderModel.fromConfig(TINY).eval();
    expect(encoderOnly.forward({ inputsEmbeds: embeds, attentionMask: MASK }).lastHiddenState.shape).toEqual([
      2, 7, 32,
    ]);
    model.dispose();
    encoderOnly.dispose();
  });

  it('runs delta-style forward hooks on the projections (modules are invoked through call)', () => {
    const model = T5Model.fromConfig(TINY).eval();
    const seen: string[] = [];
    for (const path of [
      'encoder.block.1.layer.0.SelfAttention.q',
      'decoder.block.0.layer.2.DenseReluDense.wo',
      'shared',
      'decoder.embed_tokens',
    ]) {
      model.getSubmodule(path).registerForwardHook(() => void seen.push(path));
    }
    model.forward({ inputIds: IDS, decoderInputIds: DECODER_IDS });
    // `shared` itself is not called: each stack looks up through its own embed_tokens (same variable).
    expect(seen.sort()).toEqual([
      'decoder.block.0.layer.2.DenseReluDense.wo',
      'decoder.embed_tokens',
      'encoder.block.1.layer.0.SelfAttention.q',
    ]);
    model.dispose();
  });

  it('gated-gelu builds T5DenseGatedActDense (gelu_new) with the hand-computed parameter count', () => {
    const config: PretrainedConfig = {
      model_type: 't5',
      vocab_size: 50,
      d_model: 16,
      d_kv: 4,
      d_ff: 24,
      num_layers: 2,
      num_decoder_layers: 3,
      num_heads: 2,
      relative_attention_num_buckets: 8,
      feed_forward_proj: 'gated-gelu',
      tie_word_embeddings: false,
    };
    const model = T5ForConditionalGeneration.fromConfig(config).eval();
    const ff = model.getSubmodule('decoder.block.2.layer.2.DenseReluDense');
    expect(ff).toBeInstanceOf(T5DenseGatedActDense);
    expect([...ff.namedModules()].map(([n, m]) => `${n}:${m.typeName}`)).toEqual([
      ':T5DenseGatedActDense',
      'wi_0:Linear',
      'wi_1:Linear',
      'wo:Linear',
      'dropout:Dropout',
      'act:NewGELUActivation',
    ]);
    const [v, d, inner, f, heads, buckets] = [50, 16, 2 * 4, 24, 2, 8];
    const attention = 4 * d * inner; // q, k, v, o
    const ffn = 3 * d * f; // wi_0, wi_1, wo
    const encoderBlock = attention + ffn + 2 * d;
    const decoderBlock = 2 * attention + ffn + 3 * d;
    const expected =
      v * d + // shared
      2 * encoderBlock +
      buckets * heads +
      d + // encoder (+ relative bias in block 0, final norm)
      3 * decoderBlock +
      buckets * heads +
      d + // decoder
      v * d; // untied lm_head
    expect(model.numParameters()).toBe(expected);
    const out = model.forward({ inputIds: [[1, 2, 3]], decoderInputIds: [[0, 4]] });
    expect(out.logits!.shape).toEqual([1, 2, 50]);
    expect(out.lastHiddenState.shape).toEqual([1, 2, 16]);
    // Untied: logits = lm_head(h), with no d_model^-½ rescaling.
    const manual = tf.matMul(
      out.lastHiddenState.reshape([2, 16]) as tf.Tensor2D,
      model.lmHead.weight as tf.Tensor2D,
      false,
      true,
    );
    expect(maxDiff(out.logits!.reshape([2, 50]), manual)).toBeLessThan(1e-5);
    // The gated block itself: wo(gelu_new(wi_0 x) * wi_1 x).
    const x = tf.randomNormal([1, 3, 16]) as tf.Tensor3D;
    const w = (name: string) => (ff.getSubmodule(name) as Linear).weight as tf.Tensor2D;
    const flat = x.reshape([3, 16]) as tf.Tensor2D;
    const hidden = tf.mul(
      geluNew(tf.matMul(flat, w('wi_0'), false, true)),
      tf.matMul(flat, w('wi_1'), false, true),
    );
    const expectedFf = tf.matMul(hidden as tf.Tensor2D, w('wo'), false, true);
    expect(maxDiff((ff as T5DenseGatedActDense).forward(x).reshape([3, 16]), expectedFf)).toBeLessThan(1e-5);
    model.dispose();
  });

  it('reads feed_forward_proj like T5Config (gated-relu, explicit dense_act_fn wins, invalid values rejected)', () => {
    expect(readT5Config({ model_type: 't5', feed_forward_proj: 'gated-relu' })).toMatchObject({
      isGatedAct: true,
      denseActFn: 'relu',
    });
    expect(readT5Config({ model_type: 't5', feed_forward_proj: 'gated-gelu' })).toMatchObject({
      isGatedAct: true,
      denseActFn: 'gelu_new',
    });
    expect(readT5Config({ model_type: 't5' })).toMatchObject({
      isGatedAct: false,
      denseActFn: 'relu',
      numDecoderLayers: 6,
    });
    expect(readT5Config({ model_type: 't5', num_layers: 3, num_decoder_layers: null })).toMatchObject({
      numDecoderLayers: 3,
    });
    expect(readT5Config({ ...TINY, feed_forward_proj: 'gated-gelu' })).toMatchObject({
      isGatedAct: false,
      denseActFn: 'relu',
    });
    expect(() => readT5Config({ model_type: 't5', feed_forward_proj: 'relu-gelu' })).toThrow(
      /feed_forward_proj/,
    );
  });

  it("initWeights follows T5's factor-based _init_weights", () => {
    const config: PretrainedConfig = {
      model_type: 't5',
      vocab_size: 300,
      d_model: 64,
      d_kv: 16,
      d_ff: 256,
      num_layers: 1,
      num_decoder_layers: 1,
      num_heads: 4,
      initializer_factor: 2,
      tie_word_embeddings: false,
    };
    const model = T5ForConditionalGeneration.fromConfig(config);
    const std = (key: string): number =>
      tf.tidy(() => tf.moments(model.getParameter(key)).variance.sqrt().dataSync()[0]!);
    const expectStd = (key: string, expected: number): void => {
      const actual = std(key);
      expect(Math.abs(actual - expected) / expected, `${key}: std ${actual} vs ${expected}`).toBeLessThan(
        0.08,
      );
    };
    expectStd('shared.weight', 2);
    expectStd('lm_head.weight', 2);
    expectStd('encoder.block.0.layer.0.SelfAttention.q.weight', 2 * (64 * 16) ** -0.5);
    expectStd('encoder.block.0.layer.0.SelfAttention.k.weight', 2 * 64 ** -0.5);
    expectStd('decoder.block.0.layer.1.EncDecAttention.v.weight', 2 * 64 ** -0.5);
    expectStd('decoder.block.0.layer.0.SelfAttention.o.weight', 2 * (4 * 16) ** -0.5);
    expectStd('decoder.block.0.layer.2.DenseReluDense.wi.weight', 2 * 64 ** -0.5);
    expectStd('decoder.block.0.layer.2.DenseReluDense.wo.weight', 2 * 256 ** -0.5);
    expect(
      model.getParameter('encoder.block.0.layer.0.SelfAttention.relative_attention_bias.weight').shape,
    ).toEqual([32, 4]);
    for (const key of ['encoder.final_layer_norm.weight', 'decoder.block.0.layer.1.layer_norm.weight']) {
      expect([...model.getParameter(key).dataSync()].every((x) => x === 2)).toBe(true);
    }
    model.dispose();
  });

  it('t5ShiftTokensRight prepends the start token and turns -100 into padding', () => {
    const shifted = t5ShiftTokensRight(
      tf.tensor2d(
        [
          [5, 6, 7],
          [8, -100, -100],
        ],
        undefined,
        'int32',
      ),
      0,
      0,
    );
    expect(shifted.arraySync()).toEqual([
      [0, 5, 6],
      [0, 8, 0],
    ]);
    const model = T5ForConditionalGeneration.fromConfig(TINY);
    expect(
      model.prepareDecoderInputIdsFromLabels(tf.tensor2d([[4, 1]], undefined, 'int32')).arraySync(),
    ).toEqual([[0, 4]]);
    model.dispose();
  });

  it('AutoModel.fromConfig builds T5Model', () => {
    const model = AutoModel.fromConfig(TINY);
    expect(model).toBeInstanceOf(T5Model);
    model.dispose();
  });
});
