import { expect, it } from 'vitest';
import { tf } from '../../runtime/tf.js';
import { AdapterModel } from '../adapter/model.js';
import type { PrefixLayer } from './layer.js';
import { PrefixModel } from './model.js';
import { ARCHS, loadTinyBackbone, run, snapshotDiff, type Arch } from '../test-support/backbones.js';
import { describeDeltaMethod, errorCodeOf } from '../test-support/method-suite.js';
import { paddingCase, paddingDiffs } from '../test-support/padding.js';
import { sharpBertClassifier } from '../test-support/training.js';

/** Where the default placement must land (a few real names per architecture). */
const DEFAULT_MODULES: Record<Arch, string[]> = {
  bert: ['encoder.layer.0.attention', 'encoder.layer.1.attention'],
  roberta: ['encoder.layer.0.attention', 'encoder.layer.1.attention'],
  distilbert: ['transformer.layer.0.attention', 'transformer.layer.1.attention'],
  gpt2: ['h.0.attn', 'h.1.attn'],
  // OpenDelta's `attn@` on T5: the T5LayerSelfAttention, whose SelfAttention takes the prefix.
  t5: ['encoder.block.0.layer.0', 'decoder.block.0.layer.0'],
  bart: ['encoder.layers.0.self_attn', 'decoder.layers.1.self_attn'],
  llama: ['layers.0.self_attn', 'layers.1.self_attn'],
};

/** Self- and cross-attention, for the mask tests of encoder-decoders. */
const ALL_ATTENTION: Partial<Record<Arch, string[]>> = {
  t5: ['SelfAttention', 'EncDecAttention'],
  bart: ['self_attn', 'encoder_attn'],
};

