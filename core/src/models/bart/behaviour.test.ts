import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Module } from '../../nn/module.js';
import { selectBackend } from '../../runtime/backend.js';
import { tf } from '../../runtime/tf.js';
import type { PretrainedConfig } from '../config.js';
import { additiveCausalMask, additivePaddingMask } from '../inputs.js';
import { readPretrainedConfig } from '../loading.js';
import { HF_TINY } from '../test-support/reference.js';
import { BartAttention, type BartAttentionOptions } from './attention.js';
import { shiftTokensRight } from './embeddings.js';
import { BartModel } from './index.js';
import { maxDiffSameShape as maxDiff } from '../test-support/suite.js';

const folder = join(HF_TINY, 'bart_perturbed');
const fixtures = join(HF_TINY, '..', 'deltas', 'opendelta');

const inputIds = [
  [0, 15, 33, 47, 8, 91, 2],
  [0, 64, 12, 77, 2, 1, 1],
];
const attentionMask = [
  [1, 1, 1, 1, 1, 1, 1],
  [1, 1, 1, 1, 1, 0, 0],
];
const decoderInputIds = [
  [2, 0, 21, 5, 60],
  [2, 0, 9, 81, 2],
];

describe.each(['wasm', 'cpu'] as const)('BART behaviour on %s', (backend) => {
  let model: BartModel;
  let config: PretrainedConfig;

  beforeAll(async () => {
    await selectBackend(backend);
    config = await readPretrainedConfig(folder);
    model = await BartModel.fromPretrained(folder);
  });

  afterAll(() => model.dispose());

  it('has the module tree of transformers 4.32 (named_modules of the OpenDelta fixture)', () => {
    const expected = JSON.parse(readFileSync(join(fixtures, 'bart_bitfit', 'expected.json'), 'utf8')) as {
      modules: string[];
    };
    expect([...model.namedModules()].map(([n]) => n)).toEqual(expected.modules);
    const types = new Map([...model.namedModules()].map(([n, m]) => [n, m.typeName]));
    expect(types.get('encoder')).toBe('BartEncoder');
    expect(types.get('decoder.embed_positions')).toBe('BartLearnedPositionalEmbedding');
    expect(types.get('decoder.layers.1.activation_fn')).toBe('GELUActivation');
    expect(model.encoder.embedTokens.weight).toBe(model.shared.weight);
    expect(model.decoder.embedTokens.weight).toBe(model.shared.weight);
    expect(model.encoder.embedPositions.weight.shape).toEqual([66, 32]);
  });

  it('dropout is active in training mode only', () => {
    const run = (): Float32Array =>
      tf.tidy(
        () =>
          model
            .forward({ inputIds, attentionMask, decoderInputIds })
            .lastHiddenState.dataSync() as Float32Array,
      );
    model.train();
    const a = run();
    const b = run();
    model.eval();
    const c = run();
    const d = run();
    expect(a).not.toEqual(b);
    expect(c).toEqual(d);
  });

  it('honours the encoder attention mask (masked tokens change nothing visible)', () => {
    tf.tidy(() => {
      const changed = inputIds.map((row) => [...row]);
      changed[1]![5] = 42;
      changed[1]![6] = 17;
      const a = model.forward({ inputIds, attentionMask, decoderInputIds });
      const b = model.forward({ inputIds: changed, attentionMask, decoderInputIds });
      expect(maxDiff(a.lastHiddenState, b.lastHiddenState)).toBeLessThan(1e-6);
      const visible = (t: tf.Tensor): tf.Tensor => t.slice([1, 0, 0], [1, 5, 32]);
      expect(maxDiff(visible(a.encoderLastHiddenState!), visible(b.encoderLastHiddenState!))).toBeLessThan(
        1e-6,
      );
      // Without the mask the same change does reach the decoder.
      const c = model.forward({ inputIds, decoderInputIds });
      const e = model.forward({ inputIds: changed, decoderInputIds });
      expect(maxDiff(c.lastHiddenState, e.lastHiddenState)).toBeGreaterThan(1e-4);
    });
  });

  it('decoder self-attention is causal and honours decoderAttentionMask', () => {
    tf.tidy(() => {
      const changed = decoderInputIds.map((row) => [...row]);
      changed[0]![4] = 77;
      const a = model.forward({ inputIds, attentionMask, decoderInputIds }).lastHiddenState;
      const b = model.forward({ inputIds, attentionMask, decoderInputIds: changed }).lastHiddenState;
      expect(maxDiff(a.slice([0, 0, 0], [1, 4, 32]), b.slice([0, 0, 0], [1, 4, 32]))).toBeLessThan(1e-6);
      expect(maxDiff(a.slice([0, 4, 0], [1, 1, 32]), b.slice([0, 4, 0], [1, 1, 32]))).toBeGreaterThan(1e-4);

      const decoderAttentionMask = [
        [1, 1, 0, 1, 1],
        [1, 1, 1, 1, 1],
      ];
      const changedMasked = decoderInputIds.map((row) => [...row]);
      changedMasked[0]![2] = 50;
      const c = model.forward({
        inputIds,
        attentionMask,
        decoderInputIds,
        decoderAttentionMask,
      }).lastHiddenState;
      const d = model.forward({
        inputIds,
        attentionMask,
        decoderInputIds: changedMasked,
        decoderAttentionMask,
      }).lastHiddenState;
      const rows = (t: tf.Tensor): tf.Tensor =>
        tf.concat([t.slice([0, 0, 0], [1, 2, 32]), t.slice([0, 3, 0], [1, 2, 32])], 1);
      expect(maxDiff(rows(c), rows(d))).toBeLessThan(1e-6);
    });
  });

  it('derives decoder inputs with shift_tokens_right when none are given', () => {
    tf.tidy(() => {
      const shifted = shiftTokensRight(tf.tensor2d(inputIds, undefined, 'int32'), 1, 2);
      expect(shifted.arraySync()).toEqual([
        [2, 0, 15, 33, 47, 8, 91],
        [2, 0, 64, 12, 77, 2, 1],
      ]);
      expect(shiftTokensRight(tf.tensor2d([[5, -100, 7]], undefined, 'int32'), 1, 2).arraySync()).toEqual([
        [2, 5, 1],
      ]);
      const derived = model.forward({ inputIds, attentionMask });
      const explicit = model.forward({ inputIds, attentionMask, decoderInputIds: shifted });
      expect(maxDiff(derived.lastHiddenState, explicit.lastHiddenState)).toBe(0);
    });
  });

  it('uses inputsEmbeds / decoderInputsEmbeds instead of the token embeddings', () => {
    tf.tidy(() => {
      const embeds = model.shared.call(tf.tensor2d(inputIds, undefined, 'int32')) as tf.Tensor3D;
      const decoderEmbeds = model.shared.call(
        tf.tensor2d(decoderInputIds, undefined, 'int32'),
      ) as tf.Tensor3D;
      const a = model.forward({ inputIds, attentionMask, decoderInputIds });
      const b = model.forward({ inputsEmbeds: embeds, attentionMask, decoderInputsEmbeds: decoderEmbeds });
      expect(maxDiff(a.lastHiddenState, b.lastHiddenState)).toBeLessThan(1e-6);
      expect(maxDiff(a.encoderLastHiddenState!, b.encoderLastHiddenState!)).toBeLessThan(1e-6);
    });
  });

  it('scale_embedding multiplies token embeddings (not given inputsEmbeds) by sqrt(d_model)', () => {
    const scaled = BartModel.fromConfig({ ...config, scale_embedding: true });
    scaled.loadStateDict(model.stateDict());
    scaled.eval();
    tf.tidy(() => {
      const ids = tf.tensor2d(inputIds, undefined, 'int32');
      const embeds = tf.mul(model.shared.call(ids), Math.sqrt(32)) as tf.Tensor3D;
      const a = scaled.forward({ inputIds, attentionMask, decoderInputIds });
      const b = model.forward({ inputsEmbeds: embeds, attentionMask, decoderInputIds });
      expect(maxDiff(a.encoderLastHiddenState!, b.encoderLastHiddenState!)).toBeLessThan(1e-5);
      const c = model.forward({ inputIds, attentionMask, decoderInputIds });
      expect(maxDiff(a.encoderLastHiddenState!, c.encoderLastHiddenState!)).toBeGreaterThan(1e-3);
    });
    scaled.dispose();
  });

  it('fires hooks on encoder.embed_tokens and layer submodules (called through call())', () => {
    const seen: string[] = [];
    const handles = [
      'encoder.embed_tokens',
      'decoder.embed_tokens',
      'shared',
      'encoder.layers.0.fc2',
      'decoder.layers.1.encoder_attn',
    ].map((path) => model.getSubmodule(path).registerForwardHook(() => void seen.push(path)));
    tf.tidy(() => {
      model.forward({ inputIds, attentionMask, decoderInputIds });
    });
    for (const h of handles) h.remove();
    // As in transformers, `shared` itself is never called: the stacks call their embed_tokens.
    expect(seen.sort()).toEqual([
      'decoder.embed_tokens',
      'decoder.layers.1.encoder_attn',
      'encoder.embed_tokens',
      'encoder.layers.0.fc2',
    ]);
  });

  it('a forward hook on encoder.layers.0.fc2 changes the output (adapter-style)', () => {
    tf.tidy(() => {
      const before = model.forward({ inputIds, attentionMask, decoderInputIds }).lastHiddenState;
      const handle = model
        .getSubmodule('encoder.layers.0.fc2')
        .registerForwardHook((_m: Module, _i: unknown[], out: unknown) => tf.mul(out as tf.Tensor, 2));
      const after = model.forward({ inputIds, attentionMask, decoderInputIds }).lastHiddenState;
      handle.remove();
      expect(maxDiff(before, after)).toBeGreaterThan(1e-3);
    });
  });

  it('a soft prompt hooked on the root (longer inputsEmbeds and mask) reaches cross-attention consistently', () => {
    tf.tidy(() => {
      const soft = tf.randomNormal([2, 3, 32]) as tf.Tensor3D;
      const embeds = tf.concat(
        [soft, model.shared.call(tf.tensor2d(inputIds, undefined, 'int32'))],
        1,
      ) as tf.Tensor3D;
      const mask = tf.concat([tf.ones([2, 3]), tf.tensor2d(attentionMask)], 1);
      const out = model.forward({ inputsEmbeds: embeds, attentionMask: mask, decoderInputIds });
      expect(out.encoderLastHiddenState!.shape).toEqual([2, 10, 32]);
      expect(out.lastHiddenState.shape).toEqual([2, 5, 32]);
    });
  });

  it('a soft prompt hooked on the encoder (OpenDelta style) also masks cross-attention consistently', () => {
    const soft = tf.randomNormal([1, 3, 32]);
    const handle = model.encoder.registerForwardPreHook((_m, [inputs]) => {
      const embeds = inputs.inputsEmbeds ?? (model.encoder.embedTokens.call(inputs.inputIds!) as tf.Tensor3D);
      const batch = embeds.shape[0];
      const mask = inputs.attentionMask ?? tf.ones([batch, embeds.shape[1]]);
      return [
        {
          inputsEmbeds: tf.concat([tf.tile(soft, [batch, 1, 1]), embeds], 1) as tf.Tensor3D,
          attentionMask: tf.concat([tf.ones([batch, 3]), mask], 1) as tf.Tensor2D,
        },
      ];
    });
    tf.tidy(() => {
      const out = model.forward({ inputIds, attentionMask, decoderInputIds });
      expect(out.encoderLastHiddenState!.shape).toEqual([2, 10, 32]);
      // The padded encoder positions (row 1, last two) stay invisible to the decoder.
      const changed = inputIds.map((row) => [...row]);
      changed[1]![6] = 40;
      const again = model.forward({ inputIds: changed, attentionMask, decoderInputIds });
      expect(maxDiff(out.lastHiddenState, again.lastHiddenState)).toBeLessThan(1e-6);
    });
    handle.remove();
    soft.dispose();
  });
});

