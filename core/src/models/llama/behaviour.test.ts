import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeyValueCache } from '../../generation/cache.js';
import { selectBackend } from '../../runtime/backend.js';
import { tf } from '../../runtime/tf.js';
import type { PretrainedConfig } from '../config.js';
import { MASKED_SCORE } from '../inputs.js';
import { causalLMLoss } from '../lm-loss.js';
import { fixtureConfig } from '../test-support/fixtures.js';
import { HF_TINY } from '../test-support/reference.js';
import {
  expectDropoutOnlyInTraining,
  expectPrefixPreHooksApply,
  expectTrainableWithPrefix,
  maxDiff,
} from '../test-support/suite.js';
import { inverseFrequencies } from './rotary.js';
import {
  type LlamaAttention,
  LlamaForCausalLM,
  LlamaForSequenceClassification,
  LlamaModel,
  llamaSettings,
  MistralModel,
} from './index.js';

const inputIds = [
  [1, 15, 33, 47, 8, 91, 3],
  [1, 64, 12, 77, 3, 0, 0],
];
const attentionMask = [
  [1, 1, 1, 1, 1, 1, 1],
  [1, 1, 1, 1, 1, 0, 0],
];

/**
 * The attention written out as transformers does it: rotary on queries and keys at positions
 * 0…seq-1, key/value heads repeated (`repeat_kv`), prefix keys first, a causal (and sliding-window)
 * mask over the module's own keys, an additive padding mask.
 */
function manualAttention(
  attention: LlamaAttention,
  x: tf.Tensor3D,
  options: { prefix?: { key: tf.Tensor4D; value: tf.Tensor4D }; mask?: tf.Tensor; window?: number } = {},
): tf.Tensor {
  return tf.tidy(() => {
    const [b, s] = x.shape;
    const { numHeads: h, numKeyValueHeads: kv, headDim: hd } = attention;
    const project = (w: tf.Tensor, bias: tf.Tensor | undefined, heads: number) => {
      let y = tf.matMul(x.reshape([b * s, -1]), w, false, true);
      if (bias) y = tf.add(y, bias);
      return y.reshape([b, s, heads, hd]).transpose([0, 2, 1, 3]);
    };
    const inv = inverseFrequencies(hd, 10000, { type: 'default' }, 64);
    const angles: number[] = [];
    for (let p = 0; p < s; p++) for (let i = 0; i < hd; i++) angles.push(p * inv[i % (hd / 2)]!);
    const angle = tf.tensor4d(angles, [1, 1, s, hd]);
    const rotate = (t: tf.Tensor) => {
      const [t1, t2] = tf.split(t, 2, 3);
      return tf.add(tf.mul(t, tf.cos(angle)), tf.mul(tf.concat([tf.neg(t2!), t1!], 3), tf.sin(angle)));
    };
    const repeat = (t: tf.Tensor) =>
      tf.concat(
        Array.from({ length: h }, (_, head) =>
          t.slice([0, Math.floor(head / (h / kv)), 0, 0], [b, 1, -1, hd]),
        ),
        1,
      );
    const q = rotate(project(attention.qProj.weight, attention.qProj.bias, h));
    let k = repeat(rotate(project(attention.kProj.weight, attention.kProj.bias, kv)));
    let v = repeat(project(attention.vProj.weight, attention.vProj.bias, kv));
    const p = options.prefix ? options.prefix.key.shape[2] : 0;
    if (options.prefix) {
      k = tf.concat(
        [repeat(tf.broadcastTo(options.prefix.key, [b, kv, p, hd])).slice([0, 0, 0, 0], [b, h, p, hd]), k],
        2,
      );
      v = tf.concat(
        [repeat(tf.broadcastTo(options.prefix.value, [b, kv, p, hd])).slice([0, 0, 0, 0], [b, h, p, hd]), v],
        2,
      );
    }
    const causal: number[] = [];
    for (let i = 0; i < s; i++)
      for (let j = 0; j < p + s; j++) {
        const own = j - p;
        const hidden = own > i || (options.window !== undefined && own >= 0 && own <= i - options.window);
        causal.push(hidden ? MASKED_SCORE : 0);
      }
    let scores = tf.add(
      tf.div(tf.matMul(q, k, false, true), Math.sqrt(hd)),
      tf.tensor4d(causal, [1, 1, s, p + s]),
    );
    if (options.mask)
      scores = tf.add(
        scores,
        tf.concat([tf.zeros([...options.mask.shape.slice(0, -1), p]), options.mask], -1),
      );
    const context = tf
      .matMul(tf.softmax(scores), v)
      .transpose([0, 2, 1, 3])
      .reshape([b * s, h * hd]);
    return tf.matMul(context, attention.oProj.weight, false, true).reshape([b, s, -1]);
  });
}