describeDeltaMethod(
  {
    label: 'Prefix',
    defaultPlacement: {
      make: (options) => new PrefixModel({ ...options, prefixTokenNum: 3, embedDim: 16, midDim: 24 }),
      modules: DEFAULT_MODULES,
      inspect: (delta, backbone) => {
        // Cross-attention is not modified by default, as in OpenDelta.
        expect(delta.resolvedModules.some((n) => /EncDecAttention|encoder_attn/.test(n))).toBe(false);
        // The shared MLP sits on the first modified module; every layer's prefix is under its attention.
        const first = delta.resolvedModules[0]!;
        expect(backbone.getSubmodule(`${first}.reparams`)).toBe((delta as PrefixModel).reparams);
        const layers = (delta as PrefixModel).prefixLayers;
        expect(layers.length).toBe(delta.resolvedModules.length);
        for (const { attention, layer } of layers) {
          expect(backbone.getSubmodule(`${attention}.prefix`)).toBe(layer);
          expect(layer.typeName).toMatch(/^PrefixLayer/);
        }
      },
    },
    stacked: {
      other: 'an Adapter',
      arch: 'bert',
      build: (backbone) => {
        const method = new PrefixModel({ backboneModel: backbone, embedDim: 16, midDim: 16 });
        const other = new AdapterModel({ backboneModel: backbone, modifiedModules: ['attention'] });
        // Both act on `encoder.layer.N.attention`: the prefix before its forward, the adapter after.
        expect(other.resolvedModules).toEqual(method.resolvedModules);
        for (const p of other.deltaParameters()) p.assign(tf.randomNormal(p.shape, 0, 0.1));
        return { method, other };
      },
      effect: 1e-5,
      leftover: /\.(prefix|reparams)$/,
    },
    training: {
      changes: 'delta parameters',
      model: sharpBertClassifier,
      make: (model) => new PrefixModel({ backboneModel: model, embedDim: 32, midDim: 64 }),
      options: (delta) => ({
        learningRate: 2e-2,
        // The int32 `input_tokens` index is a delta tensor that is never trainable.
        untrainable: [(delta as PrefixModel).reparams!.inputTokens],
        label: 'prefix',
      }),
      evalLossBelow: 0.1,
    },
    dropout: (model) => new PrefixModel({ backboneModel: model, embedDim: 16, midDim: 16 }),
  },
  () => {
    it.each(ARCHS)(
      'masks on %s: a padded row equals the same row unpadded (self- and cross-attention)',
      async (arch) => {
        const backbone = await loadTinyBackbone(arch);
        const modifiedModules = ALL_ATTENTION[arch];
        const delta = new PrefixModel({
          backboneModel: backbone,
          prefixTokenNum: 4,
          reparameterize: false,
          ...(modifiedModules ? { modifiedModules } : {}),
        });
        if (modifiedModules)
          expect(delta.resolvedModules.filter((n) => /EncDecAttention|encoder_attn/.test(n)).length).toBe(2);
        // T5's prefix is a past: its distance to the queries counts, so the decoder is right-padded.
        const c = paddingCase(arch, true, { rightPadDecoder: true });
        const diffs = paddingDiffs(backbone, c);
        expect(diffs.encoder).toBeLessThan(1e-5);
        expect(diffs.decoder).toBeLessThan(1e-5);
        // The check has teeth: without the mask the junk tokens change the padded row.
        const unmasked = {
          ...c,
          padded: { ...c.padded, attentionMask: undefined, decoderAttentionMask: undefined },
        };
        const leak = paddingDiffs(backbone, unmasked);
        expect(Math.max(leak.encoder, leak.decoder)).toBeGreaterThan(1e-3);
        backbone.dispose();
      },
    );

    it('reparameterize: false gives each attention its own past_key / past_value', async () => {
      const backbone = await loadTinyBackbone('bert');
      const delta = new PrefixModel({ backboneModel: backbone, reparameterize: false });
      expect(delta.reparams).toBeUndefined();
      delta.freezeModule({ exclude: ['deltas'], setStateDict: true });
      expect(Object.fromEntries(Object.entries(backbone.stateDict()).map(([k, t]) => [k, t.shape]))).toEqual({
        'encoder.layer.0.attention.prefix.past_key': [6, 32],
        'encoder.layer.0.attention.prefix.past_value': [6, 32],
        'encoder.layer.1.attention.prefix.past_key': [6, 32],
        'encoder.layer.1.attention.prefix.past_value': [6, 32],
      });
      expect(delta.log({ print: false })).toContain(
        'prefix (PrefixLayerBert) past_key:[6, 32] past_value:[6, 32] [delta]',
      );
      expect(delta.parameterCounts().trainable).toBe(4 * 6 * 32);
      backbone.dispose();
    });

    it('the shared MLP gives each layer its columns: keys then values, split into heads', async () => {
      const backbone = await loadTinyBackbone('bart');
      const delta = new PrefixModel({ backboneModel: backbone, embedDim: 8, midDim: 12 });
      const reparams = delta.reparams!;
      const full = reparams.forward(); // [6, 4 layers · 2 · 32]
      expect(full.shape).toEqual([6, 256]);
      delta.resolvedModules.forEach((name, m) => {
        const layer = backbone.getSubmodule(`${name}.prefix`) as PrefixLayer;
        const { key, value } = layer.call(2); // [2, heads, 6, headDim]
        const expectedKey = tf.tidy(() =>
          tf
            .slice(full, [0, 64 * m], [6, 32])
            .reshape([6, 4, 8])
            .transpose([1, 0, 2]),
        );
        const expectedValue = tf.tidy(() =>
          tf
            .slice(full, [0, 64 * m + 32], [6, 32])
            .reshape([6, 4, 8])
            .transpose([1, 0, 2]),
        );
        for (const b of [0, 1]) {
          const k = tf.tidy(
            () => tf.max(tf.abs(tf.sub(key.slice([b], [1]).squeeze([0]), expectedKey))).dataSync()[0]!,
          );
          const v = tf.tidy(
            () => tf.max(tf.abs(tf.sub(value.slice([b], [1]).squeeze([0]), expectedValue))).dataSync()[0]!,
          );
          expect(k).toBeLessThan(1e-6);
          expect(v).toBeLessThan(1e-6);
        }
        tf.dispose([key, value, expectedKey, expectedValue]);
      });
      full.dispose();
      backbone.dispose();
    });

    it('two prefixes stacked on one attention path concatenate (BertAttention, then BertSelfAttention)', async () => {
      const backbone = await loadTinyBackbone('bert');
      const outer = new PrefixModel({ backboneModel: backbone, prefixTokenNum: 3, reparameterize: false });
      const inner = new PrefixModel({
        backboneModel: backbone,
        prefixTokenNum: 2,
        reparameterize: false,
        modifiedModules: ['attention.self'],
      });
      const stacked = run(backbone, 'bert');
      // One prefix of 5 holding outer's 3 rows then inner's 2 gives the same outputs.
      const joined = Object.fromEntries(
        [0, 1].flatMap((l) =>
          (['past_key', 'past_value'] as const).map((p) => [
            `encoder.layer.${l}.attention.self.prefix.${p}`,
            tf.concat(
              [
                backbone.getParameter(`encoder.layer.${l}.attention.prefix.${p}`),
                backbone.getParameter(`encoder.layer.${l}.attention.self.prefix.${p}`),
              ],
              0,
            ),
          ]),
        ),
      );
      outer.detach();
      inner.detach();
      const single = new PrefixModel({
        backboneModel: backbone,
        prefixTokenNum: 5,
        reparameterize: false,
        modifiedModules: ['attention.self'],
      });
      backbone.loadStateDict(joined, { strict: false });
      expect(snapshotDiff(run(backbone, 'bert'), stacked)).toBeLessThan(1e-5);
      single.detach();
      tf.dispose(Object.values(joined));
      backbone.dispose();
    });

    it('rejects non-attention targets and bad options with typed errors', async () => {
      const backbone = await loadTinyBackbone('bert');
      expect(
        errorCodeOf(
          () => new PrefixModel({ backboneModel: backbone, modifiedModules: ['attention.self.query'] }),
        ),
      ).toBe('DELTA_TARGET_UNSUPPORTED');
      expect(errorCodeOf(() => new PrefixModel({ backboneModel: backbone, prefixTokenNum: 0 }))).toBe(
        'DELTA_OPTIONS_INVALID',
      );
      expect(errorCodeOf(() => new PrefixModel({ backboneModel: backbone, midDim: 2.5 }))).toBe(
        'DELTA_OPTIONS_INVALID',
      );
      expect(
        errorCodeOf(() => new PrefixModel({ backboneModel: backbone, modifiedModules: ['no_such_module'] })),
      ).toBe('MODULE_PATTERN_UNMATCHED');
      backbone.dispose();
    });
  },
);