describe('BartAttention prefixKeyValue', () => {
  let attention: BartAttention;

  beforeAll(async () => {
    await selectBackend('cpu');
    attention = new BartAttention(8, 2);
    attention.eval();
  });
  const project = (linear: Module, x: tf.Tensor): tf.Tensor4D =>
    (linear.call(x) as tf.Tensor).reshape([2, -1, 2, 4]).transpose([0, 2, 1, 3]) as tf.Tensor4D;

  it('equals self-attention over [prefix tokens; tokens] read at the token queries', () => {
    tf.tidy(() => {
      const extra = tf.randomNormal([2, 3, 8]) as tf.Tensor3D;
      const hidden = tf.randomNormal([2, 4, 8]) as tf.Tensor3D;
      const prefixKeyValue = { key: project(attention.kProj, extra), value: project(attention.vProj, extra) };
      const withPrefix = attention.call(hidden, { prefixKeyValue });
      expect(withPrefix.shape).toEqual([2, 4, 8]);
      const concatenated = attention.call(tf.concat([extra, hidden], 1) as tf.Tensor3D);
      expect(maxDiff(withPrefix, concatenated.slice([0, 3, 0], [2, 4, 8]))).toBeLessThan(1e-5);

      // With a padding mask over the module's own keys, the prefix stays visible.
      const mask = tf.tensor2d([
        [1, 1, 1, 1],
        [1, 1, 0, 0],
      ]);
      const maskedPrefix = attention.call(hidden, {
        prefixKeyValue,
        attentionMask: additivePaddingMask(mask),
      });
      const fullMask = additivePaddingMask(tf.concat([tf.ones([2, 3]), mask], 1) as tf.Tensor2D);
      const maskedConcat = attention.call(tf.concat([extra, hidden], 1) as tf.Tensor3D, {
        attentionMask: fullMask,
      });
      expect(maxDiff(maskedPrefix, maskedConcat.slice([0, 3, 0], [2, 4, 8]))).toBeLessThan(1e-5);

      // A batch-1 prefix is broadcast to every row.
      const one = {
        key: prefixKeyValue.key.slice([0, 0, 0, 0], [1, 2, 3, 4]),
        value: prefixKeyValue.value.slice([0, 0, 0, 0], [1, 2, 3, 4]),
      };
      const tiled = { key: tf.tile(one.key, [2, 1, 1, 1]), value: tf.tile(one.value, [2, 1, 1, 1]) };
      expect(
        maxDiff(
          attention.call(hidden, { prefixKeyValue: one as typeof prefixKeyValue }),
          attention.call(hidden, { prefixKeyValue: tiled as typeof prefixKeyValue }),
        ),
      ).toBe(0);
    });
  });

  it('a causal mask over own keys leaves prefix positions visible', () => {
    tf.tidy(() => {
      const extra = tf.randomNormal([2, 2, 8]) as tf.Tensor3D;
      const hidden = tf.randomNormal([2, 4, 8]) as tf.Tensor3D;
      const prefixKeyValue = { key: project(attention.kProj, extra), value: project(attention.vProj, extra) };
      const out = attention.call(hidden, { prefixKeyValue, attentionMask: additiveCausalMask(4) });
      // Reference: causal attention over [extra; hidden] where every query also sees the two prefix keys.
      const full = tf.concat([tf.zeros([1, 1, 4, 2]), additiveCausalMask(4)], 3);
      const padded = tf.concat([tf.zeros([1, 1, 2, 6]), full], 2);
      const reference = attention.call(tf.concat([extra, hidden], 1) as tf.Tensor3D, {
        attentionMask: padded,
      });
      expect(maxDiff(out, reference.slice([0, 2, 0], [2, 4, 8]))).toBeLessThan(1e-5);
    });
  });

  it('works through a forward pre-hook on the decoder self-attention of a real model', async () => {
    const model = await BartModel.fromPretrained(folder);
    const attn = model.decoder.layers.at(0).selfAttn;
    const key = tf.randomNormal([1, 4, 3, 8]) as tf.Tensor4D;
    const value = tf.randomNormal([1, 4, 3, 8]) as tf.Tensor4D;
    const handle = attn.registerForwardPreHook((_m, [hidden, options]) => [
      hidden,
      { ...options, prefixKeyValue: { key, value } } satisfies BartAttentionOptions,
    ]);
    tf.tidy(() => {
      const a = model.forward({ inputIds, attentionMask, decoderInputIds }).lastHiddenState;
      const changed = decoderInputIds.map((row) => [...row]);
      changed[1]![4] = 33;
      const b = model.forward({ inputIds, attentionMask, decoderInputIds: changed }).lastHiddenState;
      expect(a.shape).toEqual([2, 5, 32]);
      // Still causal with the prefix: earlier positions do not see the changed last token.
      expect(maxDiff(a.slice([1, 0, 0], [1, 4, 32]), b.slice([1, 0, 0], [1, 4, 32]))).toBeLessThan(1e-6);
    });
    handle.remove();
    const without = tf.tidy(
      () => model.forward({ inputIds, attentionMask, decoderInputIds }).lastHiddenState,
    );
    const withAgain = tf.tidy(() => {
      const h = attn.registerForwardPreHook((_m, [hidden, options]) => [
        hidden,
        { ...options, prefixKeyValue: { key, value } },
      ]);
      const out = model.forward({ inputIds, attentionMask, decoderInputIds }).lastHiddenState;
      h.remove();
      return out;
    });
    expect(maxDiff(without, withAgain)).toBeGreaterThan(1e-4);
    for (const t of [key, value, without, withAgain]) t.dispose();
    model.dispose();
  });
});