describe.each(['wasm', 'cpu'] as const)('Llama behaviour on %s', (backend) => {
  let model: LlamaForCausalLM;
  beforeAll(async () => {
    await selectBackend(backend);
    model = await LlamaForCausalLM.fromPretrained(join(HF_TINY, 'llama_perturbed'));
  });
  afterAll(() => model.dispose());

  it('computes grouped-query attention as transformers (repeated key/value heads), with prefixes and masks', () => {
    tf.tidy(() => {
      const attention = model.model.layers.at(1).selfAttn;
      expect([attention.numHeads, attention.numKeyValueHeads, attention.headDim]).toEqual([4, 2, 8]);
      const x = tf.randomNormal([2, 7, 32], 0, 1, 'float32', 1) as tf.Tensor3D;
      const mask = tf.tensor4d(
        [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, MASKED_SCORE, MASKED_SCORE],
        [2, 1, 1, 7],
      );
      expect(
        maxDiff(attention.call(x, { attentionMask: mask }), manualAttention(attention, x, { mask })),
      ).toBeLessThan(1e-5);
      // A prefix has one key and value per key/value head (2 here), shared by the query heads.
      const prefix = {
        key: tf.randomNormal([1, 2, 3, 8], 0, 1, 'float32', 2) as tf.Tensor4D,
        value: tf.randomNormal([1, 2, 3, 8], 0, 1, 'float32', 3) as tf.Tensor4D,
      };
      const withPrefix = attention.call(x, { attentionMask: mask, prefixKeyValue: prefix });
      expect(maxDiff(withPrefix, manualAttention(attention, x, { prefix, mask }))).toBeLessThan(1e-5);
      expect(() =>
        attention.call(x, {
          prefixKeyValue: { key: tf.zeros([1, 4, 3, 8]), value: tf.zeros([1, 4, 3, 8]) } as never,
        }),
      ).toThrow(/prefixKeyValue.key has shape \[1, 4, 3, 8\]/);
    });
  });

  it('is causal: a later token never changes earlier positions', () => {
    tf.tidy(() => {
      const a = model.forward({ inputIds: [[1, 15, 33, 47]] }).lastHiddenState;
      const b = model.forward({ inputIds: [[1, 15, 33, 60]] }).lastHiddenState;
      expect(maxDiff(a.slice([0, 0, 0], [1, 3, -1]), b.slice([0, 0, 0], [1, 3, -1]))).toBeLessThan(1e-6);
      expect(maxDiff(a.slice([0, 3, 0], [1, 1, -1]), b.slice([0, 3, 0], [1, 1, -1]))).toBeGreaterThan(1e-3);
    });
  });

  it('decodes incrementally with a key/value cache exactly as the full forward', () => {
    const before = tf.memory().numTensors;
    const cache = new KeyValueCache();
    const ids = [1, 15, 33, 47, 8, 91, 3];
    const full = model.forward({ inputIds: [ids] });
    const steps: tf.Tensor[] = [];
    // The prompt's first 4 tokens at once, then one token per step.
    const chunks = [ids.slice(0, 4), ...ids.slice(4).map((id) => [id])];
    let seen = 0;
    for (const chunk of chunks) {
      seen += chunk.length;
      const step = model.forward({
        inputIds: [chunk],
        attentionMask: [Array(seen).fill(1)],
        pastKeyValues: cache,
      });
      steps.push(step.lastHiddenState);
      step.logits!.dispose();
      expect(cache.selfAttention(0).key.shape).toEqual([1, 2, seen, 8]);
      expect(cache.seqLength).toBe(seen);
    }
    expect(tf.tidy(() => maxDiff(tf.concat(steps, 1), full.lastHiddenState))).toBeLessThan(1e-5);
    tf.dispose([...steps, full.lastHiddenState, full.logits!]);
    cache.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('applies dropout only in training mode', () => {
    const dropping = LlamaForCausalLM.fromConfig({ ...fixtureConfig('llama'), attention_dropout: 0.5 });
    expectDropoutOnlyInTraining(dropping, { inputIds }, (out) => out.logits!, 1e-4);
    dropping.dispose();
  });

  it('lets a forward pre-hook attach a prefix to every layer (how prefix tuning plugs in)', () => {
    const attentions = [...model.model.layers].map((layer) => layer.selfAttn);
    expectPrefixPreHooksApply(
      model,
      { inputIds, attentionMask },
      attentions,
      [1, 2, 2, 8],
      (out) => out.logits!,
    );
  });
});

describe('Llama family configuration options', () => {
  const config = (extra: Partial<PretrainedConfig> = {}): PretrainedConfig => ({
    ...fixtureConfig('llama'),
    ...extra,
  });
  beforeAll(async () => {
    await selectBackend('wasm');
  });

  it('masks keys beyond Mistral’s sliding window, itself included in the window', () => {
    const mistral = MistralModel.fromConfig({
      ...config({ num_hidden_layers: 1, sliding_window: 3 }),
      model_type: 'mistral',
    });
    expect(mistral.layers.at(0).selfAttn.slidingWindow).toBe(3);
    tf.tidy(() => {
      const a = mistral.forward({ inputIds: [[5, 15, 33, 47, 8]] }).lastHiddenState;
      const b = mistral.forward({ inputIds: [[6, 15, 33, 47, 8]] }).lastHiddenState;
      // Position 2 still sees position 0 (window 3: positions 0, 1, 2); position 3 no longer does.
      expect(maxDiff(a.slice([0, 2, 0], [1, 1, -1]), b.slice([0, 2, 0], [1, 1, -1]))).toBeGreaterThan(1e-4);
      expect(maxDiff(a.slice([0, 3, 0], [1, 2, -1]), b.slice([0, 3, 0], [1, 2, -1]))).toBeLessThan(1e-6);
      const x = tf.randomNormal([1, 6, 32], 0, 1, 'float32', 4) as tf.Tensor3D;
      const attention = mistral.layers.at(0).selfAttn;
      expect(maxDiff(attention.call(x, {}), manualAttention(attention, x, { window: 3 }))).toBeLessThan(1e-5);
    });
    mistral.dispose();
    // Qwen2 slides only with use_sliding_window, from max_window_layers on; Llama never.
    const qwen = llamaSettings({
      ...config({ num_hidden_layers: 3, use_sliding_window: true, max_window_layers: 1, sliding_window: 4 }),
      model_type: 'qwen2',
    });
    expect(qwen.slidingWindows).toEqual([undefined, 4, 4]);
    expect(llamaSettings({ ...config({ sliding_window: 4 }), model_type: 'qwen2' }).slidingWindows).toEqual([
      undefined,
      undefined,
    ]);
    expect(llamaSettings(config({ sliding_window: 4 })).slidingWindows).toEqual([undefined, undefined]);
  });

  it('reads each family’s projection biases and head_dim', () => {
    expect(llamaSettings({ ...config(), model_type: 'qwen2' })).toMatchObject({
      qkvBias: true,
      outputBias: false,
    });
    expect(llamaSettings(config({ attention_bias: true, mlp_bias: true }))).toMatchObject({
      qkvBias: true,
      outputBias: true,
      mlpBias: true,
    });
    expect(llamaSettings({ ...config({ attention_bias: true }), model_type: 'mistral' })).toMatchObject({
      qkvBias: false,
      outputBias: false,
    });
    const wide = LlamaModel.fromConfig(config({ head_dim: 16 }));
    const attention = wide.layers.at(0).selfAttn;
    expect([
      attention.qProj.weight.shape,
      attention.kProj.weight.shape,
      attention.oProj.weight.shape,
    ]).toEqual([
      [64, 32],
      [32, 32],
      [32, 64],
    ]);
    expect(wide.forward({ inputIds }).lastHiddenState.shape).toEqual([2, 7, 32]);
    wide.dispose();
  });

  it('scales rotary frequencies as transformers’ linear, dynamic and llama3 rope types', () => {
    const plain = inverseFrequencies(64, 500000, { type: 'default' }, 8192);
    expect(plain[0]).toBe(1);
    expect(plain[1]).toBeCloseTo(500000 ** (-2 / 64), 12);
    // Dynamic NTK: unchanged up to max_position_embeddings, a larger base beyond.
    const dynamic = { type: 'dynamic', factor: 2 } as const;
    expect(inverseFrequencies(64, 10000, dynamic, 64, 64)).toEqual(
      inverseFrequencies(64, 10000, { type: 'default' }, 64),
    );
    const longer = inverseFrequencies(64, 10000, dynamic, 64, 128);
    const base = 10000 * ((2 * 128) / 64 - 1) ** (64 / 62);
    expect(longer[1]).toBeCloseTo(base ** Math.fround(-2 / 64), 12);
    // Llama 3: short wavelengths kept, long ones divided by the factor, the ones between interpolated.
    const llama3 = inverseFrequencies(
      64,
      500000,
      {
        type: 'llama3',
        factor: 32,
        lowFreqFactor: 1,
        highFreqFactor: 4,
        originalMaxPositionEmbeddings: 8192,
      },
      131072,
    );
    plain.forEach((f, i) => {
      const wavelen = (2 * Math.PI) / f;
      if (wavelen < 2048) expect(llama3[i]).toBe(f);
      else if (wavelen > 8192) expect(llama3[i]).toBeCloseTo(f / 32, 15);
      else {
        expect(llama3[i]).toBeGreaterThan(f / 32);
        expect(llama3[i]).toBeLessThan(f);
      }
    });
    expect(plain.some((f) => (2 * Math.PI) / f > 2048 && (2 * Math.PI) / f < 8192)).toBe(true);
  });

  it('rotates position p under linear scaling as the default rotation does position p / factor', () => {
    const linear = LlamaModel.fromConfig(config({ rope_scaling: { type: 'linear', factor: 2 } }));
    const plain = LlamaModel.fromConfig(config());
    tf.tidy(() => {
      const scaled = linear.layers
        .at(0)
        .selfAttn.rotaryEmb.call(tf.tensor2d([[0, 2, 4, 6]], undefined, 'int32'));
      const halved = plain.layers
        .at(0)
        .selfAttn.rotaryEmb.call(tf.tensor2d([[0, 1, 2, 3]], undefined, 'int32'));
      expect(maxDiff(scaled.cos, halved.cos)).toBeLessThan(1e-6);
      expect(maxDiff(scaled.sin, halved.sin)).toBeLessThan(1e-6);
    });
    linear.dispose();
    plain.dispose();
  });

  it('initialises like transformers', () => {
    const model = LlamaForCausalLM.fromConfig(
      config({ hidden_size: 64, intermediate_size: 256, initializer_range: 0.05 }),
    );
    const std = (t: tf.Tensor) => tf.tidy(() => tf.sqrt(tf.moments(t).variance).dataSync()[0]!);
    const layer = model.model.layers.at(1);
    expect(std(layer.selfAttn.qProj.weight)).toBeCloseTo(0.05, 2);
    expect(std(layer.mlp.downProj.weight)).toBeCloseTo(0.05, 2);
    expect(std(model.lmHead.weight)).toBeCloseTo(0.05, 2);
    // The padding row (pad_token_id 0) of the embeddings is zero.
    expect(
      tf.tidy(() => tf.max(tf.abs(model.model.embedTokens.weight.slice([0, 0], [1, -1]))).dataSync()[0]),
    ).toBe(0);
    expect(layer.inputLayernorm.weight.dataSync().every((v) => v === 1)).toBe(true);
    model.dispose();
  });

  it('rejects inconsistent configs with typed errors naming the key', () => {
    const code = expect.objectContaining({ code: 'CONFIG_INVALID' });
    expect(() => llamaSettings(config({ num_key_value_heads: 3 }))).toThrow(code);
    expect(() => llamaSettings(config({ num_key_value_heads: 3 }))).toThrow(/num_key_value_heads/);
    expect(() => llamaSettings(config({ num_attention_heads: 6 }))).toThrow(
      /hidden_size \(32\) is not a multiple/,
    );
    expect(() => llamaSettings(config({ rope_scaling: { rope_type: 'yarn', factor: 4 } }))).toThrow(
      /'yarn' is not supported/,
    );
    expect(() => llamaSettings(config({ rope_scaling: { type: 'linear' } }))).toThrow(/rope_scaling.factor/);
    expect(() =>
      llamaSettings(
        config({
          rope_scaling: {
            rope_type: 'llama3',
            factor: 8,
            low_freq_factor: 4,
            high_freq_factor: 1,
            original_max_position_embeddings: 8,
          },
        }),
      ),
    ).toThrow(/high_freq_factor/);
    expect(() => llamaSettings(config({ head_dim: 7 }))).toThrow(/even/);
    expect(() => llamaSettings({ ...config(), model_type: 'gpt2' })).toThrow(code);
  });
});

describe('Llama training support', () => {
  beforeAll(async () => {
    await selectBackend('wasm');
  });

  it('gives the same loss and gradients with gradient checkpointing', async () => {
    const model = await LlamaForCausalLM.fromPretrained(join(HF_TINY, 'llama_perturbed'));
    for (const parameter of model.parameters()) parameter.trainable = false;
    const trainable = [
      model.model.layers.at(0).selfAttn.qProj.weight,
      model.model.layers.at(1).mlp.downProj.weight,
    ];
    for (const parameter of trainable) parameter.trainable = true;
    const ids = tf.tensor2d(inputIds, undefined, 'int32');
    const step = () =>
      tf.tidy(() => {
        const { value, grads } = tf.variableGrads(
          () =>
            causalLMLoss(
              model.lmHead,
              model.model.forward({ inputIds: ids, attentionMask }).lastHiddenState,
              ids,
            ),
          trainable,
        );
        return { value: value.dataSync()[0]!, grads: trainable.map((p) => [...grads[p.name]!.dataSync()]) };
      });
    const plain = step();
    model.model.gradientCheckpointing = true;
    const checkpointed = step();
    expect(checkpointed.value).toBeCloseTo(plain.value, 5);
    checkpointed.grads.forEach((grad, i) =>
      grad.forEach((v, j) => expect(v).toBeCloseTo(plain.grads[i]![j]!, 5)),
    );
    expect(plain.grads[1]!.some((v) => Math.abs(v) > 1e-4)).toBe(true);
    ids.dispose();
    model.dispose();
  });

  it('leaks no tensors and gives gradients to every parameter and to a prefix', () => {
    const model = LlamaForSequenceClassification.fromConfig({
      ...fixtureConfig('llama_perturbed'),
      num_labels: 3,
    }).eval();
    expectTrainableWithPrefix(
      model,
      { inputIds, attentionMask },
      model.model.layers.at(0).selfAttn,
      [1, 2, 2, 8],
      (out) => tf.sum(out.logits!),
    );
  });
});
